"""A date of what someone expects ("The bank expects inflation to ease by early 2026") is asked of
the expecting, so the question says whose expectation it is and never teaches the easing as fact."""

from __future__ import annotations

import pytest
from invented_articles import date_questions


@pytest.mark.parametrize(
    ("sentence", "question", "answer"),
    [
        (
            "The Bank of Orvia expects inflation to return to its 2% target by early 2026.",
            "By when does the Bank of Orvia expect inflation to return to its 2% target?",
            "early 2026",
        ),
        (
            "Analysts expect the Kestrel copper mine to close in 2031.",
            "In what year do analysts expect the Kestrel copper mine to close?",
            "2031",
        ),
    ],
)
def test_an_expected_date_is_asked_of_the_expecting(sentence: str, question: str, answer: str) -> None:
    assert {q.question: q.answer for q in date_questions(sentence)} == {question: answer}
