"""Short plain-text wording for the CLI: statistics, due dates, the article library, the exit line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.srs import require_utc

if TYPE_CHECKING:
    from quizgen.session import Results
    from quizgen.store.records import ArticleSummary
    from quizgen.store.stats import Stats


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


def stats_text(stats: Stats, now: dt.datetime, tz: dt.tzinfo) -> str:
    """A few readable lines summarising `ReviewStore.stats()`."""
    lines = [
        f"Cards: {stats.cards} ({stats.new} new), due now: {stats.due}",
        f"Reviews: {stats.reviews}, accuracy: {_percent(stats.accuracy)}, today: {stats.reviewed_today}",
        f"Streak: {_count(stats.streak_days, 'day')}",
    ]
    if stats.next_due and not stats.due:
        lines.append(f"Next review: {when(stats.next_due, now, tz)}")
    if stats.by_kind:
        lines.append("By kind:")
        width = max(len(kind) for kind in stats.by_kind)
        for kind, figures in stats.by_kind.items():
            lines.append(
                f"  {kind:<{width}}  {_count(figures.cards, 'card'):>10}  "
                f"{_count(figures.reviews, 'review'):>12}  {_percent(figures.accuracy):>5} right"
            )
    return "\n".join(lines)


def _percent(ratio: float | None) -> str:
    return "–" if ratio is None else f"{ratio:.0%}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def articles_text(articles: Sequence[ArticleSummary]) -> str:
    """`quizgen articles`: one line per article, a header, and a total when there are several."""
    if not articles:
        return "No articles yet; answer some questions with `quizgen quiz` first."
    header = ("Article", "Date", "Questions", "New", "Learning", "Due", "Suspended")
    rows = [
        (
            a.title or a.article_id,
            a.published.isoformat() if a.published else "undated",
            *(str(n) for n in (a.questions, a.new, a.learning, a.due, a.suspended)),
        )
        for a in articles
    ]
    width = min(56, max(len(row[0]) for row in [header, *rows]))
    lines = []
    for row in [header, *rows]:
        title = row[0] if len(row[0]) <= width else row[0][: width - 1] + "…"
        counts = "".join(f"{value:>{len(name) + 2}}" for value, name in zip(row[2:], header[2:], strict=True))
        lines.append(f"{title:<{width}}  {row[1]:<10}{counts}")
    plural = "s" if len(articles) != 1 else ""
    lines.append(f"{len(articles)} article{plural}; forget one with `quizgen forget ARTICLE`.")
    return "\n".join(lines)


def exit_line(results: Results | None, next_due: dt.datetime | None, now: dt.datetime, tz: dt.tzinfo) -> str:
    """The one line printed when the quiz app closes: the score, and when to come back."""
    if results is None or not results.total:
        score = "No questions answered"
    else:
        score = f"Score {results.right}/{results.total} ({round(100 * results.right / results.total)}%)"
    if next_due is None:
        return f"{score}. Next review: none scheduled."
    return f"{score}. Next review: {when(next_due, now, tz)}."
