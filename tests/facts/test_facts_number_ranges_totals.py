"""Counts given as a range ("2,000 to 3,000 jobs") and totals said with a modal ("A total of 2,300
jobs will be lost"): each asked once, with the whole range or the counted noun (sentences invented)."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

TEXTS = {
    "range": (
        "Norvale plans a new industrial park.\n\n"
        "The park in Norvale will have 200 to 300 shops and create 20,000 to 30,000 jobs for local people."
    ),
    "total": (
        "Harwick Stores said it would close its depots.\n\n"
        "A total of 2,300 jobs will be lost as a result of the depot closures."
    ),
    "change": "Exports of Norvale timber fell from 2,000 to 1,500 tonnes in 2024.",
}


@pytest.fixture(scope="module")
def found() -> dict[str, list[Question]]:
    return asked_by_article(TEXTS, "number")


def test_a_range_of_counts_is_asked_whole_with_its_noun(found: dict[str, list[Question]]) -> None:
    got = {q.answer: q.question for q in found["range"]}
    assert got.get("20,000 to 30,000", "").startswith("How many jobs for local people will the park")
    assert got.get("200 to 300", "").startswith("How many shops will the park")
    assert not any(a in got for a in ("20,000", "30,000", "200", "300"))  # never one end alone


def test_a_total_with_a_modal_is_asked_as_the_count(found: dict[str, list[Question]]) -> None:
    got = {q.answer: q.question for q in found["total"]}
    assert got.get("2,300") == "How many jobs will be lost as a result of the depot closures?"


def test_a_change_from_one_figure_to_another_is_no_range(found: dict[str, list[Question]]) -> None:
    assert not any(" to " in q.answer for q in found["change"])


def test_a_qualifier_left_without_its_figure_is_not_asked() -> None:
    text = "Cyclone Tarra struck the coast of Velmar on Monday.\n\nStorm surges of up to four metres flooded villages."
    found = asked_by_article({"surge": text}, "number")["surge"]
    assert not any("of up to " in q.question and "how" not in q.question.split("of up to ")[1][:4] for q in found)
