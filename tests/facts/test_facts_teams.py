"""Institutions a group of researchers comes from, one question per institution."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.facts.wording import with_the
from quizgen.models import QuestionBank

SHAPES = {
    "subject": (
        "A research team from Orvell University and the University of Kestrel has mapped the nesting "
        "grounds of the grey plover over 1990 - 2020."
    ),
    "object": "The survey group also included experts from Orvell University, Canada and the Halden Marine Institute.",
    "owned": "The survey was carried out by scientists from Orvell University's Ocean Centre in the spring.",
    "guess": "A research team from Orvell University might map the nesting grounds next year.",
    "firm": "Engineers from Harwick Motors and Orvell University have built a solar racing car.",
    "long": (
        "A research team from the University of Halden of the UK and the Orvell Institute of Technology and "
        "Kestrel State University of the US has mapped the nesting grounds of the grey plover and the spoonbill over "
        "1990 - 2020 on the coasts of three continents. The work was funded by the Harwick Trust and the Dunmore "
        "Foundation, with help from the Lisle Bird Society."
    ),
    "untagged": (
        "The survey group was headed by researchers from Orvell University, the Kestrel Marine Institute, "
        "Halden College and the Dunmore Aquarium."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(SHAPES)


def test_each_institution_of_a_research_team_is_asked_naming_the_other(bank: QuestionBank) -> None:
    found = {q.answer: q for q in asked(bank, "subject")}
    assert sorted(found) == ["Orvell University", "University of Kestrel"]
    q = found["Orvell University"]
    assert q.question == (
        "A research team from the University of Kestrel and which other institution has mapped the nesting "
        "grounds of the grey plover over 1990-2020?"
    )
    assert "University of Kestrel" not in q.choices  # also right: never offered as a wrong option


def test_a_place_after_a_name_is_no_member_of_the_list(bank: QuestionBank) -> None:
    found = {q.answer: q.question for q in asked(bank, "object")}
    assert sorted(found) == ["Halden Marine Institute", "Orvell University"]
    assert found["Orvell University"] == (
        "The survey group also included experts from the Halden Marine Institute and which other institution?"
    )


@pytest.mark.parametrize("article", ["owned", "guess"])
def test_an_owner_of_the_institution_or_a_guess_is_not_asked(bank: QuestionBank, article: str) -> None:
    assert [q for q in asked(bank, article) if "which" in q.question and "institution" in q.question] == []


def test_people_from_a_company_are_asked_by_which_organization(bank: QuestionBank) -> None:
    found = {q.answer: q.question for q in asked(bank, "firm")}
    assert found["Orvell University"] == (
        "Engineers from Harwick Motors and which other organization have built a solar racing car?"
    )


def test_each_member_of_a_list_too_long_to_name_is_asked_with_one_member_among_the_choices(
    bank: QuestionBank,
) -> None:
    members = {"Orvell Institute of Technology", "Kestrel State University", "University of Halden"}
    found = [q for q in asked(bank, "long") if "research team" in q.question]
    clause = (
        "research team from which of these institutions has mapped the nesting grounds of the grey plover and "
        "the spoonbill over 1990-2020 on the coasts of three continents?"
    )
    assert found[0].question == "A " + clause
    assert [q.question for q in found[1:]] == [
        f"Besides {with_the(q_prev.answer)}, a {clause}" for q_prev in found[:-1]
    ]
    assert {q.answer for q in found} == members
    for q in found:
        assert len(q.choices) >= 3 and set(q.choices) & members == {q.answer}


def test_a_list_that_goes_on_past_the_names_found_is_not_asked(bank: QuestionBank) -> None:
    assert [q.question for q in asked(bank, "untagged") if "researchers from" in q.question] == []
