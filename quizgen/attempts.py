"""What the learner sees and does in a sitting: the question as asked, and one answer to it.

The front ends show a `Prompt` and get back an `Attempt`; `quizgen.session` decides which
prompt comes next, `quizgen.answers` turns a settled attempt into a review.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.models import Question


@dataclass(frozen=True)
class Prompt:
    """A question as it is asked right now."""

    question: Question
    format: str
    """"mcq", "typed" or "flash"."""
    choices: tuple[str, ...] = ()
    """Shuffled choices, for mcq."""
    round: int = 1


@dataclass(frozen=True)
class Attempt:
    """One answer and the verdict on it."""

    question: Question
    format: str
    correct: bool
    response: str | None = None
    """What was typed or chosen; None for flash."""
    reason: str = ""
    """The grader's reason for typed answers (see `quizgen.grading.Verdict`)."""
    overridden: bool = False
    """The grader said wrong, the learner said "I was right"."""
    grade: int | None = None
    """The learner's own grade in flash mode, 1 (Again) to 4 (Easy)."""
