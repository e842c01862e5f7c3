"""Days news writes beside a saying, a score or a level: a saying in passing is not asked by its day
(blind readers found "On what day of the week did X say …?" not worth asking); the day a result or a
decision came is asked even when a figure stands before it; and a question never keeps a word of its
own answer."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions


def test_a_saying_in_passing_is_not_asked_by_its_weekday_alone_nor_by_the_story_s_own_day() -> None:
    undated = "Harbour master Ann Ruiz said on Tuesday that the Lind Island ferry would run twice a day from June."
    assert not any("day of the week" in q.question for q in date_questions(undated, published=None))
    text = (
        "The Calder ferry company will cut 40 jobs, its owners announced.\n\n"
        "Harbour master Ann Ruiz said on Wednesday that the Lind Island ferry would keep its winter timetable."
    )
    assert not any("winter timetable" in q.question for q in date_questions(text))


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "Calder Rovers lost 3-0 to Lind Town on Sunday.",
            "On what day of the week did Calder Rovers lose 3-0 to Lind Town?",
            "Sunday",
        ),
        (
            "The Calder central bank held its main lending rate at 4.5 percent on Thursday.",
            "On what day of the week did the Calder central bank hold its main lending rate at 4.5 percent?",
            "Thursday",
        ),
        (
            "Shares in Lind Ferries fell 8 percent on Monday.",
            "On what day of the week did shares in Lind Ferries fall 8 percent?",
            "Monday",
        ),
    ],
    ids=["score", "level-held", "fall"],
)
def test_a_figure_before_the_day_leaves_the_day_the_event_s(text: str, question: str, answer: str) -> None:
    asked = {q.question: q.answer for q in date_questions(text, published=None)}
    assert asked.get(question) == answer


def test_a_score_torn_in_half_is_never_asked() -> None:
    for q in date_questions("Calder Rovers beat Lind Town 3-1 on Saturday.", published=None):
        assert "3-1" in q.question, q.question  # never "beat Lind Town 3?"


def test_a_level_in_a_range_of_days_is_still_no_event() -> None:
    text = "Ferry traffic at Calder rose from 150 cars on Monday to 420 cars on Friday."
    assert date_questions(text, published=None) == []


def test_it_in_a_reported_clause_is_the_named_body_that_said_it() -> None:
    text = "The RMT union said it would hold a strike ballot of Calder ferry crews on March 18."
    asked = {q.question: q.answer for q in date_questions(text, published=None)}
    assert asked.get("On what date would the RMT union hold a strike ballot of Calder ferry crews?") == "March 18"


def test_a_plain_it_after_an_unnamed_body_is_not_asked() -> None:
    text = "The union said it would hold a strike ballot of Calder ferry crews on March 18."
    assert date_questions(text, published=None) == []


def test_a_passive_announcement_is_asked_of_what_was_announced() -> None:
    text = "The Lind Island ferry link was announced in January 2013 by the Calder harbour board."
    asked = {q.question: q.answer for q in date_questions(text, published=dt.date(2024, 5, 2))}
    assert asked.get("When was the Lind Island ferry link announced by the Calder harbour board?") == "January 2013"


def test_a_question_never_keeps_a_word_of_its_answer() -> None:
    text = "The regulator rated the Calder ferry service as poor after an inspection in March last year."
    for q in date_questions(text, published=dt.date(2024, 11, 14)):
        assert "March" not in q.question, q.question


def test_having_nothing_is_no_event_to_date() -> None:
    text = "The Calder coastguard said it had no information on the sinking of the ferry late on Thursday."
    assert [q.question for q in date_questions(text, published=None) if "have no" in q.question] == []


def test_a_thing_reported_in_a_passive_relative_clause_is_asked_as_made_public() -> None:
    # "the recording that was reported on …": what was made public is the event, as with "The line was announced"
    text = (
        "Two aides were heard on the phone recording that was reported on Sept. 12 by the Dunmore Herald. "
        "Both aides later resigned."
    )
    asked = {q.question: q.answer for q in date_questions(text)}
    assert asked.get("When was the phone recording reported by the Dunmore Herald?") == "September 12, 2023"


def test_a_which_after_a_comma_may_stand_for_the_whole_clause() -> None:
    # ", which was reported": the cutting was reported, not the jobs ("When was 300 jobs reported …?")
    text = "Calder Ferries cut 300 jobs, which was reported on Sept. 12 by the Dunmore Herald. Both unions objected."
    asked = [q.question for q in date_questions(text)]
    assert not any("jobs reported" in q for q in asked), asked
