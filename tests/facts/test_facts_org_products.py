"""The body named in a "by" phrase after a poll, report or study it made, asked with what the product found."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ASKED = {
    "dated-report": (
        "A 2021 report by the Harbour Flood Board had already warned that nuisance flooding was becoming "
        "routine in towns such as Marlow and Fenwick.",
        "Harbour Flood Board",
        "Which organization's 2021 report had warned that nuisance flooding was becoming routine",
    ),
    "researchers-at": (
        "A study by researchers at Orvell University found that flooding raised rates of asthma among "
        "children in low-lying streets.",
        "Orvell University",
        "A study by researchers at which institution found that flooding raised rates of asthma",
    ),
    "according-to": (
        "Nearly two-thirds of Vellish voters oppose a higher fuel duty, according to a poll by the Kestrel "
        "Institute released on Tuesday.",
        "Kestrel Institute",
        "Which institution's poll found that nearly two-thirds of Vellish voters oppose a higher fuel duty?",
    ),
    "according-to-first": (
        "According to a survey by the Danube Transport Council, most drivers in the city want more bus lanes.",
        "Danube Transport Council",
        "Which organization's survey found that most drivers in the city want more bus lanes?",
    ),
    "released-by": (
        "Tide flooding along the Vellish coast will double by 2050, according to a report released Tuesday "
        "by the Marine Weather Agency (MWA).",
        "Marine Weather Agency",
        "Which organization's report found that tide flooding along the Vellish coast will double by 2050?",
    ),
    "an-before-vowel": (
        "An analysis by researchers at Orvell University found that flood insurance claims in Marlow doubled "
        "in five years.",
        "Orvell University",
        "An analysis by researchers at which institution found that flood insurance claims in Marlow doubled",
    ),
    "finding-first": (
        "HALDEN - Seven in 10 Halden households expect their finances to improve next year, a survey by the "
        "Centre for Household Studies has found.",
        "Centre for Household Studies",
        "Which organization's survey found that seven in 10 Halden households expect their finances",
    ),
}

NOT_ASKED = {
    # someone else's claim about the report: nothing the report itself found
    "commissioned": "The survey of 900 farmers was commissioned by the Vellish Farm Council, officials said.",
    # the clause leans on what came before
    "pronoun": "It will double by 2050, according to a report by the Marine Weather Agency.",
    # a report that might say something is no finding
    "guess": "A report by the Harbour Flood Board could show that the sea wall is failing.",
    # a finding announced as "said" after the fact is not reworded as "found"
    "said-after": "The sea wall is failing, a report by the Harbour Flood Board said on Monday.",
}


@pytest.fixture(scope="module")
def asked() -> dict[str, list[Question]]:
    texts = {key: text for key, (text, _, _) in ASKED.items()} | NOT_ASKED
    return asked_by_article(texts, "org-event")


@pytest.mark.parametrize("key", list(ASKED))
def test_the_maker_is_asked_with_its_finding(asked: dict[str, list[Question]], key: str) -> None:
    _, answer, start = ASKED[key]
    found = [q for q in asked[key] if q.question.startswith(start)]
    assert [q.answer for q in found] == [answer], [q.question for q in asked[key]]


@pytest.mark.parametrize("key", list(NOT_ASKED))
def test_no_finding_is_made_up(asked: dict[str, list[Question]], key: str) -> None:
    assert not [q for q in asked[key] if "found that" in q.question or "'s report" in q.question], [
        q.question for q in asked[key]
    ]
