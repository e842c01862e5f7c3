"""From an answer to a review: the FSRS rating an attempt earns and what the store records.

The policy lives here, not in a front end, so the TUI and any other front end record answers
the same way: one call, one transaction (the review, the card's new schedule, and the answer
the learner overrode as right, accepted from then on).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.models import QuestionBank
from quizgen.srs import Grade, grade_for

if TYPE_CHECKING:
    from quizgen.session import Attempt
    from quizgen.store import ReviewStore


def rating(attempt: Attempt) -> Grade:
    """The learner's own grade for a flash card; otherwise GOOD when right, HARD when
    overridden ("I was right"), AGAIN when wrong (see `quizgen.srs.grade_for`)."""
    if attempt.grade is not None:
        return Grade(attempt.grade)
    return grade_for(attempt.correct, attempt.overridden)


def record_attempt(
    store: ReviewStore, attempt: Attempt, now: dt.datetime, *, duration_ms: int | None = None
) -> dt.datetime:
    """Record a settled attempt in one committed transaction; return when the card is next due."""
    typed = attempt.response if attempt.format == "typed" else None
    return store.record_review(
        attempt.question,
        rating(attempt),
        now,
        correct=attempt.correct,
        mode=attempt.format,
        typed=typed,
        duration_ms=duration_ms,
        accept=typed if attempt.overridden else None,
    )


def with_learner_aliases(bank: QuestionBank, store: ReviewStore) -> QuestionBank:
    """Register the bank's questions with the store; return them accepting the learner's own answers."""
    store.add_questions(
        bank.questions,
        titles={a.id: a.title for a in bank.articles},
        published={a.id: a.published for a in bank.articles},
    )
    learner = store.learner_aliases()  # one query for the whole bank
    return replace(bank, questions=tuple(q.with_aliases(learner.get(q.id, ())) for q in bank.questions))
