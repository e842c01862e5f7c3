"""Weekdays and weekends as news writes them: a weekday after the subject in wire style, a weekday
with its date written out in a story with no date, and "the weekend" counted from the story's day."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions

from quizgen.facts.date_values import resolve

MONDAY = dt.date(2023, 10, 2)


@pytest.mark.parametrize(
    ("published", "question", "answer"),
    [
        (MONDAY, "When did the Harbour Board approve a new ferry route to Lind Island?", "Tuesday, September 26, 2023"),
        (None, "On what day of the week did the Harbour Board approve a new ferry route to Lind Island?", "Tuesday"),
    ],
    ids=["dated", "undated"],
)
def test_a_weekday_after_a_named_subject_dates_the_verb(published: dt.date | None, question: str, answer: str) -> None:
    (q,) = date_questions("The Harbour Board Tuesday approved a new ferry route to Lind Island.", published)
    assert (q.question, q.answer) == (question, answer)


@pytest.mark.parametrize(
    "text",
    ["Sheffield Wednesday beat the Valley Rovers at home.", "Black Friday sales rose sharply at the Calder mall."],
    ids=["club", "holiday"],
)
def test_a_weekday_that_ends_a_name_is_no_date(text: str) -> None:
    assert date_questions(text, MONDAY) == []


def test_a_weekday_with_its_date_written_out_needs_no_publication_date() -> None:
    text = "Ann Ruiz opened the new ferry terminal in Calder on Thursday, June 6, 2024."
    (q,) = date_questions(text, published=None)
    assert q.question == "When did Ann Ruiz open the new ferry terminal in Calder?"
    assert q.answer == "Thursday, June 6, 2024"


def test_a_weekday_that_does_not_fit_its_written_date_is_no_date() -> None:
    text = "Ann Ruiz opened the new ferry terminal in Calder on Friday, June 6, 2024."  # June 6, 2024 was a Thursday
    assert date_questions(text, published=None) == []
    assert resolve("Friday, June 6, 2024", None) is None


def test_a_weekday_with_a_day_and_month_but_no_year_keeps_the_year_unknown() -> None:
    iso, answer, _aliases, fmt = resolve("Saturday 20 October", None)
    assert (iso, answer, fmt) == ("XXXX-10-20", "Saturday, October 20", "no-year")


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "The harbour board said the weekend summit between the two ferry operators in Calder ended without a deal.",
            "When was the summit between the two ferry operators in Calder?",
            "the weekend of September 30\u2013October 1, 2023",
        ),
        (
            "The two ferry operators will meet at the weekend to settle the fare dispute.",
            "When will the two ferry operators meet to settle the fare dispute?",
            "the weekend of October 7\u20138, 2023",
        ),
    ],
    ids=["past", "ahead"],
)
def test_the_weekend_is_the_one_the_tense_points_to(text: str, question: str, answer: str) -> None:
    (q,) = date_questions(text, MONDAY)
    assert (q.question, q.answer) == (question, answer)
    assert "the weekend" in q.aliases or "weekend" in q.aliases


def test_the_weekend_is_not_read_when_the_tense_or_the_day_leaves_it_open() -> None:
    assert resolve("the weekend", MONDAY, future=None) is None
    assert resolve("the weekend", dt.date(2023, 10, 7), future=True) is None  # a Saturday: this one or next?
    assert resolve("the weekend", None, future=False) is None


def test_a_summit_between_two_sides_keeps_both_in_the_question() -> None:
    text = "The harbour board said last week's summit between Calder and Lind Island in Port Ash ended without a deal."
    questions = date_questions(text, MONDAY)
    assert [q.question for q in questions] == ["When was the summit between Calder and Lind Island in Port Ash?"]


def test_a_weekday_after_the_person_searched_for_dates_the_search() -> None:
    (q,) = date_questions("Police will continue searching for Omar Haddad Tuesday, police said.", MONDAY)
    assert q.question == "When will police continue searching for Omar Haddad?"
    assert q.answer == "Tuesday, October 3, 2023"


def test_police_searching_on_a_weekday_is_an_event_to_ask() -> None:
    (q,) = date_questions("Police will continue searching for the missing walker on Tuesday.", MONDAY)
    assert q.answer == "Tuesday, October 3, 2023"
