"""Two posts before one name that share a post word: "Prime and Foreign Minister X" is Prime
Minister and Foreign Minister; "Trade and Industry Secretary X" stays one post."""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "elided-portfolio": "Prime and Minister of Foreign Affairs H E Karim bin Saleh Al Nouri said talks would resume.",
    "elided-rank": "Deputy Prime and Finance Minister Lena Varga presented the budget on Tuesday.",
    "one-portfolio": "Trade and Industry Secretary Lena Varga opened the new port on Tuesday.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


@pytest.mark.parametrize(
    ("article", "posts"),
    [
        ("elided-portfolio", {"Prime Minister", "Minister of Foreign Affairs"}),
        ("elided-rank", {"Deputy Prime Minister", "Finance Minister"}),
    ],
)
def test_a_rank_word_before_and_borrows_the_next_posts_word(bank: QuestionBank, article: str, posts: set[str]) -> None:
    answers = {q.answer for q in asked(bank, article, "role") if "what post" in q.question}
    assert answers == posts


def test_two_portfolios_of_one_post_are_never_split_into_a_post_of_their_own(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "one-portfolio", "role") if q.answer in ("Trade Secretary", "Trade Minister")]
