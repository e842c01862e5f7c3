"""What the quiz app does with the review store during a sitting: each answer saved once,
taken back on undo, a question suspended, the flash intervals previewed.

The base of QuizApp (quizgen/tui/app.py), kept apart so each module stays small.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import App

from quizgen.errors import QuizgenError
from quizgen.models import Question

if TYPE_CHECKING:
    from quizgen.session import Attempt, QuizSession
    from quizgen.store import ReviewStore


class AnswerRecording(App[None]):
    """The store hooks the quiz screen is given; the app sets the attributes below."""

    store: ReviewStore | None
    clock: Callable[[], dt.datetime]
    failure: QuizgenError | None
    _session: QuizSession | None
    _resumable: bool
    """The current sitting is a Learn session on the articles: its progress is kept to resume."""
    _recorded: set[str]
    """Questions answered into the history this sitting: a retry is not a second FSRS review."""

    def save_attempt(self, attempt: Attempt, duration_ms: int | None) -> bool:
        """Record an answer unless its question was already answered this sitting; keep Learn progress.

        A question missed and retried (later in a Learn round, or with `r` on the results) is one
        FSRS review, graded by the first answer, as Anki counts a card once per day of learning.
        """
        if self.store is None:
            return False
        first = attempt.question.id not in self._recorded
        saved = first and self.record_attempt(attempt, duration_ms)
        if saved:
            self._recorded.add(attempt.question.id)
        self._save_level(attempt.question)
        return saved  # an answer not saved must not be "undone": that would remove an earlier one

    def undo_attempt(self, attempt: Attempt, recorded: bool) -> None:
        """An answer was taken back: out of the history (schedule restored) if it went in."""
        assert self.store is not None  # the quiz screen is given this only with a store
        try:
            if recorded:
                self.store.undo_review(attempt.question.id)
                self._recorded.discard(attempt.question.id)
            self._save_level(attempt.question)
        except QuizgenError as exc:
            self.notify(str(exc), title="Undo not saved", severity="error", markup=False)

    def suspend_question(self, question: Question) -> None:
        """ "Don't ask this again": suspended in the store, so no quiz or review asks it."""
        assert self.store is not None  # the quiz screen is given this only with a store
        try:
            self.store.suspend(question.id)
        except QuizgenError as exc:
            self.notify(str(exc), title="Not suspended", severity="error", markup=False)

    def flash_intervals(self, question: Question) -> tuple[str, ...] | None:
        """When the card would be due again after each flash grade ("1m", "10m", "1d", "4d")."""
        if self.store is None or question.id in self._recorded:
            return None  # a retry this sitting is not rescheduled
        from quizgen.srs import Schedule
        from quizgen.tui.widgets.flash_card import short_interval

        schedule = self.store.schedule(question.id) or Schedule()
        return tuple(short_interval(d) for d in self.store.scheduler.preview(schedule, self.clock()))

    def _save_level(self, question: Question) -> None:
        session = self._session  # _resumable: a Learn session with a store
        if self.store and session and self._resumable and question.id in session.ids:
            self.store.save_learn_progress({question.id: session.level(question.id)})

    def record_attempt(self, attempt: Attempt, duration_ms: int | None) -> bool:
        """Save a settled answer to the review store (commits before returning); False if it failed."""
        if self.store is None:
            return False
        from quizgen.answers import record_attempt

        try:
            record_attempt(self.store, attempt, self.clock(), duration_ms=duration_ms)
        except QuizgenError as exc:
            self.failure = self.failure or exc
            self.notify(str(exc), title="Answer not saved", severity="error", markup=False)
            return False
        return True
