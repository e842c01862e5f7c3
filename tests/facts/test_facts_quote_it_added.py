"""'The court said …. It added that …': "it" is the body a bare "the court" or "the ministry" was
found to be in the sentence before, when that body was the one speaker there; a person before "it"
is never its speaker. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "court-report": (
        "Liang Wei, a former director of the Dongsha Port Authority, was sentenced to 11 years in prison on "
        "Monday at Haizhou Intermediate People's Court for taking bribes.\n\n"
        "The court said Liang's acts constituted the crime of bribery and should be punished according to "
        "the law.\n\n"
        "It added that the sentence took into account his guilty plea and his return of the money."
    ),
    "ministry-wire": (
        "The Ostrian Ministry of Transport ordered checks on all 40 of the country's cable cars "
        "on Friday after a cabin stalled near Velm.\n\n"
        "The ministry said inspectors would visit every cable car station before the summer season.\n\n"
        "It said that operators who failed the checks would have to close until repairs were made."
    ),
    "minister-then-it": (
        "Transport Minister Pavel Dorn ordered checks on all 40 of the country's cable cars on Friday.\n\n"
        "The minister said inspectors would visit every cable car station before the summer season.\n\n"
        "It said that operators who failed the checks would have to close until repairs were made."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def _asked(questions: list[Question], words: str) -> list[str]:
    return [q.answer for q in questions if words in q.question]


def test_it_added_after_the_court_said_is_the_courts(quotes):
    court = "Haizhou Intermediate People's Court"
    assert _asked(quotes["court-report"], "took into account his guilty plea") == [court]


def test_it_said_after_the_ministry_said_is_the_ministrys(quotes):
    assert _asked(quotes["ministry-wire"], "failed the checks") == ["Ostrian Ministry of Transport"]


def test_it_after_a_person_spoke_is_nobodys(quotes):
    assert _asked(quotes["minister-then-it"], "failed the checks") == []
