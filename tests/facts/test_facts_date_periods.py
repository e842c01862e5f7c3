"""The day a reporting period ended is asked of the period: earnings copy dates its figures by
"the three months ended Nov. 2", which spaCy reads as one date no reader places."""

from __future__ import annotations

import datetime as dt

from invented_articles import date_questions

WIRE = (
    "OSLO, Sept 12 (Reuters) - Harbourline ASA said on Thursday it earned 412 million crowns, or 3.10 "
    "crowns a share, in the three months ended Aug. 31, up from 288 million crowns a year earlier. "
    "During the quarter ended Aug. 31, Harbourline added two vessels to its Bergen service. "
    "Harbourline's fiscal first quarter ended Aug. 31."
)


def test_the_end_of_a_quarter_is_asked_of_its_owner_or_of_what_happened_in_it() -> None:
    asked = {q.question: q.answer for q in date_questions(WIRE, None)}
    assert asked.get("On what date did Harbourline's fiscal first quarter end?") == "August 31", asked
    assert asked.get("On what date did the three months in which Harbourline ASA earned 412 million crowns end?") == (
        "August 31"
    ), asked
    assert asked.get("On what date did the quarter in which Harbourline added two vessels end?") == "August 31", asked


def test_a_quarter_with_no_owner_is_not_asked() -> None:
    text = (
        "Kavya Systems Ltd posted record sales. The company said it added 1,200 staff in the six months ended June 30."
    )
    asked = [q for q in date_questions(text, dt.date(2024, 7, 15)) if "end?" in q.question]
    assert not asked, [q.question for q in asked]


def test_a_dated_story_places_the_quarter_in_the_year_before_it() -> None:
    text = "Kavya Systems said it earned $84 million in the quarter ended Dec. 31, up 20 per cent."
    asked = {q.question: q.answer for q in date_questions(text, dt.date(2025, 1, 20))}
    assert asked.get("When did the quarter in which Kavya Systems earned $84 million end?") == "December 31, 2024", (
        asked
    )


def test_an_object_torn_from_its_currency_is_not_asked() -> None:
    text = "Pune firm Kavya Systems said it earned Rs 84 crore in the quarter ended Dec. 31, up 20 per cent."
    asked = [q.question for q in date_questions(text, dt.date(2025, 1, 20))]
    assert not [q for q in asked if "84 crore" in q and "Rs 84 crore" not in q], asked
