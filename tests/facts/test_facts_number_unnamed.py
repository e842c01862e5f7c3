"""Figures about someone or something the sentence does not name outright: the age of an unnamed
person a clause picks out, a size given after "its"/"their" (sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "relative": (
        "Floods hit Varn on Monday.\n\n"
        "A 34-year-old teacher who left her flat near the river told reporters the water rose fast."
    ),
    "arrested": (
        "Varn police searched the harbour.\n\nVarn police arrested a 19-year-old male student of Oslo, who fled."
    ),
    "no-clause": "The road to Varn closed on Monday.\n\nA 30-year-old man said the road was closed.",
    "death": "A crash closed the Varn road.\n\nA 52-year-old nurse who worked in Varn was killed in the crash.",
    "history": (
        "Harbour College is in Varn.\n\n"
        "Harbour College has won a large award, one of the biggest gifts received in its 120-year history."
    ),
    "rival": "Harbour Bank is cutting costs.\n\nHarbour Bank told staff that their three-year contracts would end.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


def _found(bank: QuestionBank, key: str) -> dict[str, str]:
    return {q.answer: q.question for q in asked(bank, key, "number")}


def test_an_unnamed_persons_age_is_asked_with_the_clause_that_picks_them_out(bank: QuestionBank) -> None:
    """'her flat' is the teacher's own: the relative clause names whose."""
    assert _found(bank, "relative").get("34") == "In 2024, how old was the teacher who left her flat near the river?"


def test_an_unnamed_persons_age_is_asked_by_who_acted_on_them(bank: QuestionBank) -> None:
    asked = _found(bank, "arrested").get("19")
    assert asked == "In 2024, how old was the male student of Oslo whom Varn police arrested?"


def test_an_age_with_nothing_to_pick_the_person_out_is_not_asked(bank: QuestionBank) -> None:
    assert "30" not in _found(bank, "no-clause")


def test_an_age_in_a_sentence_about_a_death_is_not_asked(bank: QuestionBank) -> None:
    assert "52" not in _found(bank, "death")


def test_its_history_is_the_named_body_before_it(bank: QuestionBank) -> None:
    assert _found(bank, "history").get("120 years") == "How long is Harbour College's history?"


def test_their_after_a_single_body_is_not_given_to_it(bank: QuestionBank) -> None:
    """'Harbour Bank told staff that their contracts …': the staff's, not the bank's."""
    assert not any("Harbour Bank's" in q for q in _found(bank, "rival").values())
