"""How a sitting went: the score by kind, the misses, and the summary between Learn rounds.

Kept apart from `quizgen.session` (which decides what is asked next) so the results screen,
the exit line and the reports depend only on these records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.models import KINDS, Question


@dataclass(frozen=True)
class KindScore:
    kind: str
    right: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.right / self.total) if self.total else 0


@dataclass(frozen=True)
class RoundSummary:
    """Between Learn rounds: how this round went and how far the whole session is."""

    round: int
    asked: int
    right: int
    familiar: int
    """Questions answered right at least as multiple choice (mastered ones included)."""
    mastered: int
    """Questions answered right typed: done."""
    total: int


@dataclass(frozen=True)
class Results:
    """The end of a sitting: a question counts as right if it was never answered wrong."""

    right: int
    total: int
    by_kind: tuple[KindScore, ...]
    missed: tuple[Question, ...]
    attempts: int


def score_sitting(asked: Sequence[Question], missed_ids: set[str], attempts: int) -> Results:
    """The results over the questions `asked` (in order), of which those in `missed_ids` were
    answered wrong at least once; `attempts` counts every answer settled."""
    missed = tuple(q for q in asked if q.id in missed_ids)
    by_kind = []
    for kind in sorted({q.kind for q in asked}, key=_kind_order):
        of_kind = [q for q in asked if q.kind == kind]
        right = sum(1 for q in of_kind if q.id not in missed_ids)
        by_kind.append(KindScore(kind, right, len(of_kind)))
    return Results(len(asked) - len(missed), len(asked), tuple(by_kind), missed, attempts)


def _kind_order(kind: str) -> tuple[int, str]:
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), kind)
