"""A reported statement that opens with a clause of its own ("When the Harbour Council began its work,
it made clear …, Tan said"): the "its" there is the council's, so the clause stays and the statement
is asked whole; when the body is only "the current council", the "it" after it may point anywhere, and
a question cut down to the opening clause alone ("… when the current council began its work …?") is
never asked. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

OPENING = "SINGAPORE: Transport Minister Tan Wei Ming met the Straits Shipping Bureau on Monday.\n\n"
ARTICLES = {
    "named": OPENING + "When the Harbour Council began its work, it made clear that it would put residents "
    "first while remaining open to business, Tan said.",
    "unnamed": OPENING + "When the current council began its work, it made clear that it would put residents "
    "first while remaining open to business, Tan said.",
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_fronted_clause_with_its_own_subject_stays(quotes: dict[str, list[Question]]) -> None:
    said = {q.question: q.answer for q in quotes["named"]}
    question = (
        "Who said that when the Harbour Council began its work, it made clear that it would put residents "
        "first while remaining open to business?"
    )
    assert said.get(question) == "Tan Wei Ming"


def test_a_question_left_with_the_opening_clause_alone_is_not_asked(quotes: dict[str, list[Question]]) -> None:
    assert all("began its work" not in q.question for q in quotes["unnamed"])


def test_a_long_statement_is_cut_before_a_name_never_inside_it() -> None:
    from quizgen.facts.reported import trim

    text = (
        "it would fully carry out the decisions and arrangements of the Harbour Workers Union Central "
        "Committee while remaining open to business and doing solid work in every district"
    )
    assert trim(text, 14) == "it would fully carry out the decisions and arrangements \u2026"
