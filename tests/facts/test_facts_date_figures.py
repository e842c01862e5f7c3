"""A date after a figure: the date of a change when the figure is its size, never the time a
compared level held; and a date the parse may have hung on the wrong verb is not asked."""

from __future__ import annotations

import pytest
from invented_articles import date_questions


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "The port met its targets. The harbour agency reported that ferry traffic rose 4 percent in 2019.",
            "In what year did ferry traffic rise 4 percent?",
            "2019",
        ),
        (
            "The port met its targets. Ferry fares in Dunmore fell by 2 percent in May.",
            "When did ferry fares in Dunmore fall by 2 percent?",
            "May 2023",
        ),
    ],
    ids=["reported-size", "by-size"],
)
def test_the_date_of_a_change_of_a_given_size_is_asked(text: str, question: str, answer: str) -> None:
    assert [(q.question, q.answer) for q in date_questions(text)] == [(question, answer)]


@pytest.mark.parametrize(
    "text",
    [
        "The port met its targets. The fleet climbed from 40 boats in 2010 to 95 boats in 2020.",
        "The port met its targets. Growth slowed to two percent, below 2019's six percent.",
        "The port met its targets. Ferry fares fell 2 percent in 2019 from the year before.",
    ],
    ids=["from-leg", "owned-figure", "compared"],
)
def test_a_date_that_says_when_a_level_held_is_not_asked(text: str) -> None:
    assert date_questions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The council set new rules for the harbour – which had only just reopened to ferries – limiting"
        " berths until Friday.",
        "Ferry fares stayed under the level set by the harbour board in its review last week.",
    ],
    ids=["past-a-dash-aside", "after-a-describing-clause"],
)
def test_a_date_the_parse_may_have_hung_on_the_wrong_verb_is_not_asked(text: str) -> None:
    assert date_questions(text) == []


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "The port met. The harbour court on Tuesday overturned the ferry ban.",
            "When did the harbour court overturn the ferry ban?",
        ),
        (
            "The port met. The Dunmore council on May 4 approved the pier plan.",
            "When did the Dunmore council approve the pier plan?",
        ),
    ],
    ids=["weekday", "day"],
)
def test_a_day_between_the_subject_and_its_verb_dates_the_verb(text: str, question: str) -> None:
    assert [q.question for q in date_questions(text)] == [question]


def test_a_month_inside_the_subject_stays_the_nouns() -> None:
    assert date_questions("The port met. A plan in July to reopen the pier was dropped.") == []


def test_a_dateline_the_parse_took_for_a_second_subject_is_never_the_doer() -> None:
    text = "DUNMORE (AFP) - The harbour court on Tuesday overturned the ferry ban. The port met."
    asked = [q.question for q in date_questions(text)]
    assert asked == ["When did the harbour court overturn the ferry ban?"]
