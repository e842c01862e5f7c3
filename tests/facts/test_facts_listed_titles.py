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
    "initials-list": (
        "Minister K. R. Devan, City Mayor P. Mohan, Project Director for the Rural Works Agency (RWA), T. Rajan, "
        "and other officials attended the opening of the school."
    ),
    "bracketed-list": (
        "District Collector P. Mohan, MP Pon. K. Raman, MLAs T. Rajan, Harbour City Mayor V. Das, Project Director "
        "for HRDA (Harbour Rural Development Agency), R. Kumar, and other officials attended the function."
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


def test_in_a_list_of_names_with_initials_no_post_goes_to_the_wrong_name_or_to_the_others(bank: QuestionBank) -> None:
    roles = asked(bank, "initials-list", "role")
    shown = [(q.question, q.answer, *q.choices) for q in roles]
    assert [q for q in roles if q.answer == "Minister"], shown  # each title before a name is still asked
    assert not [s for s in shown if "Project Director" in " ".join(s)], shown  # Mohan's or Rajan's? nobody's
    assert not [s for s in shown if "other official" in " ".join(s)], shown  # ", and other officials" is no post


def test_a_post_with_a_bracketed_long_form_between_two_names_is_given_to_neither(bank: QuestionBank) -> None:
    shown = [(q.question, q.answer, *q.choices) for q in asked(bank, "bracketed-list", "role")]
    assert [s for s in shown if s[1] == "Mayor of Harbour City"], shown
    assert not [s for s in shown if "Project Director" in " ".join(s)], shown  # Das's or Kumar's? nobody's
