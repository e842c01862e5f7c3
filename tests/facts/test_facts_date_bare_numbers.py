"""A number alone is no date: "was 19 when he first played" is an age, "At 61, …" too, and "on the
19th" in a story with no date names no month (the clock's month would be a wrong answer taught)."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions

from quizgen.facts.date_values import resolve


@pytest.mark.parametrize("surface", ["19", "61", "7"])
def test_a_bare_number_is_no_date(surface: str) -> None:
    assert resolve(surface, None) is None
    assert resolve(surface, dt.date(2011, 3, 3)) is None


def test_a_bare_day_of_the_month_needs_the_story_date() -> None:
    assert resolve("the 19th", None) is None
    assert resolve("the 19th", dt.date(2011, 3, 3)) is not None
    assert resolve("March 19", None) is not None


def test_an_age_beside_when_is_not_asked_as_a_date() -> None:
    text = (
        "The singer Owen Pryce played to a packed main stage on Saturday night. "
        "Pryce was 19 when he first played the festival. At 61, Tomas Arvelo is the oldest act on the bill."
    )
    for published in (None, dt.date(2011, 3, 3)):
        asked = {q.question: q.answer for q in date_questions(text, published)}
        assert not [a for a in asked.values() if "19" in a or "61" in a], asked
