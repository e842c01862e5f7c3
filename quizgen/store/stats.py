"""Learning statistics computed from plain rows: totals, accuracy, streak and per-day history.

No SQL here (the repository fetches the rows) and no I/O, so the figures are easy to test on a
made-up history.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from quizgen.models import KINDS
from quizgen.srs import STATES, require_utc

HISTORY_DAYS = 30
"""How many days of per-day history `summarize` reports (ending today)."""


@dataclass(frozen=True)
class CardRow:
    kind: str
    state: str
    due: dt.datetime | None


@dataclass(frozen=True)
class ReviewRow:
    kind: str
    reviewed_at: dt.datetime
    correct: bool


def summarize(
    cards: Iterable[CardRow],
    reviews: Iterable[ReviewRow],
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
    cards = list(cards)
    reviews = list(reviews)

    card_kinds = Counter(c.kind for c in cards)
    review_kinds = Counter(r.kind for r in reviews)
    correct_kinds = Counter(r.kind for r in reviews if r.correct)
    kinds = [k for k in KINDS if k in card_kinds or k in review_kinds]
    kinds += sorted((set(card_kinds) | set(review_kinds)) - set(KINDS))
    by_kind = {
        kind: {
            "cards": card_kinds[kind],
            "reviews": review_kinds[kind],
            "correct": correct_kinds[kind],
            "accuracy": _ratio(correct_kinds[kind], review_kinds[kind]),
        }
        for kind in kinds
    }

    per_day: Counter[dt.date] = Counter()
    correct_per_day: Counter[dt.date] = Counter()
    for review in reviews:
        day = review.reviewed_at.astimezone(tz).date()
        per_day[day] += 1
        correct_per_day[day] += review.correct

    history = []
    for offset in range(days - 1, -1, -1):
        day = today - dt.timedelta(days=offset)
        history.append({"date": day.isoformat(), "reviews": per_day[day], "correct": correct_per_day[day]})

    scheduled = [c.due for c in cards if c.due is not None]
    states = Counter(c.state for c in cards)
    return {
        "reviews": len(reviews),
        "cards": len(cards),
        "new": states["new"],
        "due": sum(1 for due in scheduled if due <= now),
        "accuracy": _ratio(sum(correct_kinds.values()), len(reviews)),
        "by_kind": by_kind,
        "by_state": {state: states[state] for state in STATES},
        "streak_days": streak(per_day.keys(), today),
        "reviewed_today": per_day[today],
        "next_due": min(scheduled).isoformat() if scheduled else None,
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
