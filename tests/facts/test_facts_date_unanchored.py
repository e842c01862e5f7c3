"""A date counted from a year the story never gives ("last November", "March last year") is not
asked in an undated story; with a publication date it is read to its year."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions

from quizgen.facts.date_unanchored import year_unknown

DISPUTE = "The Casco Harbour Board ended a pay dispute with ferry crews that began last November."
HIRED = "Priya Raman joined Northgate Power as chief operating officer in March last year."


@pytest.mark.parametrize("text", [DISPUTE, HIRED], ids=["last-month", "month-last-year"])
def test_a_counted_month_in_an_undated_story_is_not_asked(text: str) -> None:
    assert date_questions(text, published=None) == []


@pytest.mark.parametrize(
    ("text", "answer"), [(DISPUTE, "November 2022"), (HIRED, "March 2022")], ids=["last-month", "month-last-year"]
)
def test_a_counted_month_in_a_dated_story_is_read_to_its_year(text: str, answer: str) -> None:
    assert [q.answer for q in date_questions(text, dt.date(2023, 10, 4))] == [answer]


@pytest.mark.parametrize(
    ("iso", "answer", "unknown"),
    [
        (None, "last November", True),
        ("XXXX-03", "March last year", True),
        (None, "last year", True),
        ("2022-11", "November 2022", False),
        (None, "Tuesday", False),
        ("XXXX-02", "February", False),
        (None, "last week (the week before February 26)", False),
    ],
)
def test_year_unknown(iso: str | None, answer: str, unknown: bool) -> None:
    assert year_unknown(iso, answer) is unknown
