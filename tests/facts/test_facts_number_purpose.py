"""What an amount is for, or what change it sizes, reads right in its question. Invented sentences."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_text


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        (
            "The government would release 50 million dollars for reconstruction.",
            "How much would the government release for reconstruction?",
        ),
        (
            "Aida Mensah said the government would release 50 million dollars for reconstruction.",
            "According to Aida Mensah, how much would the government release for reconstruction?",
        ),
    ],
    ids=["stated", "reported"],
)
def test_an_amounts_purpose_stays_in_the_question(sentence: str, question: str) -> None:
    (asked,) = [q for q in questions_of_text(f"Aid\n\n{sentence}", kind="number") if q.answer == "50 million dollars"]
    assert asked.question == question


def test_a_change_set_beside_a_noun_is_not_asked_through_the_verb() -> None:
    """ "recorded the biggest rise, up 6.2 percentage points to 81 per cent": never "How many
    percentage points did the Northern Region record …?"."""
    text = (
        "Exam results\n\nThe Northern Region, which had the lowest pass rate last year, recorded the "
        "biggest rise, up 6.2 percentage points to 81 per cent."
    )
    assert not [q for q in questions_of_text(text, kind="number") if "record" in q.question]
