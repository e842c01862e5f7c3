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


def summarize(
    tallies: Tallies,
    now: dt.datetime,
    *,
    tz: dt.tzinfo = dt.UTC,
    days: int = HISTORY_DAYS,
) -> dict[str, Any]:
    """The figures `quizgen stats` prints, as JSON-ready data.

    Args:
        tz: Where "a day" begins and ends for streaks and history: the learner's own
            timezone, so a review at 23:30 local time counts for that day.
        days: Length of the per-day history, ending with today.

    Returns keys: reviews, cards, new, due, accuracy (0–1, None before any review), by_kind,
    by_state, streak_days, reviewed_today, next_due, history (oldest day first).
    """
    now = require_utc(now)
    today = now.astimezone(tz).date()
    card_kinds: Counter[str] = Counter()
    states: Counter[str] = Counter()
    for (kind, state), count in tallies.cards.items():
        card_kinds[kind] += count
        states[state] += count
    review_kinds = {kind: pair[0] for kind, pair in tallies.reviews.items()}
    correct_kinds = {kind: pair[1] for kind, pair in tallies.reviews.items()}
    kinds = [k for k in KINDS if k in card_kinds or k in review_kinds]
    kinds += sorted((set(card_kinds) | set(review_kinds)) - set(KINDS))
    by_kind = {
        kind: {
            "cards": card_kinds[kind],
            "reviews": review_kinds.get(kind, 0),
            "correct": correct_kinds.get(kind, 0),
            "accuracy": _ratio(correct_kinds.get(kind, 0), review_kinds.get(kind, 0)),
        }
        for kind in kinds
    }

    per_day: Counter[dt.date] = Counter()
    correct_per_day: Counter[dt.date] = Counter()
    for start, reviews, correct in tallies.slots:
        day = start.astimezone(tz).date()
        per_day[day] += reviews
        correct_per_day[day] += correct

    history = []
    for offset in range(days - 1, -1, -1):
        day = today - dt.timedelta(days=offset)
        history.append({"date": day.isoformat(), "reviews": per_day[day], "correct": correct_per_day[day]})

    total = sum(review_kinds.values())
    return {
        "reviews": total,
        "cards": sum(card_kinds.values()),
        "new": states["new"],
        "due": tallies.due,
        "accuracy": _ratio(sum(correct_kinds.values()), total),
        "by_kind": by_kind,
        "by_state": {state: states[state] for state in STATES},
        "streak_days": streak(per_day.keys(), today),
        "reviewed_today": per_day[today],
        "next_due": tallies.next_due.isoformat() if tallies.next_due else None,
        "history": history,
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
