"""A description is named only by a mention that fits every word of it, and a description keeps a
small "the" inside a question; both on invented sentences."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "two-governments": (
        "Bridge works begin\n\n"
        "The Harwick provincial government said on Monday it had started building a new bridge over the Orm river.\n\n"
        "The bridge is among the 90 key projects in which the central government invested more than 40 billion "
        "yuan in the three years through 2023."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def test_the_central_government_is_not_named_after_a_provincial_one(bank: QuestionBank) -> None:
    money = [q for q in bank.questions if q.kind == "number" and "40 billion" in q.answer]
    assert money, "the investment is asked"
    assert all("provincial" not in q.question for q in money)
    assert any("central government" in q.question for q in money)


def test_a_described_speaker_takes_a_small_the_inside_a_question(bank: QuestionBank) -> None:
    said = [q for q in bank.questions if q.kind == "date" and "provincial government" in q.question]
    assert said
    assert all("The Harwick" not in q.question for q in said)
