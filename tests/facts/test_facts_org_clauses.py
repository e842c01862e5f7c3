"""An organisation's own clause: 'the Harbour Board, which commissioned the survey, …'."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import Question, QuestionBank

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
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(SHAPES)


def asked(bank: QuestionBank, article: str) -> list[Question]:
    return [q for q in bank.questions if q.article == article and q.kind == "org-event"]


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        ("comma", "Which organization runs the island routes?", "Northern Ferry Association"),
        ("dash", "Which organization commissioned the new sea wall?", "Coastal Roads Agency"),
    ],
)
def test_what_an_organisation_did_in_its_own_clause_is_asked(
    bank: QuestionBank, article: str, question: str, answer: str
) -> None:
    assert [(q.question, q.answer) for q in asked(bank, article)] == [(question, answer)]


@pytest.mark.parametrize("article", ["owner", "guess"])
def test_a_clause_that_may_belong_to_another_noun_or_is_a_guess_is_not_asked(bank: QuestionBank, article: str) -> None:
    assert [q.question for q in asked(bank, article) if "sea wall" in q.question or "routes" in q.question] == []
