"""False dates are worded as the right one is, so that its shape does not give it away."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank

TEXT = (
    "Harbour Rail will open the coastal line in early September, chief executive Ann Ruiz said on Tuesday. "
    "The line was planned 12 years ago. Work on the tunnel began on Thursday, June 6."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts({"a": TEXT}, dt.date(2024, 6, 12))


def choices_for(bank: QuestionBank, answer: str) -> tuple[str, ...]:
    return next(q.choices for q in bank.questions if q.kind == "date" and q.answer == answer)


def test_a_part_of_a_month_is_offered_beside_the_same_part_of_others(bank: QuestionBank) -> None:
    choices = choices_for(bank, "early September 2024")
    assert len(choices) > 1
    assert all(c.startswith("early ") for c in choices)


def test_each_false_day_carries_its_own_weekday(bank: QuestionBank) -> None:
    choices = choices_for(bank, "Thursday, June 6, 2024")
    assert len(choices) > 1
    for choice in choices:
        weekday, rest = choice.split(", ", 1)
        assert dt.datetime.strptime(rest, "%B %d, %Y").strftime("%A") == weekday


def test_a_date_counted_from_the_day_of_writing_gets_no_bare_years_beside_it(bank: QuestionBank) -> None:
    assert choices_for(bank, "12 years ago (2012)") == ()
