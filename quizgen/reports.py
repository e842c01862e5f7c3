"""Short plain-text wording of learning statistics and due dates, for the CLI."""

from __future__ import annotations

import datetime as dt
from typing import Any

from quizgen.srs import require_utc


def when(moment: dt.datetime, now: dt.datetime, tz: dt.tzinfo) -> str:
    """A due time for people: local clock time plus how far away it is ("2024-03-16 13:10 (in 2 days)")."""
    moment, now = require_utc(moment, "due time"), require_utc(now)
    local = moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    seconds = (moment - now).total_seconds()
    if seconds <= 0:
        return f"{local} (now)"
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            count = round(seconds / size)
            return f"{local} (in {count} {unit}{'s' if count != 1 else ''})"
    return f"{local} (in under a minute)"


def nothing_due(next_due: dt.datetime | None, now: dt.datetime, tz: dt.tzinfo) -> str:
    """The one line `quizgen review` prints when no card is due."""
    if next_due is None:
        return "Nothing is due. Next review: none yet; answer some questions with `quizgen quiz` first."
    return f"Nothing is due. Next review: {when(next_due, now, tz)}."


def stats_text(stats: dict[str, Any], now: dt.datetime, tz: dt.tzinfo) -> str:
    """A few readable lines summarising `ReviewStore.stats()`."""
    accuracy = stats["accuracy"]
    lines = [
        f"Cards: {stats['cards']} ({stats['new']} new), due now: {stats['due']}",
        f"Reviews: {stats['reviews']}, accuracy: {_percent(accuracy)}, today: {stats['reviewed_today']}",
        f"Streak: {_count(stats['streak_days'], 'day')}",
    ]
    if stats["next_due"] and not stats["due"]:
        lines.append(f"Next review: {when(dt.datetime.fromisoformat(stats['next_due']), now, tz)}")
    if stats["by_kind"]:
        lines.append("By kind:")
        width = max(len(kind) for kind in stats["by_kind"])
        for kind, figures in stats["by_kind"].items():
            lines.append(
                f"  {kind:<{width}}  {_count(figures['cards'], 'card'):>10}  "
                f"{_count(figures['reviews'], 'review'):>12}  {_percent(figures['accuracy']):>5} right"
            )
    return "\n".join(lines)


def _percent(ratio: float | None) -> str:
    return "–" if ratio is None else f"{ratio:.0%}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
