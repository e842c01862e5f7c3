"""A date in brackets after a noun glosses the noun ("the wet season (June-August)"): never the time of the event."""

from __future__ import annotations

from invented_articles import date_questions


def test_a_bracketed_month_span_after_a_noun_dates_nothing() -> None:
    found = date_questions("The survey counted river birds in the wet season (June-August) along the lower Tana basin.")
    assert not [q for q in found if "June" in q.answer or "August" in q.answer]


def test_a_bracketed_date_after_a_weekday_still_places_it() -> None:
    found = date_questions("The port authority reopened the north quay on Tuesday (October 3) after repairs.")
    assert [q.answer for q in found] == ["Tuesday, October 3, 2023"]
