"""Dates that only describe a word of the clause: the object "its first-quarter results" is a thing
the verb acts on, kept in the question; the score in "Sunday's 2-1 win" is a game's goals, and
the day still dates the game. And a reporting body's aside ("X, the port regulator, said it …")
stays out of the question that names X for "it"."""

from __future__ import annotations

import datetime as dt

from invented_articles import date_questions

TUESDAY = dt.date(2024, 3, 12)


def test_an_object_described_by_a_date_stays_in_the_question() -> None:
    text = "Pellam Foods, a dairy group, said on Monday it would publish its first-quarter figures on April 18."
    asked = {q.question: q.answer for q in date_questions(text, TUESDAY)}
    assert asked.get("When would Pellam Foods publish its first-quarter figures?") == "April 18, 2024"
    assert not any(q.endswith("publish?") for q in asked)


def test_a_body_set_off_by_an_aside_reports_by_its_name_alone() -> None:
    text = "The Harbour Board, the port regulator, said on Monday that it would close the north pier on April 18."
    asked = {q.question: q.answer for q in date_questions(text, TUESDAY)}
    assert asked.get("When would the Harbour Board close the north pier?") == "April 18, 2024"
    assert not any("regulator close" in q or "The Harbour Board the" in q for q in asked)


def test_a_score_after_a_possessive_day_dates_the_game() -> None:
    text = "Dunmore Athletic dismissed coach Rhys Tallon after Sunday's 4-1 defeat by Harlow Town."
    asked = {q.question: q.answer for q in date_questions(text, TUESDAY)}
    assert asked == {"When was the 4-1 defeat by Harlow Town?": "Sunday, March 10, 2024"}


def test_a_possessive_year_before_a_figure_is_still_no_event() -> None:
    text = "The harbour handled 4,100 ferries last year, well above 2019's 3,800 crossings."
    assert all("2019" not in q.answer for q in date_questions(text, TUESDAY))
