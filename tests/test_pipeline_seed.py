"""End to end on the founding article: properties every generated bank must have (no fixed answers)."""

from __future__ import annotations

from collections import Counter

import pytest

from quizgen.locations import seed_article
from quizgen.models import KINDS, QuestionBank
from quizgen.pipeline import generate_bank
from quizgen.questions.quality import normal, problem


@pytest.fixture(scope="module")
def runs() -> tuple[QuestionBank, QuestionBank]:
    path = str(seed_article())
    return generate_bank([path]), generate_bank([path])


@pytest.fixture(scope="module")
def bank(runs: tuple[QuestionBank, QuestionBank]) -> QuestionBank:
    return runs[0]


def test_many_questions_of_every_kind(bank: QuestionBank) -> None:
    kinds = Counter(q.kind for q in bank.questions)
    assert len(bank.questions) >= 25
    assert set(kinds) == set(KINDS), kinds


def test_two_runs_give_the_same_questions(runs: tuple[QuestionBank, QuestionBank]) -> None:
    first, second = runs
    assert [q.to_dict() for q in first.questions] == [q.to_dict() for q in second.questions]


def test_ids_and_texts_are_unique(bank: QuestionBank) -> None:
    ids = [q.id for q in bank.questions]
    texts = [normal(q.question) for q in bank.questions]
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]


def test_every_question_passes_the_quality_gate(bank: QuestionBank) -> None:
    article_id = bank.articles[0].id
    for q in bank.questions:
        assert problem(q.question, q.answer, list(q.aliases)) is None, q.question
        assert q.article == article_id
        assert q.kind in q.tags and q.source


def test_choices_hold_the_answer_once_and_no_alias(bank: QuestionBank) -> None:
    with_choices = [q for q in bank.questions if q.choices]
    assert len(with_choices) >= len(bank.questions) // 2
    for q in with_choices:
        assert q.choices.count(q.answer) == 1, q
        assert len(set(map(normal, q.choices))) == len(q.choices), q.choices
        wrong = {normal(c) for c in q.choices if c != q.answer}
        assert not wrong & {normal(a) for a in q.aliases}, q


def test_answer_span_points_into_the_source(bank: QuestionBank) -> None:
    for q in bank.questions:
        if q.span is not None:
            start, end = q.span
            assert 0 <= start < end <= len(q.source), q
