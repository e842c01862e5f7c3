"""Statements attributed by a phrase, not a verb: 'According to X, …' before the statement, and
'X's view is that …'. Never a view without its holder ("The common view is that …").

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "according-to-first": (
        "Ann Ruiz is the mayor of Varna.\n\n"
        "According to Ruiz, the fish market will move to the new pier before the end of next summer."
    ),
    "view-is-that": (
        "Ann Ruiz is the mayor of Varna.\n\n"
        "Ruiz's view is that the town cannot afford a second pier before the old quay is repaired."
    ),
    "nobodys-view": (
        "Ann Ruiz is the mayor of Varna.\n\n"
        "The common view is that the town cannot afford a second pier before the old quay is repaired."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_according_to_before_the_statement(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["according-to-first"]
    assert q.question == "Who said that the fish market will move to the new pier before the end of next summer?"
    assert q.answer == "Ann Ruiz"


def test_a_persons_view_is_what_they_said(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["view-is-that"]
    assert q.question == "Who said that the town cannot afford a second pier before the old quay is repaired?"
    assert q.answer == "Ann Ruiz"


def test_a_view_with_no_holder_is_nobodys(quotes: dict[str, list[Question]]) -> None:
    assert quotes["nobodys-view"] == []
