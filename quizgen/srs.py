"""Spaced repetition: turns a quiz answer into the card's next due date with FSRS.

The only module that imports `fsrs`, and only when a card is first graded: opening the store to
draw the first card of a review does not pay for it. Everything else sees `Grade` and
`Schedule`, so the scheduler could be swapped without touching the store or the TUI. Times are UTC-aware
datetimes passed in by the caller (py-fsrs rejects anything else), which lets tests run on a
fixed clock with fuzzing off.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from enum import IntEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import fsrs

#: Names of the learning states a card can be in; "new" means never answered.
STATES: tuple[str, ...] = ("new", "learning", "review", "relearning")


#: The range FSRS keeps a card's difficulty in.
MIN_DIFFICULTY, MAX_DIFFICULTY = 1.0, 10.0
#: Far beyond any (re)learning-step list; bounds a stored step to what SQLite can hold.
MAX_STEP = 1000


class Grade(IntEnum):
    """How well the learner recalled a card; the same four grades as Anki and FSRS."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


def grade_for(correct: bool, overridden: bool = False) -> Grade:
    """The grade for an auto-graded answer.

    Binary grading costs FSRS almost nothing (srs-benchmark: log-loss 0.3256 vs 0.3214), so a
    right answer is GOOD and a wrong one AGAIN. An answer the grader rejected but the learner
    overrode ("I was right") still counts as a pass, but a shaky one: HARD.
    """
    if not correct:
        return Grade.AGAIN
    return Grade.HARD if overridden else Grade.GOOD


def require_utc(value: dt.datetime, what: str = "time") -> dt.datetime:
    """Return `value` in UTC; refuse naive datetimes, whose meaning depends on the machine."""
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{what} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be a timezone-aware datetime (UTC), got naive {value.isoformat()}")
    return value.astimezone(dt.UTC)


@dataclass(frozen=True)
class Schedule:
    """Where a card stands in FSRS: its memory state and when it is next due.

    A card nobody has answered yet is `Schedule()`: state "new", no due date. It is not due;
    cards enter the schedule when first answered.
    """

    state: str = "new"
    step: int | None = None
    """Position in the (re)learning steps, while learning or relearning."""
    stability: float | None = None
    """Days until recall probability falls to 90%."""
    difficulty: float | None = None
    due: dt.datetime | None = None
    last_review: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.state not in STATES:
            raise ValueError(f"unknown card state {self.state!r}")
        for name in ("due", "last_review"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, require_utc(value, name))
        # FSRS cannot review a card that is "learning" with no memory state, so refuse it here
        # (e.g. from a hand-edited history file) rather than fail at the next answer.
        scheduled = (self.due, self.last_review, self.stability, self.difficulty)
        if self.is_new and any(v is not None for v in scheduled):
            raise ValueError("a new card cannot have a due date or memory state")
        if not self.is_new and any(v is None for v in scheduled):
            raise ValueError(f"a {self.state} card needs due, last_review, stability and difficulty")
        # FSRS keeps stability above zero and difficulty within 1-10; a value outside (again from
        # a hand-edited file) would only fail, or schedule nonsense, at the card's next review.
        if self.stability is not None and not (math.isfinite(self.stability) and self.stability > 0):
            raise ValueError(f"stability must be a number above 0, not {self.stability!r}")
        if self.difficulty is not None and not (
            math.isfinite(self.difficulty) and MIN_DIFFICULTY <= self.difficulty <= MAX_DIFFICULTY
        ):
            raise ValueError(
                f"difficulty must be between {MIN_DIFFICULTY:g} and {MAX_DIFFICULTY:g}, not {self.difficulty!r}"
            )
        if self.step is not None and not 0 <= self.step <= MAX_STEP:
            raise ValueError(f"step must be between 0 and {MAX_STEP}, not {self.step!r}")

    @property
    def is_new(self) -> bool:
        return self.state == "new"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, used in exported history."""
        return {
            "state": self.state,
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": self.due.isoformat() if self.due else None,
            "last_review": self.last_review.isoformat() if self.last_review else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Schedule:
        """Inverse of `to_dict`; raises ValueError/TypeError/KeyError on malformed input."""

        def when(key: str) -> dt.datetime | None:
            text = data.get(key)
            return dt.datetime.fromisoformat(text) if text is not None else None

        def number(key: str, kind: type) -> Any:
            value = data.get(key)
            if value is None:
                return None
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"{key} must be a number")
            return kind(value)

        return cls(
            state=str(data["state"]),
            step=number("step", int),
            stability=number("stability", float),
            difficulty=number("difficulty", float),
            due=when("due"),
            last_review=when("last_review"),
        )


class Scheduler:
    """FSRS-6 with its default parameters, reviewing `Schedule`s.

    Args:
        fuzz: Spread intervals a little at random so cards learned together do not stay
            bunched on the same day. On in real use; tests turn it off for exact dates.
        desired_retention: Target probability of recall at the due date (Anki's default, 0.9).
    """

    def __init__(self, *, fuzz: bool = True, desired_retention: float = 0.9) -> None:
        self._fuzz = fuzz
        self._retention = desired_retention

    @cached_property
    def _fsrs(self) -> fsrs.Scheduler:
        import fsrs  # deferred: a review draws its first card before any is graded

        return fsrs.Scheduler(desired_retention=self._retention, enable_fuzzing=self._fuzz)

    @cached_property
    def _exact(self) -> fsrs.Scheduler:
        import fsrs

        return fsrs.Scheduler(desired_retention=self._retention, enable_fuzzing=False)

    def preview(self, schedule: Schedule, now: dt.datetime) -> tuple[dt.timedelta, ...]:
        """How long until the card is due again after each grade, Again to Easy (without fuzz)."""
        now = require_utc(now, "review time")
        import fsrs

        card = fsrs.Card(card_id=1, due=now) if schedule.is_new else _fsrs_card(schedule)
        return tuple(self._exact.review_card(card, fsrs.Rating(int(grade)), now)[0].due - now for grade in Grade)

    def review(
        self,
        schedule: Schedule,
        grade: Grade,
        now: dt.datetime,
        *,
        duration_ms: int | None = None,
    ) -> Schedule:
        """The card's schedule after it was answered with `grade` at `now`."""
        now = require_utc(now, "review time")
        grade = Grade(grade)
        import fsrs

        card = fsrs.Card(card_id=1, due=now) if schedule.is_new else _fsrs_card(schedule)
        card, _log = self._fsrs.review_card(card, fsrs.Rating(int(grade)), now, duration_ms)
        return replace(
            schedule,
            state=card.state.name.lower(),  # Learning, Review, Relearning: the names in STATES
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=card.due,
            last_review=card.last_review,
        )


def _fsrs_card(schedule: Schedule) -> fsrs.Card:
    """The fsrs card for a scheduled (not new) `Schedule`."""
    import fsrs

    return fsrs.Card(
        card_id=1,  # fsrs only uses the id to link logs; the store keys cards itself
        state=fsrs.State[schedule.state.capitalize()],
        step=schedule.step,
        stability=schedule.stability,
        difficulty=schedule.difficulty,
        due=schedule.due,
        last_review=schedule.last_review,
    )
