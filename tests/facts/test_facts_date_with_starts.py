"""A weekday after "from" in a "with …" phrase on an announcement the sentence dates itself is the
first such weekday after the announcement; with no dated announcement, nothing is asked of it."""

from __future__ import annotations

import datetime as dt

from invented_articles import date_questions

# (published on Wednesday, May 8, 2024)
_PUBLISHED = dt.date(2024, 5, 8)


def test_a_start_set_by_a_dated_announcement_counts_from_the_announcement() -> None:
    text = (
        "The Dockers Union on Monday called a national strike, with most container ports shut from Thursday. "
        "Talks with the employers broke down, the union said."
    )
    asked = {q.question: q.answer for q in date_questions(text, _PUBLISHED)}
    assert asked.get("From when will most container ports be shut?") == "Thursday, May 9, 2024"


def test_a_start_after_the_story_date_is_past_when_the_story_is_later() -> None:
    text = (
        "The city council announced new trading rules on Monday, with street markets reopening from Friday. "
        "Traders welcomed the rules, the council said."
    )
    asked = {q.question: q.answer for q in date_questions(text, dt.date(2024, 5, 18))}
    assert asked.get("From when did street markets reopen?") == "Friday, May 17, 2024"


def test_a_start_on_an_undated_announcement_is_not_placed() -> None:
    text = (
        "The city council announced new trading rules, with street markets reopening from Friday. "
        "Traders welcomed the rules, the council said."
    )
    assert not [q for q in date_questions(text, _PUBLISHED) if "reopen" in q.question and "May" in q.answer]


def test_a_time_zone_after_a_clock_time_leaves_the_question_with_it() -> None:
    text = (
        "Nordvik Therapeutics will host a conference call on June 6 at 8:30 a.m. ET. "
        "The company develops drugs for rare lung diseases."
    )
    assert [q.question for q in date_questions(text, dt.date(2024, 6, 4))] == [
        "When will Nordvik Therapeutics host a conference call?"
    ]
