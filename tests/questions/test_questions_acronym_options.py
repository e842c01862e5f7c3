"""False options of acronym questions are of the answer's own kind: spelled-out names beside a
spelled-out name (never another acronym), a material's initials never beside a province's, and
only names the acronym's letters could spell (else a learner rules them out: fewer options).
Plain initials are asked one way only."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.facts.acronyms import spells
from quizgen.models import Question

TEXT = (
    "The Coastal Roads Agency (CRA) has paved a stretch of road in Western Cape (WC) with recycled "
    "low-density polyethylene (LDPE). CRA engineers said the road held up well. The Coastal Space Office "
    "(CSO) and the Coastal Research Council (CRCO) will study the surface, and NASA will lend a satellite. "
    "The Central Survey Office (CSVO) will inspect it."
)


@pytest.fixture(scope="module")
def acronyms() -> dict[str, Question]:
    return {q.question: q for q in questions_of_texts({"roads": TEXT}).questions if q.kind == "acronym"}


def test_an_expansion_is_offered_beside_expansions_not_acronyms(acronyms: dict[str, Question]) -> None:
    asked = [q for text, q in acronyms.items() if text.startswith("What does") and q.choices]
    assert asked, list(acronyms)
    for q in asked:
        assert all(len(choice.split()) > 1 for choice in q.choices), q.choices
        # never an expansion the acronym's letters rule out ("CSO" cannot be "Coastal Roads Agency")
        short = q.question[len("What does ") : -len(" stand for?")]
        assert all(spells(short, choice) for choice in q.choices), q.choices


def test_a_terms_initials_are_not_offered_beside_a_places(acronyms: dict[str, Question]) -> None:
    offered = {choice for q in acronyms.values() for choice in q.choices}
    assert {"Central Survey Office", "Coastal Space Office"} <= offered, offered  # bodies beside bodies
    assert not offered & {"LDPE", "WC", "Western Cape", "low-density polyethylene"}, offered


def test_plain_initials_are_asked_one_way_only(acronyms: dict[str, Question]) -> None:
    # "Coastal Space Office" → "CSO" gives itself away; "low-density polyethylene" → "LDPE" does not
    assert "What does CSO stand for?" in acronyms
    assert not [q for q in acronyms if q.startswith("What is the abbreviation for the Coastal Space Office")]
    assert "What is the abbreviation for low-density polyethylene?" in acronyms, list(acronyms)
