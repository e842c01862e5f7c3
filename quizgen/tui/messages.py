"""App-wide messages, named for what happened.

Workers only ever post these (posting is thread-safe); handlers on the app change state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from quizgen.errors import QuizgenError
    from quizgen.models import Question, QuestionBank
    from quizgen.session import Results


class LoadProgressed(Message):
    """Question generation moved on: `done` of `total` articles read (total 0 when unknown)."""

    def __init__(self, done: int, total: int, label: str) -> None:
        super().__init__()
        self.done = done
        self.total = total
        self.label = label


class BankLoaded(Message):
    """Questions are ready (and known to the review store, if there is one)."""

    def __init__(self, bank: QuestionBank, due: int | None) -> None:
        super().__init__()
        self.bank = bank
        self.due = due
        """Cards due for review now, or None without a store."""


class BankFailed(Message):
    """Questions could not be generated; `error` is shown and ends the CLI with a non-zero exit."""

    def __init__(self, error: QuizgenError) -> None:
        super().__init__()
        self.error = error


class QuizFinished(Message):
    """The last question of a sitting was answered and its feedback read."""

    def __init__(self, results: Results, mode: str) -> None:
        super().__init__()
        self.results = results
        self.mode = mode


class QuestionShown(Message):
    """A question is on screen, ready for an answer (the moment a learner can start reading).

    Nothing in the app needs it; it is the public point where a test or a benchmark can
    notice a question appear, without reaching into the quiz screen.
    """

    def __init__(self, question: Question, format: str) -> None:
        super().__init__()
        self.question = question
        self.format = format
        """How it is asked: "mcq", "typed" or "flash"."""
