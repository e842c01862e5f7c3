"""Government-statistics number shapes (stop 27): a share or a record set off after the figure is
no part of the change; sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "share": (
        "Youth jobs figures were published.\n\n"
        "The number of jobless graduates in Varland rose to 64,000, about 9 per cent of all graduates."
    ),
    "record": (
        "Varland published its jobs figures.\n\n"
        "Unemployment in Varland fell to 3.7 per cent in the quarter, the lowest rate since 2009."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


def _found(bank: QuestionBank, key: str) -> dict[str, str]:
    return {q.answer: q.question for q in asked(bank, key, "number")}


def test_a_share_set_off_after_a_target_is_never_asked_as_the_change(bank: QuestionBank) -> None:
    """'rose to 64,000, about 9 per cent of all graduates': the 9 per cent is a share, not the rise."""
    found = _found(bank, "share")
    assert not any("9 per cent" in answer for answer in found), found
    assert found.get("64,000") == "To what figure did the number of jobless graduates in Varland rise?"


def test_a_superlative_noun_set_off_after_the_figure_is_left_out(bank: QuestionBank) -> None:
    """', the lowest rate since 2009' comments on the figure; kept, it reads as an object of "fall"."""
    question = _found(bank, "record").get("3.7 per cent", "")
    assert question.startswith("To what level") and "lowest" not in question, question
