"""A date led in by "effective" is when something takes effect: the one to come after the story,
whatever the tense of the act ("has been appointed … effective June 1"), or the one just passed when
the next would lie most of a year ahead. Every sentence is our own invention."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions


@pytest.mark.parametrize(
    ("sentence", "published", "answer"),
    [
        (
            "Kestrel Robotics said Dana Whitfield has been appointed chief executive, effective June 1.",
            dt.date(2025, 5, 2),
            "June 1, 2025",
        ),
        (
            "Kestrel Robotics said Dana Whitfield has been appointed chief executive, effective January 1.",
            dt.date(2025, 12, 20),
            "January 1, 2026",
        ),
        (
            "Kestrel Robotics said its chief executive, Dana Whitfield, had resigned, effective June 1.",
            dt.date(2025, 6, 3),
            "June 1, 2025",
        ),
    ],
)
def test_an_effective_date_is_the_one_nearest_ahead(sentence: str, published: dt.date, answer: str) -> None:
    assert [q.answer for q in date_questions(sentence, published) if q.question.startswith("From when")] == [answer]


def test_an_effective_date_with_its_year_keeps_it() -> None:
    asked = date_questions(
        "Kestrel Robotics said Dana Whitfield had been appointed chief executive, effective June 1, 2023.",
        dt.date(2025, 5, 2),
    )
    assert [q.answer for q in asked if q.question.startswith("From when")] == ["June 1, 2023"]
