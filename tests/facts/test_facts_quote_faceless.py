"""'Who said …? — a senior official' teaches nothing: a speaker that names no one they speak for is
not asked; one qualified by whom they speak for is. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "senior-official": (
        "The ferry strike entered its third day on Monday.\n\n"
        "The harbour board has no plan to sell the northern ferry line, a senior official said on Monday."
    ),
    "described-by-a-common-noun": (
        "The ferry strike entered its third day on Monday.\n\n"
        "The harbour board has no plan to sell the northern ferry line, a harbour safety official said on Monday."
    ),
    "company-spokesman": (
        "The ferry strike entered its third day on Monday.\n\n"
        "The harbour board has no plan to sell the northern ferry line, a Northline spokesman said on Monday."
    ),
    "the-former-executive": (
        "Halden Motors will close two more plants this year.\n\n"
        "The former Halden Motors executive predicts further plant closures once the new contract is signed."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_faceless_speaker_is_not_asked(quotes):
    assert quotes["senior-official"] == []
    assert quotes["described-by-a-common-noun"] == []  # "a harbour safety official": which harbour?


def test_a_spokesman_for_a_named_company_is_asked(quotes):
    assert [q.answer for q in quotes["company-spokesman"]] == ["a Northline spokesman"]


def test_a_speaker_described_with_the_is_answered_as_a_description(quotes):
    """ "the former Halden Motors executive" answers "Who says …?" with its article: without it the
    answer reads as a name the article never gave."""
    assert [q.answer for q in quotes["the-former-executive"]] == ["the former Halden Motors executive"]
