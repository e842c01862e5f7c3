""" "last Thursday" in a Friday story could be yesterday or the Thursday of the week before: a
writer meaning yesterday would mostly say so, yet not always, so only the day of the week is asked,
never a date. A weekday further back ("last Monday" on a Friday) is the one just past, as before."""

from __future__ import annotations

import datetime as dt

from invented_articles import date_questions

FRIDAY = dt.date(2023, 11, 17)


def test_last_weekday_that_was_yesterday_asks_only_the_weekday() -> None:
    text = "Harwick Water admitted polluting the River Lune at Preston Crown Court last Thursday."
    asked = {q.question: q.answer for q in date_questions(text, FRIDAY)}
    question = "On what day of the week did Harwick Water admit polluting the River Lune at Preston Crown Court?"
    assert asked == {question: "last Thursday"}


def test_next_weekday_that_is_tomorrow_asks_only_the_weekday() -> None:
    text = "Harwick Water will be sentenced at Preston Crown Court next Saturday."
    asked = {q.question: q.answer for q in date_questions(text, FRIDAY)}
    assert asked == {"On what day of the week will Harwick Water be sentenced at Preston Crown Court?": "next Saturday"}


def test_last_weekday_further_back_is_still_placed() -> None:
    text = "Harwick Water admitted polluting the River Lune at Preston Crown Court last Monday."
    asked = {q.question: q.answer for q in date_questions(text, FRIDAY)}
    assert list(asked.values()) == ["Monday, November 13, 2023"]
