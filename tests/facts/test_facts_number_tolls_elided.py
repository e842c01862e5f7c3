"""Disaster copy's second count with its noun left out, and a figure whose claim's source is named
just before a place ("demand in Asia"): both asked, and asked rightly."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

TEXTS = {
    "typhoon": (
        "At least 14 people were killed and 27 injured when a typhoon struck the island of Marvela on "
        "Tuesday, provincial officials said."
    ),
    "blast": "Five people died and 38 were injured in the blast at the Kessel chemical works.",
    "others": "Two miners died and 19 others were hurt in the collapse at the Brannock pit.",
    "ships": "Two trawlers sank and 11 others were damaged in the storm off Kirrin Point.",
    "earnings": (
        "Dorvane Textiles said on Monday its net profit rose 9 percent, as demand for linen in Asia "
        "stayed strong.\n\nRevenue rose 4.1 pct to 2.3 bln dlrs in the quarter, the company said in a "
        "statement.\n\nShares in Dorvane Textiles rose 2.5 percent by midday."
    ),
}


@pytest.fixture(scope="module")
def asked() -> dict[str, dict[str, str]]:
    bank = questions_of_texts(TEXTS)
    out: dict[str, dict[str, str]] = {}
    for q in bank.questions:
        if q.kind == "number":
            out.setdefault(q.article, {})[q.question] = q.answer
    return out


def test_the_injured_of_a_toll_are_people(asked: dict[str, dict[str, str]]) -> None:
    typhoon = {a: q for q, a in asked["typhoon"].items()}
    assert "How many people were injured" in typhoon["27"]
    assert "How many people were injured in the blast" in {a: q for q, a in asked["blast"].items()}["38"]


def test_others_of_a_toll_are_other_people(asked: dict[str, dict[str, str]]) -> None:
    others = {a: q for q, a in asked["others"].items()}
    assert others["19"].startswith("How many other people were hurt")


def test_others_of_no_toll_are_not_people(asked: dict[str, dict[str, str]]) -> None:
    assert not any("people" in q for q in asked.get("ships", {}))


def test_a_claim_named_before_a_region_is_asked(asked: dict[str, dict[str, str]]) -> None:
    earnings = {a: q for q, a in asked["earnings"].items()}
    assert "2.3 billion dollars" in earnings
    assert "Dorvane" in earnings["2.3 billion dollars"]
