"""An appointment "effective" a day still to come is asked as when the person starts in the post
("From when will Priya Menon serve as chief executive officer?"), in the active and the passive alike;
a day already passed, or one with no person and post, asks nothing of the kind."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions

_PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "Norvale Robotics appointed Priya Menon as chief executive officer, effective April 1, 2025.",
            "From when will Priya Menon serve as chief executive officer?",
        ),
        (
            "Norvale Robotics said Priya Menon has been appointed chief executive, effective April 1.",
            "From when will Priya Menon serve as chief executive?",
        ),
    ],
)
def test_a_post_taken_up_later_is_asked_from_when(sentence: str, question: str) -> None:
    asked = {q.question: q.answer for q in date_questions(sentence, _PUBLISHED)}
    assert asked.get(question) == "April 1, 2025"


def test_a_post_taken_up_already_is_not_asked_so() -> None:
    sentence = "Norvale Robotics appointed Priya Menon as chief executive officer, effective March 1, 2025."
    assert not [q for q in date_questions(sentence, _PUBLISHED) if "serve as" in q.question]
