"""Date shapes that used to go unasked or garbled: a span of days with no year, a day after a state
participle's agent ("a consortium led by … on Sept 12"), a comparison or defining-clause tail, and a
"who" clause after a place of origin ("a student from Vellore, who …")."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions

from quizgen.facts.date_spans import day_span
from quizgen.facts.date_trims import trimmed


@pytest.mark.parametrize(
    ("surface", "future", "answer"),
    [
        ("6 January to 28 February", False, "January 6\u2013February 28, 2023"),
        ("from 6 January to 28 February", False, "January 6\u2013February 28, 2023"),
        ("between 3 and 9 April", False, "April 3\u20139, 2023"),
        ("between November 3 and 7", True, "November 3\u20137, 2023"),
        ("from March 3 to April 7, 2021", None, "March 3\u2013April 7, 2021"),
        ("3-9 April", False, "April 3\u20139, 2023"),
    ],
)
def test_a_span_of_days_takes_the_year_its_tense_points_to(surface: str, future: bool | None, answer: str) -> None:
    reading = day_span(surface, dt.date(2023, 10, 4), future)
    assert reading is not None and reading[1] == answer


@pytest.mark.parametrize(
    "surface",
    ["November 3 and 7", "20 December to 5 January", "between 2008 and 2014", "9 to 3 April", "31 to 32 May"],
)
def test_what_is_no_span_of_days_is_not_read_as_one(surface: str) -> None:
    assert day_span(surface, dt.date(2023, 10, 4), False) is None


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "A trial of late-night ferries ran from 6 January to 28 February, the Harwick council said.",
            "When did a trial of late-night ferries run?",
            "January 6\u2013February 28, 2023",
        ),
        (
            "The Harwick arts festival was held between 3 and 9 April.",
            "When was the Harwick arts festival held?",
            "April 3\u20139, 2023",
        ),
        (
            "The Harwick regatta will be held between November 3 and 7.",
            "When will the Harwick regatta be held?",
            "November 3\u20137, 2023",
        ),
    ],
    ids=["day-month-to-day-month", "between-days-of-a-month", "between-month-day-and-day"],
)
def test_a_span_of_days_is_asked(text: str, question: str, answer: str) -> None:
    assert [(q.question, q.answer) for q in date_questions(text)] == [(question, answer)]


def test_a_day_after_a_state_participles_agent_dates_the_clause() -> None:
    text = "The Harwick council awarded the ferry contract to a consortium led by Bluewater Marine on Sept 12."
    assert [(q.question, q.answer) for q in date_questions(text)] == [
        (
            "When did the Harwick council award the ferry contract to a consortium led by Bluewater Marine?",
            "September 12, 2023",
        )
    ]


def test_a_day_after_an_acts_agent_stays_unasked() -> None:
    # the firm was founded in 2015, or the depot sold then: the words do not say which
    assert date_questions("The Dunmore water board sold its depot to a firm founded by two engineers in 2015.") == []


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        (
            "In what year did the Harwick airport handle 14 million passengers up from 9 million a year earlier?",
            "In what year did the Harwick airport handle 14 million passengers?",
        ),
        (
            "In what year did the Harwick airport handle 14 million passengers, compared with 11 million in 2019?",
            "In what year did the Harwick airport handle 14 million passengers?",
        ),
        (
            "When did Harwick mayor Ann Ruiz sign a bylaw that allows the port authority to borrow money from the "
            "national infrastructure fund?",
            "When did Harwick mayor Ann Ruiz sign a bylaw?",
        ),
        (  # what was said stays: "that" opens no clause on a noun here
            "When did the health minister of the northern region say that hospitals will get 200 extra nurses "
            "and 50 doctors?",
            None,
        ),
        ("When did the Dunmore firm cut 200 jobs from its 1,500 workforce?", None),
        ("When will the new Harwick ferry factory employ up to 500 workers?", None),  # "up to" is the figure
        (  # quoted words, curly as straight, are the speaker's and stay
            "In what year did the \u201cSky Gate\u201d airport handle 14 million passengers, compared with 11 million?",
            None,
        ),
        (  # what was told stays: "the committee" is told, no noun with a clause on it
            "When did the deputy health minister of the northern region tell the committee that officials misled "
            "patients?",
            None,
        ),
        ("When did prices rise from 3 dollars to 5 dollars a barrel?", None),
    ],
)
def test_a_comparison_or_defining_tail_leaves_the_date_question(question: str, kept: str | None) -> None:
    assert trimmed(question) == (kept or question)


def test_a_month_counted_from_the_story_keeps_its_question_short() -> None:
    text = (
        "Last month, Harwick mayor Ann Ruiz signed a bylaw that allows the port authority to borrow money from "
        "the national infrastructure fund under its charter."
    )
    assert [(q.question, q.answer) for q in date_questions(text)] == [
        ("When did Harwick mayor Ann Ruiz sign a bylaw?", "September 2023")
    ]


def test_a_who_clause_after_a_place_of_origin_is_not_asked_of_the_place() -> None:
    text = "Police arrested a 24-year-old student from Vellore, who surrendered last month, on Monday."
    asked = [q.question for q in date_questions(text)]
    assert not any(q.startswith("When did Vellore") for q in asked)
    assert "When did a 24-year-old student from Vellore surrender?" in asked  # the student did


def test_a_span_still_running_is_this_years_though_its_first_day_has_passed():
    from quizgen.facts.date_spans import day_span

    running = day_span("from March 1 to April 30", dt.date(2024, 3, 5), True)
    assert running is not None and running[0] == "2024-03-01/2024-04-30"
    over = day_span("from January 6 to February 28", dt.date(2024, 3, 5), True)
    assert over is not None and over[0] == "2025-01-06/2025-02-28"


def test_a_figure_that_shares_a_digit_with_the_day_does_not_stop_the_date_question():
    asked = date_questions("Harbour Foods said it cut 5 percent of its staff on March 5.", dt.date(2024, 3, 20))
    assert {q.question: q.answer for q in asked}.get("When did Harbour Foods cut 5 percent of its staff?") == (
        "March 5, 2024"
    )
