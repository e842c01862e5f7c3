"""Two posts before one name that share a post word: "Prime and Foreign Minister X" is Prime
Minister and Foreign Minister; "Trade and Industry Secretary X" stays one post. And in a list of
titled names, a post standing between two names is given to neither."""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "elided-portfolio": "Prime and Minister of Foreign Affairs H E Karim bin Saleh Al Nouri said talks would resume.",
    "elided-rank": "Deputy Prime and Finance Minister Lena Varga presented the budget on Tuesday.",
    "one-portfolio": "Trade and Industry Secretary Lena Varga opened the new port on Tuesday.",
    "titled-list": (
        "Mayor Ann Ruiz, Project Director for the Harbour Works Agency, Lena Fors, and other officials "
        "attended the ceremony on Monday."
    ),
    "own-aside": "Mayor Ann Ruiz, a former director of the Harbour Works Agency, opened the ferry terminal.",
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


def test_a_post_between_two_titled_names_is_given_to_neither(bank: QuestionBank) -> None:
    roles = asked(bank, "titled-list", "role")
    assert [q for q in roles if q.answer == "Mayor"], roles  # the title before her name is hers
    assert not [q for q in roles if "Project Director" in q.question or "Project Director" in q.answer], roles


def test_a_post_after_a_titled_name_with_no_name_after_it_is_still_hers(bank: QuestionBank) -> None:
    roles = asked(bank, "own-aside", "role")
    assert [q for q in roles if "director" in (q.question + q.answer).lower()], roles
