"""Reported speech asked whole or not at all: a clause whose aside between dashes holds a pronoun
the question cannot carry loses the aside, not its verb; a body whose name the model ended early
("The charity Ocean Rescue Now estimates …" read as "Ocean Rescue") is not asked as that
shorter name.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "dash-aside-with-a-pronoun": (
        "Harbour vote row\n\n"
        "Ann Lind, the transport minister, spoke in Varna on Sunday.\n\n"
        "She said the harbour master, Oskar Berg, and the deputy harbour master, Piet Ruiz – who have "
        "also found they hold shares in the ferry company – were right to keep voting on the board "
        "until the court settles the matter."
    ),
    "a-name-cut-short": (
        "Check-ups missed\n\n"
        "The charity Ocean Rescue Now estimates that 9,000 fishermen have missed their yearly check-ups "
        "because the clinic at Varna closed for the winter."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_dash_aside_goes_and_the_clause_keeps_its_verb(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["dash-aside-with-a-pronoun"] if "harbour master" in q.question]
    assert "were right to keep voting" in q.question
    assert "\u2013" not in q.question and q.answer == "Ann Lind"


def test_a_body_whose_name_was_cut_short_is_not_asked_by_it(quotes: dict[str, list[Question]]) -> None:
    assert not [q for q in quotes["a-name-cut-short"] if q.answer == "Ocean Rescue"]
