"""What an amount is for stays in its question, however the sentence reports it. Invented sentences."""

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
