"""Number shapes of wire copy from outlets the generator was not built on (sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "named-beside": (
        "Quarterly results beat forecasts\n\n"
        "The phone maker Acme Devices posted a 21 percent increase in quarterly profit on Thursday.\n\n"
        "The company earned $212 million, or 45 cents a share, in the quarter, up from $180.5 million, "
        "or 38 cents a share, a year earlier."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


def pairs(bank: QuestionBank, article: str) -> dict[str, str]:
    return {q.question: q.answer for q in asked(bank, article, "number")}


def test_the_company_is_the_name_set_beside_an_earlier_subject(bank: QuestionBank) -> None:
    got = pairs(bank, "named-beside")
    assert got.get("How much did Acme Devices earn in the quarter?") == "$212 million"
    assert got.get("How much per share did Acme Devices earn a year earlier?") == "38 cents"
    assert not any("the company" in q.lower() for q in got), got


def test_a_periodic_adjective_stays_with_the_figure_it_names(bank: QuestionBank) -> None:
    got = pairs(bank, "named-beside")
    assert got.get("What percentage increase in quarterly profit did the phone maker post on Thursday?") == "21 percent"
