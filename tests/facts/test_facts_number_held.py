"""An amount a named body holds, told by "with … of" (sentences invented): asked with "have" and the
owner's name; never of "the company", nor of a verb's circumstance."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "wire": (
        "Maple Trust opens offices\n\n"
        "Maple Trust, a mid-sized Ontario lender with assets of about "
        "12.5 billion Canadian dlrs, has opened offices in Zurich and Singapore, its president said."
    ),
    "unnamed": (
        "Grocer results\n\nThe company, with assets of about 3.1 billion pounds, said it expected growth next year."
    ),
    "circumstance": (
        "Chipmaker results\n\nNet income at Veltro Inc rose 18 percent to $2.1 billion, "
        "with earnings per share of $0.39."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def test_an_amount_with_a_named_owner_is_asked_as_held(bank: QuestionBank) -> None:
    asked = answers(bank, "wire", "number")
    assert asked.get("About how much in assets does Maple Trust have?") == "12.5 billion Canadian dollars"


def test_an_unnamed_owner_or_a_circumstance_is_not_asked_as_held(bank: QuestionBank) -> None:
    held = [q for a in ("unnamed", "circumstance") for q in answers(bank, a, "number") if " have?" in q]
    assert held == []
