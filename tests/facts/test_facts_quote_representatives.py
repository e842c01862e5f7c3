"""'A representative of the Harbour Workers Union commented …, “…”' speaks for the union the way "a
spokesman for" does, and is asked in the article's words; "a union representative", who speaks for no
body the story names, is not. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

OPENING = "SINGAPORE: Talks between the port operator and dockers broke down on Monday.\n\n"
QUOTE = "\u201cWe hope the talks will resume soon and that no jobs are lost.\u201d"
ARTICLES = {
    "named": OPENING + f"A representative of the Harbour Workers Union commented on the decision, {QUOTE}",
    "faceless": OPENING + f"A union representative said: {QUOTE}",
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_representative_of_a_named_body_is_asked(quotes: dict[str, list[Question]]) -> None:
    said = {q.question: q.answer for q in quotes["named"]}
    question = "Which unnamed source said \u201cWe hope the talks will resume soon and that no jobs are lost\u201d?"
    assert said.get(question) == "a representative of the Harbour Workers Union"


def test_a_representative_of_no_named_body_is_not(quotes: dict[str, list[Question]]) -> None:
    assert quotes["faceless"] == []
