""" "Today's" before a noun: the day's own event is dated ("today's walk-out"), the present state of
things is not ("today's flood line", "today's homes"): no "On what date was the flood line?"."""

from __future__ import annotations

import pytest
from invented_articles import date_questions


@pytest.mark.parametrize(
    "sentence",
    [
        "The new wards stand far above today's flood line, engineers said.",
        "Prices of today's homes have doubled since the bridge opened.",
        "Few of today's students have heard of the strike, the historian said.",
    ],
    ids=["line", "homes", "students"],
)
def test_the_present_state_of_things_is_not_dated(sentence: str) -> None:
    assert [q.question for q in date_questions(sentence) if "October 4" in q.answer] == []


@pytest.mark.parametrize(
    ("sentence", "asked"),
    [
        ("Today's walk-out by nurses closed three wards, managers said.", "walk-out"),
        ("Today's vote on the harbour plan was delayed by a power cut.", "vote"),
    ],
    ids=["walk-out", "vote"],
)
def test_the_days_own_event_is_dated(sentence: str, asked: str) -> None:
    dated = [q for q in date_questions(sentence) if "October 4" in q.answer]
    assert [q.question for q in dated if asked in q.question]
