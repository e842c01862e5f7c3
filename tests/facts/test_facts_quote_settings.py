"""Reported speech with a setting between the verb and what was said ("said in a statement that …",
"told the paper in an interview that …"), and a long reported clause that opens with a setting
("At a meeting in X of Y, Z did …, the minister said"): the question asks what was said, never
the setting alone; and "announced the measles outbreak in …" is no "announced that …".

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "said-in-a-statement-that": (
        "The ferry season opened on Monday.\n\n"
        "The harbour master, Oskar Lind, said in a statement that the new breakwater had cut storm damage "
        "on the quay by half."
    ),
    "told-in-an-interview-that": (
        "The ferry season opened on Monday.\n\n"
        "Ann Ruiz told the local paper in an interview that the island's ferries would double their fares "
        "next spring."
    ),
    "long-clause-with-a-fronted-setting": (
        "Harbour talks ended in Varna on Monday.\n\n"
        "At a long meeting in the old town hall of Varna of the transport ministers of the six Baltic states, "
        "Norland set out its plan to dredge the northern channel before the winter storms and raised doubts "
        "about the new ferry tariff that the board adopted in March, Transport Minister Oskar Lind told "
        "reporters on Monday."
    ),
    "announced-an-outbreak": (
        "Health news\n\n"
        "The Ministry of Health announced the measles outbreak in Varna County in a press release issued "
        "on 3 May."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_said_in_a_statement_that_asks_what_was_said(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["said-in-a-statement-that"]
    assert q.question == "Who said that the new breakwater had cut storm damage on the quay by half?"
    assert q.answer == "Oskar Lind"


def test_told_in_an_interview_that_asks_what_was_said(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["told-in-an-interview-that"]
    assert "would double their fares next spring" in q.question
    assert q.answer == "Ann Ruiz"


def test_a_long_clause_drops_its_fronted_setting_not_its_statement(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["long-clause-with-a-fronted-setting"]
    assert q.question.startswith("Who said that Norland set out its plan to dredge the northern channel")
    assert "meeting" not in q.question
    assert q.answer == "Oskar Lind"


def test_a_noun_the_parser_took_for_a_clause_is_no_that_clause(quotes: dict[str, list[Question]]) -> None:
    asked = [q.question for q in quotes["announced-an-outbreak"]]
    assert asked and not [q for q in asked if "announced that" in q]
