"""Election and parliament copy, as wires, British, South Asian and African papers write it: turnout,
party names with a letter after a hyphen ("PML-N"), a party's spokesman named after its acronym, a
returning officer styled "Justice". Invented sentences."""

from __future__ import annotations

import pytest
from invented_articles import answers_to, questions_of_text


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("Voters in Arlen elected a new council on Sunday.\n\nTurnout was 61.4 per cent, the lowest since 1990.",
         "What was turnout?", "61.4 per cent"),
        ("Voters in Arlen elected a new council on Sunday.\n\nThe overall voter turnout was 74.8%.",
         "What was the overall voter turnout?", "74.8%"),
        ("Arlen elected a new council on Sunday.\n\nTurnout at the election was 48.7%, up from 46.1% in 2021.",
         "What was turnout at the election?", "48.7%"),
    ],
    ids=["per-cent-with-aside", "voter-turnout", "turnout-at"],
)  # fmt: skip
def test_turnout_is_asked_as_what_it_was(text: str, question: str, answer: str) -> None:
    asked = answers_to(f"Poll\n\n{text}", kind="number")
    assert asked.get(question) == answer
    assert not any(q.startswith("What percentage was") for q in asked)  # no "share" of nobody


def test_a_reported_clause_keeps_no_capital_of_the_sentence_it_opened() -> None:
    text = (
        "Poll\n\nThe Velmora Electoral Board said counting ended late on Sunday.\n\n"
        "Turnout was 58.2 per cent, the lowest in two decades, the board said."
    )
    said = [q.question for q in questions_of_text(text, kind="quote")]
    assert any("said that turnout was 58.2 per cent" in q for q in said), said
    assert not any("that Turnout" in q for q in said)


def test_his_party_is_never_the_other_party_named_before() -> None:
    """ "his party, which won 17 seats" is the speaker's party, not the Rural Peoples Party named earlier."""
    text = (
        "Talks\n\nThe Rural Peoples Party (RPP) agreed on Tuesday to join the coalition.\n\n"
        "Harwa Qaumi Movement-Sindh (HQM-S) convener Tariq Nadeem Qureshi said his party, which won 17 seats, "
        "would also back the coalition."
    )
    questions = questions_of_text(text)
    assert not any(q.answer == "17" and "Rural Peoples Party" in q.question for q in questions)
    assert not any("Movement-Sindh's party" in q.question for q in questions)
    assert not any(q.kind == "role" and q.answer == "Harwa Qaumi Movement-Sindh" for q in questions)


def test_the_letter_after_a_party_acronym_makes_no_acronym_of_its_own() -> None:
    text = (
        "Deal\n\nThe Sindh Muslim League-Azad (SML-A) and the Coastal Workers Party (CWP) agreed a deal on Tuesday.\n\n"
        "The SML-A will name the chief minister."
    )
    shorts = {q.question for q in questions_of_text(text, kind="acronym")}
    assert "What does SML-A stand for?" in shorts
    assert "What does SML stand for?" not in shorts


def test_a_judge_style_after_a_post_is_not_part_of_the_post() -> None:
    text = "Poll\n\nThe Electoral Board (EB) met on Monday.\n\nEB chairperson Justice Amos Tembo announced the results."
    posts = {q.answer for q in questions_of_text(text, kind="role") if "Amos Tembo" in q.question}
    assert posts and all(p.endswith("chairperson") for p in posts), posts


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Vote\n\nThe assembly met on Monday.\n\n"
            "Speaker of the National Assembly Ruth Kanyanta said the new parliament would convene on October 3.",
            "Ruth Kanyanta",
        ),
        (
            "Vote\n\nThe Sindh Workers Front won nine seats.\n\n"
            "Sindh Workers Front (SWF) convener Tariq Nadeem Qureshi said his party would also back the government.",
            "Tariq Nadeem Qureshi",
        ),
    ],
    ids=["speaker-of-the-assembly", "convener"],
)
def test_a_post_holder_the_model_tags_as_a_body_is_asked_as_a_person(text: str, speaker: str) -> None:
    said = [q for q in questions_of_text(text, kind="quote") if q.answer == speaker]
    assert said and all(q.question.startswith("Who ") for q in said), [q.question for q in said]
    assert not any(q.answer.endswith(f"Assembly {speaker}") for q in questions_of_text(text))


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Vote\n\nValdoria's ruling Civic Unity Party (CUP) lost its parliamentary majority in Sunday's general "
            "election, official results showed on Monday, forcing Prime Minister Ivo Relka into coalition talks.",
            "Which party lost its parliamentary majority in the general election?",
        ),
    ],
)
def test_a_date_left_out_leaves_no_stray_possessive(text: str, question: str) -> None:
    asked = [q.question for q in questions_of_text(text)]
    assert question in asked, asked
    assert not any(" 's" in q or "in's" in q or "( )" in q for q in asked)


def test_the_coalition_a_party_joins_is_not_named_by_that_party() -> None:
    text = (
        "Vote\n\nThe Sindh Workers Front won nine seats.\n\n"
        "Sindh Workers Front (SWF) convener Tariq Nadeem Qureshi said his party would also back the coalition."
    )
    assert not any("coalition (Sindh" in q.question for q in questions_of_text(text))


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Results\n\nThe Valdorian Workers Party (VWP) won 34 seats and the Congress 12, while others took three.",
         "Which party won 34 seats?"),
        ("Results\n\nThe poll projects Labour will win 410 seats, the Conservatives 61, the Liberal Democrats 12.",
         "Which organization will win 410 seats?"),
    ],
    ids=["and-the-congress", "comma-list"],
)  # fmt: skip
def test_results_listed_without_their_verb_are_cut_from_the_question(text: str, question: str) -> None:
    asked = [q.question for q in questions_of_text(text, kind="org-event")]
    assert not any(" 12" in q or " 61" in q for q in asked), asked
    assert question in asked, asked


def test_a_plural_common_noun_opening_a_sentence_is_no_organization() -> None:
    said = "Farmers sold 30 percent of the harvest to the state buyer."
    asked = {q.answer for q in questions_of_text(said) if q.kind == "org-event"}
    assert "Farmers" not in asked  # "Which organization sold …? — Farmers": a wrong type taught
