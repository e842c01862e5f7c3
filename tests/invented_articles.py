"""Invented articles for extractor tests: one bank from many short texts, parsed in one pass."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pytest

from quizgen.models import Article, Question, QuestionBank
from quizgen.pipeline import questions_for


def questions_of_texts(texts: Mapping[str, str], published: dt.date | None = dt.date(2024, 6, 12)) -> QuestionBank:
    """The questions of each text, as an article whose id and title are its key."""
    return questions_for(
        [Article(id=k, title=k, published=published, path=f"{k}.txt", text=v) for k, v in texts.items()]
    )


def questions_of_text(text: str, published: dt.date | None = None, kind: str | None = None) -> list[Question]:
    """The questions of one invented article (id and title "a"), only those of `kind` when given."""
    article = Article(id="a", title="a", published=published, path="a.txt", text=text)
    return [q for q in questions_for([article]).questions if kind is None or q.kind == kind]


def answers_to(text: str, published: dt.date | None = None, kind: str | None = None) -> dict[str, str]:
    """Each question of one invented article (only those of `kind` when given) with its answer."""
    return {q.question: q.answer for q in questions_of_text(text, published, kind)}


def date_questions(text: str, published: dt.date | None = dt.date(2023, 10, 4)) -> list[Question]:
    """The date questions of one invented article, published by default on a Wednesday (October 4, 2023)."""
    return questions_of_text(text, published, "date")


def asked_by_article(texts: Mapping[str, str], kind: str) -> dict[str, list[Question]]:
    """The questions of one kind about each text, by its key (every key is there, asked or not)."""
    bank = questions_of_texts(texts)
    return {key: [q for q in bank.questions if q.article == key and q.kind == kind] for key in texts}


def every_question_of_texts(texts: Mapping[str, str]) -> QuestionBank:
    """`questions_of_texts` with the per-person cap lifted (tests/questions/test_questions_variety.py),
    for tests that check every way of asking about one person."""
    from quizgen.questions import variety

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(variety, "MAX_PER_PERSON", 100)
        return questions_of_texts(texts)


def asked(bank: QuestionBank, article: str, kind: str = "org-event") -> list[Question]:
    """The questions of one kind asked from one article."""
    return [q for q in bank.questions if q.article == article and q.kind == kind]


def answers(bank: QuestionBank, article: str, kind: str) -> dict[str, str]:
    """Question → answer, for the questions of one kind asked from one article."""
    return {q.question: q.answer for q in asked(bank, article, kind)}
