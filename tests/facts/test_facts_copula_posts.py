"""Posts stated with "is" (held now) and "was" (held once, asked so); none from a reported,
negated or hedged clause."""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "is": "Tom Vale is chairman of the Harwick Port Authority.",
    "was": "The charges relate to 1996, when Tom Vale was archbishop of the city of Harwick.",
    "reported": "He said Tom Vale is chairman of the Harwick Port Authority.",
    "negated": "Tom Vale is not chairman of the Harwick Port Authority.",
    "hedged": "Tom Vale would be chairman of the Harwick Port Authority if the vote passed.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def test_a_post_stated_with_is_is_held_at_the_time_of_writing(bank: QuestionBank) -> None:
    answers = {q.question: q.answer for q in asked(bank, "is", "role")}
    assert answers["In 2024, what post did Tom Vale hold at the Harwick Port Authority?"] == "chairman"


def test_a_post_stated_with_was_is_asked_as_held_once_with_its_place(bank: QuestionBank) -> None:
    answers = {q.question: q.answer for q in asked(bank, "was", "role")}
    assert answers == {"What post did Tom Vale hold?": "former archbishop of the city of Harwick"}


@pytest.mark.parametrize("article", ["reported", "negated", "hedged"])
def test_no_post_from_a_clause_the_article_does_not_state(bank: QuestionBank, article: str) -> None:
    assert asked(bank, article, "role") == []
