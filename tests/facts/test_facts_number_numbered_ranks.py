"""Ranks written "number N" or "No. N", asked only with what the rank is of; runs "in a row"."""

from __future__ import annotations

from invented_articles import asked_by_article

TEXTS = {
    "rose": "Britain's Tom Averill rose to number four in the world on Monday after his win in Doha.",
    "ranked": "The Kestrel Festival was ranked No. 12 for documentary films by a panel of critics.",
    "world": "Dario Lenz, the world number seven, lost in the final at Rotterdam on Sunday.",
    "bare": "Fennland was No. 9 in the index this year.",
    "pronoun": "She ranked No. 3 for the race.",
    "participle": "The Orrin Prize, ranked No. 4 for short fiction by critics, named its winner on Friday.",
}


def test_numbered_ranks() -> None:
    asked = asked_by_article(TEXTS, "number")
    rose = "To what ranking in the world did Britain's Tom Averill rise on Monday"
    assert any(q.question.startswith(rose) and q.answer == "number four" for q in asked["rose"])
    ranked = "Where was the Kestrel Festival ranked for documentary films"
    assert any(q.question.startswith(ranked) and q.answer == "No. 12" for q in asked["ranked"])
    world = [(q.question, q.answer) for q in asked["world"]]
    assert world == [("Where was Dario Lenz ranked in the world?", "number seven")]
    assert not any("No." in q.answer or q.answer == "9" for q in asked["bare"])
    assert not any(q.answer in ("No. 3", "3") for q in asked["pronoun"])
    assert not any(q.answer in ("No. 4", "4") for q in asked["participle"])


ROWS = {
    "years": "The Kestrel Festival has topped the survey for the seventh year in a row.",
    "times": "Vela Motors cut its prices for the third time in a row on Monday.",
    "of": "Ana Ruiz won the race for the fifth year in a row of her career.",
}


def test_runs_in_a_row() -> None:
    asked = asked_by_article(ROWS, "number")
    years = [(q.question, q.answer) for q in asked["years"]]
    assert years == [("For how many years in a row has the Kestrel Festival topped the survey?", "seven years")]
    times = [(q.question, q.answer) for q in asked["times"]]
    assert times == [("How many times in a row did Vela Motors cut its prices on Monday?", "three times")]
    assert not any(q.answer.startswith("five") for q in asked["of"])
