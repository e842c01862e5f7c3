""" "Over" after a verb that takes it ("presided over 120 trials") is the verb's preposition: the figure
is never asked as a bound ("More than how many trials did the judge preside?")."""

from __future__ import annotations

from invented_articles import questions_of_text


def _asked(said: str) -> dict[str, str]:
    return {q.answer: q.question for q in questions_of_text(said, kind="number")}


def test_a_verbs_over_is_no_bound() -> None:
    for said in (
        "The magistrate presided over 140 hearings in 2024, court records show.",
        "The conglomerate took over 11 regional dairies last year.",
    ):
        for question in _asked(said).values():
            assert not question.startswith("More than"), (said, question)


def test_over_as_a_bound_is_still_asked() -> None:
    asked = _asked("The harvest fair drew over 6,000 visitors this year.")
    assert asked.get("6,000") == "More than how many visitors did the harvest fair draw this year?", asked
