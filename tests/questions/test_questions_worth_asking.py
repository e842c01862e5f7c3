"""What the stop-29 cold reads failed as unclear, not worth asking or badly optioned, on invented
sentences: a stock phrase asked as a quote, a bare "professor" of no field or body, a day with no year
asked "When", a count taken for a name ("the Around 40 students"), a company asked among bodies that
are none."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import questions_of_text, questions_of_texts

from quizgen.questions.platitudes import platitude


@pytest.mark.parametrize(
    "question",
    [
        "Who said that there is more work to be done?",
        "Who said that there is still a lot to do?",
        "Who said “They must get their priorities straight”?",
        "Who said “We are very excited about this award and what it means for our students”?",
        "Who said that they regretted any loss of life?",
        "Which organization insisted that no final decision had been made?",
        "Who said that the ferry operator had no information?",
        "Who said “Our nurses deserve better”?",
    ],
)
def test_a_stock_phrase_is_not_worth_a_quote_question(question: str) -> None:
    assert platitude(question)


@pytest.mark.parametrize(
    "question",
    [
        "Who said “We are delighted to open 300 stores in Kenya next year”?",
        "Who said “We are thrilled to welcome Ann Lind as our new chief executive”?",
        "Who said that there is more work to be done on the Harwick bridge before it opens in 2026?",
        "Who said “The decline is faster than anyone expected”?",
    ],
)
def test_words_of_their_own_after_a_stock_opening_are_asked(question: str) -> None:
    assert not platitude(question)


_STOCK = (
    'Harwick Ferries cut 200 jobs on Monday. "There is more work to be done," chief executive Ann Lind said. '
    "Lind said Harwick Ferries would sell two of its ships by June."
)


def test_a_stock_quote_is_dropped_and_the_news_kept() -> None:
    asked = [q.question for q in questions_of_text(_STOCK, dt.date(2024, 3, 4), "quote")]
    assert not any("more work" in q for q in asked), asked
    assert any("two of its ships" in q for q in asked), asked


_PROFESSOR = (
    "Dunmore Hospital opened a new cancer ward on Friday. Professor Tomas Reil, a marine biologist who "
    "visited the ward, said it was the best he had seen. Reil said the ward would treat 400 patients a year."
)


def test_a_bare_professor_of_no_field_or_body_is_not_asked_as_a_post() -> None:
    asked = [(q.question, q.answer) for q in questions_of_text(_PROFESSOR, dt.date(2024, 3, 4), "role")]
    assert not any(a.lower() == "professor" for _, a in asked), asked


def test_a_day_with_no_year_is_asked_on_what_date() -> None:
    text = "Anna Brecht joined Harwick Holdings as chief executive on June 4, the company said on Tuesday."
    asked = {q.answer: q.question for q in questions_of_text(text, None, "date")}
    assert asked.get("June 4", "").startswith("On what date "), asked


def test_a_count_is_no_name_for_the_things_it_counts() -> None:
    text = (
        "The Kovalam Institute of Technology launched a data science degree on Friday. Around 40 students "
        "will join the new programme this year. The students will graduate in three years, said the dean, "
        "Priya Nair."
    )
    asked = [q.question for q in questions_of_text(text, dt.date(2024, 3, 4))]
    assert not any("Around 40" in q or "the around 40" in q.lower() for q in asked), asked


def test_a_company_is_offered_only_beside_companies() -> None:
    text = (
        "In January, Tembo Paving became the first company in Kenya to lay a highway made partly from "
        "recycled glass. The trial was overseen by the Kenya Roads Board and the Rift Valley Transport "
        "Department. Engineers from Savanna Asphalt Ltd also tested the surface."
    )
    bank = questions_of_texts({"roads": text})
    first = [q for q in bank.questions if "first company" in q.question and q.answer == "Tembo Paving"]
    assert first, [q.question for q in bank.questions]
    for q in first:
        assert "Kenya Roads Board" not in q.choices and "Rift Valley Transport Department" not in q.choices, q.choices


def test_a_counted_mention_is_named_by_what_its_sentence_ties_it_to() -> None:
    text = (
        "The Harwick fast-track program will admit approximately 30 students. The students will graduate in "
        "just three years, the college said."
    )
    asked = [q.question for q in questions_of_text(text, dt.date(2024, 3, 4), "number")]
    assert any("the students of the Harwick fast-track program graduate" in q for q in asked), asked
    assert not any("approximately 30 students graduate" in q for q in asked), asked
