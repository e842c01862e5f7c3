"""Which questions a sitting asks: the learner's options (mode, count, kinds, seed) and the pick.

Apart from `session.py`, which runs the sitting itself, so the CLI can check options without it.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass

from quizgen.errors import QuizgenError
from quizgen.models import KINDS, Question

#: The --mode values; "mixed" is the Learn mode.
MODES: tuple[str, ...] = ("mcq", "typed", "flash", "mixed")


@dataclass(frozen=True)
class QuizOptions:
    """How the learner asked to be quizzed (the CLI options, as typed values)."""

    mode: str = "mixed"
    count: int | None = None
    """At most this many questions; None for all."""
    kinds: tuple[str, ...] = ()
    """Only these kinds of question; empty for all."""
    seed: int | None = None
    """Fixes question and choice order; None for a fresh shuffle each time."""
    autostart: bool = False
    """Go straight to the first question once questions are ready, skipping the start screen."""
    resume: bool = True
    """A Learn session continues where an unfinished one on the same questions stopped; off
    for `quizgen review`, whose due cards must all be asked."""

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise QuizgenError(f"unknown mode {self.mode!r}; choose one of {', '.join(MODES)}")
        if self.count is not None and self.count < 1:
            raise QuizgenError("the number of questions must be at least 1")
        unknown = [k for k in self.kinds if k not in KINDS]
        if unknown:
            raise QuizgenError(f"unknown question kind {unknown[0]!r}; choose from {', '.join(KINDS)}")


def parse_kinds(text: str | None) -> tuple[str, ...]:
    """ "quote, role" -> ("quote", "role"); raises QuizgenError naming an unknown kind."""
    if not text:
        return ()
    kinds = tuple(dict.fromkeys(k.strip().lower() for k in text.split(",") if k.strip()))
    for kind in kinds:
        if kind not in KINDS:
            raise QuizgenError(f"unknown question kind {kind!r} in --kinds; choose from {', '.join(KINDS)}")
    return kinds


def pick_questions(questions: Iterable[Question], options: QuizOptions) -> list[Question]:
    """The questions for this sitting: the chosen kinds, in seeded random order, at most `count`.

    Of two questions of which one gives the other's answer away ("What post does X hold?" / "Who
    is the president of Y?"; "Besides A, which of these …?" / "Which of these …? — A"), only the
    one drawn first is asked; the other waits for another sitting.
    """
    from quizgen.giveaways import apart

    chosen = [q for q in questions if not options.kinds or q.kind in options.kinds]
    random.Random(options.seed).shuffle(chosen)
    picked: list[Question] = []
    for question in chosen:
        if options.count and len(picked) == options.count:
            break
        if not any(apart(question, other) for other in picked):
            picked.append(question)
    return picked
