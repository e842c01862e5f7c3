"""'The foreign minister said' is never the deputy foreign minister, nor 'the president' the vice
president: a rank word makes a lesser post, and a quote with no holder of the plain post is not asked.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

MET = " met the envoys on Monday.\n\nThe {post} said that the talks would resume in March."
ARTICLES = {
    "deputy-then-plain": "Deputy Foreign Minister Ann Ruiz" + MET.format(post="foreign minister"),
    "deputy-then-head": "Deputy Minister Ann Ruiz" + MET.format(post="minister"),
    "vice-then-plain": "Vice President Ann Ruiz" + MET.format(post="president"),
    "deputy-then-deputy": "Deputy Minister Ann Ruiz" + MET.format(post="deputy minister"),
    "plain-then-plain": "Foreign Minister Ann Ruiz" + MET.format(post="foreign minister"),
    "plain-then-head": "Foreign Minister Ann Ruiz" + MET.format(post="minister"),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(ARTICLES)


@pytest.mark.parametrize("article", ["deputy-then-plain", "deputy-then-head", "vice-then-plain"])
def test_a_plain_post_is_not_its_deputys(bank: QuestionBank, article: str) -> None:
    assert asked(bank, article, "quote") == []


@pytest.mark.parametrize("article", ["deputy-then-deputy", "plain-then-plain", "plain-then-head"])
def test_the_post_the_article_gave_names_its_holder(bank: QuestionBank, article: str) -> None:
    assert [q.answer for q in asked(bank, article, "quote")] == ["Ann Ruiz"]
