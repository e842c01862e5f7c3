"""Date shapes of unseen news (issue 8): a weekday whose written date fixes the year, a weekday with
the part of its day in an undated story, a clause of time in the present, fixed feasts, a bracketed
date the parse tore open, a named speaker's own pronoun, a bracketed acronym cut from its bracket,
and a hyphened word the parse spaced out."""

from __future__ import annotations

import datetime as dt

from invented_articles import date_questions

from quizgen.facts.date_values import resolve

WEDNESDAY = dt.date(2023, 10, 4)


def test_a_weekday_beside_its_date_picks_the_year_it_falls_on() -> None:
    text = (
        "The decision follows a collision near Harbour Point on Saturday (Sept 23), in which two crew "
        "members were hurt. Marine police closed the channel on Saturday (Sept 23) after the collision."
    )
    found = {q.question: q.answer for q in date_questions(text, WEDNESDAY)}
    assert found == {"When did marine police close the channel after the collision?": "Saturday, September 23, 2023"}


def test_an_undated_weekday_keeps_the_part_of_its_day() -> None:
    text = "A ferry operated by Bayline Transit hit the pier at Casco Bay on Saturday night, injuring 14 passengers."
    (q,) = date_questions(text, published=None)
    assert (q.question, q.answer) == (
        "When did a ferry operated by Bayline Transit hit the pier at Casco Bay?",
        "Saturday night",
    )
    assert "Saturday" in q.aliases


def test_a_present_clause_of_time_looks_ahead() -> None:
    text = "Daniel Morrow, a harbour pilot, faces up to five years in prison when he is sentenced in January."
    assert [q.answer for q in date_questions(text, WEDNESDAY)] == ["January 2024"]


def test_a_fixed_feast_is_its_day() -> None:
    text = "Robert Keane, 41, is due to appear in Wellington District Court on Christmas Eve, charged with speeding."
    (q,) = date_questions(text, dt.date(2025, 12, 20))
    assert q.answer == "December 24, 2025" and "Christmas Eve" in q.aliases
    assert resolve("New Year's Day", None) is not None


def test_a_bracketed_date_torn_by_the_parse_is_still_read() -> None:
    reading = resolve("Wednesday (June 3", dt.date(2020, 6, 4))
    assert reading is not None and reading[0] == "2020-06-03"


def test_a_named_speakers_own_pronoun_stands_for_the_speaker() -> None:
    text = "Finance minister Lena Park admitted on Tuesday she had misled parliament over the cost of the new stadium."
    (q,) = date_questions(text, WEDNESDAY)
    assert q.question.startswith("When did Lena Park admit") and q.answer == "Tuesday, October 3, 2023"


def test_a_bracketed_acronym_keeps_its_closing_bracket() -> None:
    text = (
        "Investigators from the Marine Accident Investigation Branch (MAIB) arrived at the harbour on "
        "Sunday morning to begin their inquiry into the crash."
    )
    (q,) = date_questions(text, WEDNESDAY)
    assert "(MAIB) arrive" in q.question and q.answer == "Sunday, October 1, 2023"


def test_a_hyphened_object_stays_whole() -> None:
    (q,) = date_questions("The city council banned e-bikes from the promenade in May 2021.", WEDNESDAY)
    assert (q.question, q.answer) == ("When did the city council ban e-bikes from the promenade?", "May 2021")
