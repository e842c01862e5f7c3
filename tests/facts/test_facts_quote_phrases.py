"""Statements attributed by a phrase, not a verb: 'According to X, …' before the statement, and
'X's view is that …'. Never a view without its holder ("The common view is that …"). A reporting
verb joined by "and" to another verb has that verb's subject ("The council imposed fines and said
…"), but not across a new subject ("…, but Oskar Lind – an adviser – said …"). "X told the crews to
return to work" is an order, asked with whom it was given to.

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
    "joined-by-and": (
        "The ferry strike entered its third day on Monday.\n\n"
        "The Baltic Council has already imposed fines on the ferry owners and said it could close the port "
        "if the strike does not end by Sunday."
    ),
    "a-new-subject-after-but": (
        "The ferry strike entered its third day on Monday.\n\n"
        "The Baltic Council will not say when it will act, but Oskar Lind \u2013 the council's adviser on "
        "shipping \u2013 said on Friday the decision will be taken by the council's heads of state."
    ),
    "told-to": (
        "The ferry strike entered its third day on Monday.\n\n"
        "Harbour master Oskar Lind told the striking crews to return to work by Monday morning."
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


def test_a_verb_joined_by_and_has_the_first_verbs_subject(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["joined-by-and"]
    assert q.question == "Which organization said that it could close the port if the strike does not end by Sunday?"
    assert q.answer == "Baltic Council"


def test_a_new_subject_after_but_is_the_speaker(quotes: dict[str, list[Question]]) -> None:
    assert [q.answer for q in quotes["a-new-subject-after-but"]] in ([], ["Oskar Lind"])


def test_an_order_is_asked_with_whom_it_was_given_to(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["told-to"]
    assert q.question == "Who told the striking crews to return to work by Monday morning?"
    assert q.answer == "Oskar Lind"
