"""'Who said …? — a senior official' teaches nothing: a speaker that names no one they speak for is
not asked; one qualified by whom they speak for is. Every article is our own invention."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article, Question
from quizgen.pipeline import questions_for

ARTICLES = {
    "senior-official": (
        "The ferry strike entered its third day on Monday.\n\n"
        "The harbour board has no plan to sell the northern ferry line, a senior official said on Monday."
    ),
    "company-spokesman": (
        "The ferry strike entered its third day on Monday.\n\n"
        "The harbour board has no plan to sell the northern ferry line, a Northline spokesman said on Monday."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    articles = [
        Article(id=key, title=key, published=dt.date(2024, 6, 12), path=f"{key}.txt", text=text)
        for key, text in ARTICLES.items()
    ]
    bank = questions_for(articles)
    return {key: [q for q in bank.questions if q.article == key and q.kind == "quote"] for key in ARTICLES}


def test_a_faceless_speaker_is_not_asked(quotes):
    assert quotes["senior-official"] == []


def test_a_spokesman_for_a_named_company_is_asked(quotes):
    assert [q.answer for q in quotes["company-spokesman"]] == ["a Northline spokesman"]
