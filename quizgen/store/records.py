"""What the store keeps about a card beyond its `Question`: schedule, review log, learner aliases.

Used to move history between machines (export/import) without exposing rows or SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from quizgen.models import Question
from quizgen.srs import Grade, Schedule, require_utc

_MAX_DURATION_MS = 2**53
"""Bounds a stored duration to what SQLite (and JSON readers) hold exactly."""
EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(2200, 1, 1, tzinfo=dt.UTC)
"""Times the store accepts: far from the ends of `datetime`, so shifting one into any timezone
or adding a scheduling interval cannot overflow."""


def in_time_range(when: dt.datetime) -> bool:
    """Whether `when` is an aware time between EARLIEST and LATEST."""
    return when.utcoffset() is not None and EARLIEST <= when <= LATEST


@dataclass(frozen=True)
class Review:
    """One answer, as logged."""

    reviewed_at: dt.datetime
    grade: Grade
    correct: bool
    mode: str
    """How the question was asked: "mcq", "typed" or "flash"."""
    typed: str | None = None
    """What the learner typed, in typed mode."""
    duration_ms: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "reviewed_at", require_utc(self.reviewed_at, "reviewed_at"))
        object.__setattr__(self, "grade", Grade(self.grade))

    def to_dict(self) -> dict[str, Any]:
        return {
            "reviewed_at": self.reviewed_at.isoformat(),
            "grade": int(self.grade),
            "correct": self.correct,
            "mode": self.mode,
            "typed": self.typed,
            "duration_ms": self.duration_ms,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Review:
        """Inverse of `to_dict`; raises ValueError/TypeError/KeyError on malformed input."""
        correct, mode, typed, duration = (
            data["correct"],
            data["mode"],
            data.get("typed"),
            data.get("duration_ms"),
        )
        if not isinstance(correct, bool):
            raise TypeError("correct must be true or false")
        if not isinstance(mode, str) or not mode:
            raise TypeError("mode must be a non-empty string")
        if typed is not None and not isinstance(typed, str):
            raise TypeError("typed must be a string")
        if duration is not None and (isinstance(duration, bool) or not isinstance(duration, int)):
            raise TypeError("duration_ms must be an integer")
        if duration is not None and not 0 <= duration <= _MAX_DURATION_MS:
            raise ValueError(f"duration_ms must be between 0 and {_MAX_DURATION_MS}, not {duration}")
        grade = data["grade"]
        if isinstance(grade, bool) or not isinstance(grade, int):
            raise TypeError("grade must be an integer 1-4")
        return cls(
            reviewed_at=dt.datetime.fromisoformat(str(data["reviewed_at"])),
            grade=Grade(grade),
            correct=correct,
            mode=mode,
            typed=typed,
            duration_ms=duration,
        )


@dataclass(frozen=True)
class CardHistory:
    """Everything the store knows about one card."""

    question: Question
    article_title: str = ""
    schedule: Schedule = field(default_factory=Schedule)
    learner_aliases: tuple[str, ...] = ()
    reviews: tuple[Review, ...] = ()
    """Oldest first."""


@dataclass(frozen=True)
class ArticleSummary:
    """One studied article, as `quizgen articles` lists it."""

    article_id: str
    title: str
    published: dt.date | None
    questions: int
    new: int
    """Never answered (suspended cards are counted only as suspended)."""
    learning: int
    """In FSRS's (re)learning steps."""
    due: int
    """Due now."""
    suspended: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.article_id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "questions": self.questions,
            "new": self.new,
            "learning": self.learning,
            "due": self.due,
            "suspended": self.suspended,
        }
