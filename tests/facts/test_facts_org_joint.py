"""Bodies that did something together are asked as the whole list, never one of them alone."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

SHAPES = {
    "regulators": (
        "The Competition Commission of India and the Securities and Exchange Board of India have also "
        "written to the finance ministry seeking clarity."
    ),
    "colleges": "Northgate University and Hale Community College partnered to create a two-year nursing program.",
    "letter": "Harlow Retail Group and Brenton Foods Inc. wrote a letter to the regional council on Thursday.",
    "countries": "Britain and France signed a treaty on migration last year.",
    "either": "Either Acme Corp or Zenith Motors will build the new factory in Leeds.",
    "wrote-in": "The Marine Research Council wrote in its annual report that the bay was cleaner.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(SHAPES)


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (
            "regulators",
            "Which organizations have written to the finance ministry?",
            "Competition Commission of India and Securities and Exchange Board of India",
        ),
        (
            "colleges",
            "Which institutions partnered to create a two-year nursing program?",
            "Northgate University and Hale Community College",
        ),
        (
            "letter",
            "Which organizations wrote a letter to the regional council?",
            "Harlow Retail Group and Brenton Foods Inc.",
        ),
    ],
)
def test_a_joint_subject_is_asked_as_the_whole_list(
    bank: QuestionBank, article: str, question: str, answer: str
) -> None:
    found = [(q.question, q.answer) for q in asked(bank, article)]
    assert (question, answer) in found
    assert [a for _, a in found if a != answer] == []  # never one member as if alone
    members = answer.split(" and ")
    assert all(c not in members for q in asked(bank, article) for c in q.choices)


@pytest.mark.parametrize("article", ["countries", "either", "wrote-in"])
def test_countries_an_or_and_words_written_are_not_asked(bank: QuestionBank, article: str) -> None:
    assert [q.question for q in asked(bank, article)] == []
