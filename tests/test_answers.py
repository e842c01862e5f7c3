"""From an answer to a review: the rating, and an "I was right" recorded with its review in one transaction."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from quizgen.answers import rating, record_attempt, with_learner_aliases
from quizgen.errors import StoreError
from quizgen.grading import grade_answer
from quizgen.models import Question, QuestionBank
from quizgen.session import Attempt, QuizSession
from quizgen.srs import Grade, Schedule
from quizgen.store import ReviewStore

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
BOARD = Question(
    id="q-board",
    article="a",
    kind="org-event",
    question="Which body approved the new dam?",
    answer="River Valley Water Board",
)
OPENED = Question(
    id="q-date", article="a", kind="date", question="When did the dam open?", answer="May 12, 2024", aliases=("May 12",)
)


def _overridden(question: Question, typed: str) -> Attempt:
    session = QuizSession([question], "typed")
    assert not session.answer_typed(typed).correct
    session.override()
    return session.advance()


@pytest.mark.parametrize(
    ("attempt", "grade"),
    [
        (Attempt(BOARD, "typed", True, "river valley water board"), Grade.GOOD),
        (Attempt(BOARD, "typed", False, "the lake board"), Grade.AGAIN),
        (Attempt(BOARD, "typed", True, "the valley board", overridden=True), Grade.HARD),
        (Attempt(BOARD, "flash", True, grade=4), Grade.EASY),
        (Attempt(BOARD, "flash", False, grade=1), Grade.AGAIN),
    ],
    ids=["right", "wrong", "overridden", "flash-easy", "flash-again"],
)
def test_rating(attempt: Attempt, grade: Grade) -> None:
    assert rating(attempt) == grade


def test_i_was_right_is_one_review_and_is_accepted_from_then_on() -> None:
    with ReviewStore.open(fuzz=False) as store:
        bank = with_learner_aliases(QuestionBank((), (BOARD,)), store)
        record_attempt(store, _overridden(bank.questions[0], "the valley board"), T0, duration_ms=900)
        (review,) = store.reviews(BOARD.id)
        assert (review.grade, review.correct, review.typed) == (Grade.HARD, True, "the valley board")
        (again,) = with_learner_aliases(QuestionBank((), (BOARD,)), store).questions
        assert grade_answer("The Valley Board", again).correct
        assert store.due_questions(T0 + dt.timedelta(days=400))[0].aliases == again.aliases


def test_a_failed_alias_write_loses_the_review_too(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    with ReviewStore.open(fuzz=False) as store:
        store.add_questions([BOARD])
        monkeypatch.setattr("quizgen.store.card_sql.insert_alias", broken)
        with pytest.raises(StoreError):
            record_attempt(store, _overridden(BOARD, "the valley board"), T0)
        assert store.reviews(BOARD.id) == []
        assert store.schedule(BOARD.id) == Schedule()


def test_another_date_cannot_be_overridden_as_right() -> None:
    session = QuizSession([OPENED], "typed")
    attempt = session.answer_typed("May 12, 2025")
    assert (attempt.correct, attempt.reason) == (False, "wrong date")
    assert not session.can_override


def test_learner_aliases_join_a_question_once_whatever_their_case() -> None:
    merged = BOARD.with_aliases(["the valley board", "The Valley Board", "river valley water board", " "])
    assert merged.aliases == ("the valley board",)
    assert BOARD.with_aliases([]) is BOARD
