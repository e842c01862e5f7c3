"""Learning statistics from the database's own tallies: totals, accuracy, streak and per-day history.

The repository counts in SQL (per kind and state, per kind of review, per quarter hour), so
what reaches Python stays small however long the history; this module turns the tallies into
the figures, with no SQL and no I/O, so they are easy to test on made-up tallies.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from quizgen.models import KINDS
from quizgen.srs import STATES, require_utc

HISTORY_DAYS = 30
"""How many days of per-day history `summarize` reports (ending today)."""

SLOT = dt.timedelta(minutes=15)
"""Reviews are tallied per quarter hour (UTC): every timezone's offset is a whole number of
quarter hours, so each slot falls on one local day wherever the learner is."""


@dataclass(frozen=True)
class Tallies:
    """What `quizgen stats` needs from the database, counted there."""

    cards: Mapping[tuple[str, str], int]
    """Cards by (kind, state)."""
    due: int
    """Cards due now."""
    next_due: dt.datetime | None
    reviews: Mapping[str, tuple[int, int]]
    """(reviews, correct) by the kind of the card reviewed."""
    slots: Iterable[tuple[dt.datetime, int, int]]
    """(UTC start of a quarter hour, reviews, correct) for every quarter hour with reviews."""


@dataclass(frozen=True)
class _JsonView:
    """Read a figure by its JSON name, `figures["accuracy"]`, as front ends written against the
    former dict do (the TUI's stats screen); new code reads the attributes."""

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError


@dataclass(frozen=True)
class KindFigures(_JsonView):
    """Cards, reviews and share right for one kind of question."""

    cards: int
    reviews: int
    correct: int
    accuracy: float | None
    """0–1, None before any review."""

    def to_dict(self) -> dict[str, Any]:
        return {"cards": self.cards, "reviews": self.reviews, "correct": self.correct, "accuracy": self.accuracy}


@dataclass(frozen=True)
class DayFigures(_JsonView):
    """Reviews on one day of the learner's calendar."""

    date: dt.date
    reviews: int
    correct: int

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "reviews": self.reviews, "correct": self.correct}


@dataclass(frozen=True)
class Stats(_JsonView):
    """The figures `quizgen stats` prints; `to_dict()` is its JSON."""

    reviews: int
    cards: int
    new: int
    due: int
    accuracy: float | None
    """0–1, None before any review."""
    by_kind: Mapping[str, KindFigures]
    """In the order of `models.KINDS`, then any other kind by name."""
    by_state: Mapping[str, int]
    streak_days: int
    reviewed_today: int
    next_due: dt.datetime | None
    history: tuple[DayFigures, ...]
    """Oldest day first, ending today."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "reviews": self.reviews,
            "cards": self.cards,
            "new": self.new,
            "due": self.due,
            "accuracy": self.accuracy,
            "by_kind": {kind: figures.to_dict() for kind, figures in self.by_kind.items()},
            "by_state": dict(self.by_state),
            "streak_days": self.streak_days,
            "reviewed_today": self.reviewed_today,
            "next_due": self.next_due.isoformat() if self.next_due else None,
            "history": [day.to_dict() for day in self.history],
        }


def summarize(
    tallies: Tallies,
    now: dt.datetime,
    *,
    tz: dt.tzinfo = dt.UTC,
    days: int = HISTORY_DAYS,
) -> Stats:
    """The figures `quizgen stats` prints.

    Args:
        tz: Where "a day" begins and ends for streaks and history: the learner's own
            timezone, so a review at 23:30 local time counts for that day.
        days: Length of the per-day history, ending with today.
    """
    now = require_utc(now)
    today = now.astimezone(tz).date()
    states: Counter[str] = Counter()
    for (_kind, state), count in tallies.cards.items():
        states[state] += count
    by_kind = _by_kind(tallies)
    per_day: Counter[dt.date] = Counter()
    correct_per_day: Counter[dt.date] = Counter()
    for start, reviews, correct in tallies.slots:
        day = start.astimezone(tz).date()
        per_day[day] += reviews
        correct_per_day[day] += correct
    history = tuple(
        DayFigures(day, per_day[day], correct_per_day[day])
        for day in (today - dt.timedelta(days=offset) for offset in range(days - 1, -1, -1))
    )
    total = sum(figures.reviews for figures in by_kind.values())
    return Stats(
        reviews=total,
        cards=sum(figures.cards for figures in by_kind.values()),
        new=states["new"],
        due=tallies.due,
        accuracy=_ratio(sum(figures.correct for figures in by_kind.values()), total),
        by_kind=by_kind,
        by_state={state: states[state] for state in STATES},
        streak_days=streak(per_day.keys(), today),
        reviewed_today=per_day[today],
        next_due=tallies.next_due,
        history=history,
    )


def _by_kind(tallies: Tallies) -> dict[str, KindFigures]:
    """Figures per kind of question, in the order of `models.KINDS`, then any other by name."""
    cards: Counter[str] = Counter()
    for (kind, _state), count in tallies.cards.items():
        cards[kind] += count
    reviews = {kind: pair[0] for kind, pair in tallies.reviews.items()}
    correct = {kind: pair[1] for kind, pair in tallies.reviews.items()}
    kinds = [k for k in KINDS if k in cards or k in reviews]
    kinds += sorted((set(cards) | set(reviews)) - set(KINDS))
    return {
        kind: KindFigures(
            cards=cards[kind],
            reviews=reviews.get(kind, 0),
            correct=correct.get(kind, 0),
            accuracy=_ratio(correct.get(kind, 0), reviews.get(kind, 0)),
        )
        for kind in kinds
    }


def streak(days_with_reviews: Iterable[dt.date], today: dt.date) -> int:
    """Consecutive days with at least one review, ending today.

    A streak that ended yesterday still counts: the learner has until the end of today to
    keep it going.
    """
    active = set(days_with_reviews)
    day = today if today in active else today - dt.timedelta(days=1)
    count = 0
    while day in active:
        count += 1
        day -= dt.timedelta(days=1)
    return count


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None
