"""A numeric date in the body whose day and month could be either way round ("12/08/2025": December 8
on a US page, 12 August on a British one) is asked nothing; one with a day over 12 still is."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    # British council paper: an open order
    "open": "The Carden Borough Council's flood report, published on 11/03/2025, said repairs would cost £2 million.",
    # Asian paper: a day over 12 settles it
    "settled": "The Velmora Port Trust's audit, released on 23/04/2025, found losses of Rs 40 crore.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, published=dt.date(2025, 5, 2))


def _dates(bank: QuestionBank, article: str) -> dict[str, str]:
    return {q.question: q.answer for q in bank.questions if q.article == article and q.kind == "date"}


def test_a_date_open_either_way_is_asked_nothing(bank: QuestionBank) -> None:
    assert _dates(bank, "open") == {}


def test_a_date_with_a_day_over_twelve_is_read_day_first(bank: QuestionBank) -> None:
    assert "April 23, 2025" in _dates(bank, "settled").values()
