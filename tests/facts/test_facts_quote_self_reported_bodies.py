"""A body named as the subject of what "the <kind>" reports is that body speaking of itself: "Orvik
Ferries posted higher profit …, the ferry company reported", "The Harwick Water Authority (HWA) is
moving …, the law enforcement agency said", and "the company said" for the next figure. The question
says "it" for the body's own name, never the answer. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "the-kind-again": (
        "Orvik Ferries posted higher revenue and profit in its third quarter despite weak bookings in Germany, "
        "the ferry company reported on Tuesday.\n\n"
        "Revenue hit US$211 million in the quarter, up 6 percent from a year earlier, the company said."
    ),
    "its-own-name": (
        "The Harwick Water Authority (HWA) is relocating its headquarters to the old Customs House, closing the "
        "building it has occupied since 1975, the agency said July 1.\n\n"
        '"This is a historic moment for the HWA," chief executive Ann Lind said.'
    ),
    "a-rival": (
        "Orvik Ferries cut its fares to Harwick by a third on Monday, the rival company said.\n\n"
        "Northline Ferries said its own fares would stay the same."
    ),
    "another-kind": (
        "Skyway Airlines threatened to fire all 2,700 cabin crew unless they accepted new contracts, the union "
        "said on Tuesday.\n\nKelby Bank warned that mortgage rates would rise, the regulator said."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_the_company_again_is_the_body_the_sentence_before_spoke_of(quotes):
    asked = {q.question: q.answer for q in quotes["the-kind-again"]}
    assert (
        asked.get(
            "Which organization said that revenue hit US$211 million in the quarter, up 6 percent from a year earlier?"
        )
        == "Orvik Ferries"
    )


def test_a_body_reporting_on_itself_is_asked_with_it(quotes):
    asked = {q.question: q.answer for q in quotes["its-own-name"]}
    assert (
        asked.get(
            "Which organization said that it is relocating its headquarters to the old Customs House, closing the "
            "building it has occupied since 1975?"
        )
        == "Harwick Water Authority"
    )


def test_a_rival_company_is_not_the_body_it_talks_about(quotes):
    assert not any("cut its fares" in q.question for q in quotes["a-rival"])


def test_a_body_of_another_kind_reports_on_it_not_itself(quotes):
    """The union and the regulator are not the airline or the bank: nobody named said those words."""
    assert quotes["another-kind"] == [], [(q.question, q.answer) for q in quotes["another-kind"]]
