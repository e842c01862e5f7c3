"""A long official story goes on with "he" paragraph after paragraph ("Santoso said …. ¶ He highlighted
…. ¶ … ¶ He also urged …"): past the reach of the last time the name was written, the pronoun goes on
with the same "he" before it, unless someone else spoke in between. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

OPENING = (
    "JAKARTA, March 4 (Antara) - Indonesia's Maritime Affairs Minister Budi Santoso on Monday said the government "
    "would complete the expansion of Tanjung Priok port by the end of 2026.\n\n"
    "Speaking at a meeting with port operators in Jakarta, Santoso said the expansion would double the port's "
    "capacity to 15 million containers a year.\n\n"
    "The project is worth about 42 trillion rupiah and is funded jointly by state-owned Pelindo and private "
    "investors.\n\n"
    "He highlighted the importance of digital customs clearance in cutting waiting times for ships.\n\n"
)
ARTICLES = {
    "chain": OPENING
    + "Work on the second terminal started in 2021.\n\n"
    + "He also urged regional governments to speed up land acquisition for new access roads.",
    "another-spoke": OPENING
    + "Port operators said the digital system would take two years to install.\n\n"
    + "He also urged regional governments to speed up land acquisition for new access roads.",
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_he_goes_on_with_the_he_before_it(quotes: dict[str, list[Question]]) -> None:
    said = {q.question: q.answer for q in quotes["chain"]}
    urged = "Who urged regional governments to speed up land acquisition for new access roads?"
    assert said.get(urged) == "Budi Santoso"


def test_not_when_someone_else_spoke_in_between(quotes: dict[str, list[Question]]) -> None:
    assert all("land acquisition" not in q.question for q in quotes["another-spoke"])
