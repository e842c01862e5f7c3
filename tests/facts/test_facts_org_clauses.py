"""An organisation's own clause: 'the Harbour Board, which commissioned the survey, …'."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

SHAPES = {
    "comma": (
        "Ms Ada Lind, the chief executive of the Northern Ferry Association, which runs the island routes, "
        "welcomed the new timetable."
    ),
    "dash": (
        "Tom Reyes, a surveyor at the Coastal Roads Agency -- which commissioned the new sea wall -- "
        "is pleased with the work."
    ),
    "owner": "The board of the Coastal Roads Agency, which approved the sea wall, met on Monday.",
    "guess": "The Northern Ferry Association, which might close the island routes, met on Monday.",
    "object-match": (
        "Those claims were put to the coach after Saturday's game at Kestrel, which Orvell Rovers lost to slip "
        "five points behind the leaders."
    ),
    "match-and-bodies": (
        "Those claims were put to the coach after Saturday's game at Kestrel, which Orvell Rovers lost to slip "
        "five points behind the leaders. The Northern Football Association later fined the coach."
    ),
    "object-contract": "The harbour contract, which Harwick Construction won in 2019, was cancelled on Friday.",
    "hyphen-doer": (
        "The Nordic Trade Council (NTC) met in March. The deal was signed at the NTC-sponsored Harbour Trade "
        "Forum (HTF) in Oslo. A Harwick Trust-funded study found that the river was clean."
    ),
    "object-guess": "The harbour contract, which Harwick Construction may win next year, is worth millions.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(SHAPES)


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        ("comma", "Which organization runs the island routes?", "Northern Ferry Association"),
        ("dash", "Which organization commissioned the new sea wall?", "Coastal Roads Agency"),
        (
            "object-match",
            "Which team lost the game at Kestrel to slip five points behind the leaders?",
            "Orvell Rovers",
        ),
        ("object-contract", "Which organization won the harbour contract in 2019?", "Harwick Construction"),
    ],
)
def test_what_an_organisation_did_in_its_own_clause_is_asked(
    bank: QuestionBank, article: str, question: str, answer: str
) -> None:
    assert [(q.question, q.answer) for q in asked(bank, article)] == [(question, answer)]


@pytest.mark.parametrize("article", ["owner", "guess", "object-guess"])
def test_a_clause_that_may_belong_to_another_noun_or_is_a_guess_is_not_asked(bank: QuestionBank, article: str) -> None:
    assert [
        q.question for q in asked(bank, article) if any(w in q.question for w in ("sea wall", "routes", "contract"))
    ] == []


def test_a_team_is_offered_among_teams_not_among_bodies(bank: QuestionBank) -> None:
    """The association is in the article's pool of organisations, but it is no team: fewer options instead."""
    found = [q for q in asked(bank, "match-and-bodies") if q.question.startswith("Which team lost")]
    assert [q.answer for q in found] == ["Orvell Rovers"]
    assert not [c for c in found[0].choices if c.endswith("Association")]


def test_an_organisation_hyphened_to_what_it_did_to_a_named_thing_is_asked(bank: QuestionBank) -> None:
    found = [
        (q.question, q.answer)
        for q in asked(bank, "hyphen-doer")
        if "sponsored" in q.question or "funded" in q.question
    ]
    assert found == [("Which organization sponsored the Harbour Trade Forum?", "Nordic Trade Council")]
