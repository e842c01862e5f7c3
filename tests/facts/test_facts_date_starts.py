"""Start dates led in by a participle ("starting next month", "beginning on May 1") are asked of the
main verb's event, and a date on a plan's infinitive is never asked as the day of the plan."""

from __future__ import annotations

import pytest
from invented_articles import date_questions


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "The harbour board will reopen the ferry pier starting May 1.",
            "From when will the harbour board reopen the ferry pier?",
            "May 1, 2024",
        ),
        (
            "Bus fares in Dunmore will rise by five percent starting next month.",
            "From when will bus fares in Dunmore rise by five percent?",
            "November 2023",
        ),
        (
            "The harbour board shut the ferry pier beginning on June 3.",
            "When did the harbour board start to shut the ferry pier?",
            "June 3, 2023",
        ),
        (
            "The council met. The new Dunmore parking fees apply beginning in January.",  # (not the lead's present)
            "From when do the new Dunmore parking fees apply?",
            "January 2024",
        ),
    ],
    ids=["bare-date", "counted-date", "on-date-past", "present-timetable"],
)
def test_a_start_date_is_asked_of_the_main_verb(text: str, question: str, answer: str) -> None:
    assert [(q.question, q.answer) for q in date_questions(text)] == [(question, answer)]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board agreed to close the ferry pier starting February 1.",
        "The harbour board agreed to close the ferry pier from next month.",
    ],
    ids=["starting", "from"],
)
def test_a_start_date_of_an_agreed_act_is_asked_from_when_never_as_the_agreements_day(text: str) -> None:
    # "When did the board agree to start to close the pier? — February 1" would date the agreement
    (q,) = date_questions(text)
    assert q.question == "From when did the harbour board agree to close the ferry pier?"
