"""Public bodies named by a common noun ("the Norwegian government", "regional Dutch authorities")."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

SHAPES = {
    "subject": "Facing a shortage, the Chilean government has forbidden exports of copper wire to neighbours.",
    "compound": "Waiting lists grew after the assembly government closed its night clinics in the valleys.",
    "agent": "The inspection was carried out by regional Dutch authorities and Marten Vos has not yet replied.",
    "bare": "The government has forbidden exports of copper wire to neighbours.",
    "plural": "Chilean authorities have detained a reporter who wrote about the floods.",
    "vague": "The new authorities have closed the northern border crossing for a month.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(SHAPES)


def test_a_government_named_by_its_nationality_is_asked_as_the_doer(bank: QuestionBank) -> None:
    found = asked(bank, "subject")
    assert [q.answer for q in found] == ["Chilean government"]
    assert found[0].question.startswith("Which government has forbidden exports of copper wire")


def test_a_government_named_by_a_noun_before_it_is_asked(bank: QuestionBank) -> None:
    assert [q.answer for q in asked(bank, "compound")] == ["assembly government"]


def test_authorities_as_agent_of_a_passive_stand_alone_not_with_the_next_clause_subject(bank: QuestionBank) -> None:
    found = asked(bank, "agent")
    assert [(q.question, q.answer) for q in found] == [
        ("By which authorities was the inspection carried out?", "regional Dutch authorities")
    ]


@pytest.mark.parametrize("article", ["bare", "vague"])
def test_a_body_the_sentence_does_not_single_out_is_not_asked(bank: QuestionBank, article: str) -> None:
    assert asked(bank, article) == []


def test_a_body_named_in_the_plural_is_asked_as_authorities_in_the_plural(bank: QuestionBank) -> None:
    found = asked(bank, "plural")
    assert [(q.question, q.answer) for q in found] == [
        ("Which authorities have detained a reporter who wrote about the floods?", "Chilean authorities")
    ]
