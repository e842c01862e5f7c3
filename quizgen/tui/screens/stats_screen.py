"""Provides a screen showing the learner's progress: totals, streak, a per-day chart, accuracy by kind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from quizgen.tui.widgets.key_footer import KeyFooter

if TYPE_CHECKING:
    from quizgen.store import ReviewStore

CHART_HEIGHT = 6
"""Rows of the per-day chart; each row holds eight levels (▁ to █)."""
_BLOCKS = " ▁▂▃▄▅▆▇█"


class StatsScreen(Screen[None]):
    """Learning statistics from the review store, as of a time passed in.

    Args:
        store: The open review store to read from (read-only here).
        now: The current time (UTC-aware): what counts as due, today and the streak.
        tz: Where days begin and end; default the timezone of the machine at `now`.
    """

    BINDINGS = [
        Binding("escape", "close", "Back", id="stats-close"),
        Binding("q", "close", "Back", show=False, id="stats-close-q"),
    ]

    def __init__(self, store: ReviewStore, now: dt.datetime, *, tz: dt.tzinfo | None = None) -> None:
        super().__init__()
        self.store = store
        self.now = now
        self.tz = tz or now.astimezone().tzinfo or dt.UTC
        self.figures: dict[str, Any] = {}
        """The last `ReviewStore.stats()` result shown."""

    def compose(self) -> ComposeResult:
        self.figures = self.store.stats(self.now, tz=self.tz).to_dict()
        history = self.figures["history"]
        with VerticalScroll(id="stats"):
            yield Static("Your progress", id="stats-title")
            yield Static(summary(self.figures), id="stats-figures")
            yield Static(
                Content.assemble(
                    f"Answers per day, last {len(history)} days  (",
                    ("right", "$success"),
                    " / ",
                    ("wrong", "$error"),
                    ")",
                ),
                id="stats-chart-label",
            )
            yield Static(history_chart(history, CHART_HEIGHT), id="stats-chart")
            yield Static(by_kind_table(self.figures["by_kind"]), id="stats-kinds")
        yield KeyFooter()

    def action_close(self) -> None:
        """Back to where the stats were opened from."""
        self.dismiss()


def summary(figures: dict[str, Any]) -> Content:
    """The headline figures, one per line."""
    accuracy = figures["accuracy"]
    streak = figures["streak_days"]
    return Content("\n").join(
        [
            Content.assemble(("Due now  ", "bold"), str(figures["due"]), f"   of {figures['cards']} cards"),
            Content.assemble(
                ("Answers  ", "bold"),
                str(figures["reviews"]),
                f"   {'–' if accuracy is None else f'{accuracy:.0%}'} right",
                f"   {figures['reviewed_today']} today",
            ),
            Content.assemble(("Streak   ", "bold"), f"{streak} day{'' if streak == 1 else 's'}"),
        ]
    )


def history_chart(history: Sequence[dict[str, Any]], height: int) -> Content:
    """A bar per day (one cell and a gap), right answers stacked under wrong ones, with a date axis.

    Drawn by hand rather than with `Sparkline` so that it can show both counts and label its
    axes; the tallest day fills `height` rows.
    """
    counts = [int(day["reviews"]) for day in history]
    peak = max(counts, default=0)
    levels = height * 8
    label_width = len(str(peak))
    rows: list[Content] = []
    for row in range(height - 1, -1, -1):
        label = str(peak) if row == height - 1 else ""
        parts: list[Content | tuple[str, str] | str] = [f"{label:>{label_width}} ▕"]
        for day in history:
            total = _scaled(int(day["reviews"]), peak, levels)
            right = _scaled(int(day["correct"]), peak, levels)
            filled = min(max(total - row * 8, 0), 8)
            if not filled:
                parts.append("  ")
                continue
            # A cell is "right" when most of what it shows lies under the right-answer height.
            colour = "$success" if right >= row * 8 + filled / 2 else "$error"
            parts.append((_BLOCKS[filled], colour))
            parts.append(" ")
        rows.append(Content.assemble(*parts))
    if history:
        rows.append(Content(" " * label_width + " ▕" + "▔" * (len(history) * 2)))
        first, last = history[0]["date"], "today"
        gap = max(1, len(history) * 2 - len(first) - len(last))
        rows.append(Content(" " * (label_width + 2) + first + " " * gap + last))
    return Content("\n").join(rows)


def by_kind_table(by_kind: dict[str, dict[str, Any]]) -> Content:
    """Cards, answers and share right for each kind of question."""
    if not by_kind:
        return Content("No cards yet: answer a quiz to start your history.")
    width = max(len("Kind"), *(len(kind) for kind in by_kind))
    lines = [Content(f"{'Kind':<{width}}  {'Cards':>5}  {'Answers':>7}  {'Right':>5}").stylize("bold")]
    for kind, figures in by_kind.items():
        accuracy = figures["accuracy"]
        right = "–" if accuracy is None else f"{accuracy:.0%}"
        lines.append(
            Content.assemble(
                Content(f"{kind:<{width}}"),  # kinds come from the database: plain text, never markup
                f"  {figures['cards']:>5}  {figures['reviews']:>7}  {right:>5}",
            )
        )
    return Content("\n").join(lines)


def _scaled(count: int, peak: int, levels: int) -> int:
    """`count` as a bar height in eighth-cells; any non-zero count shows at least one level."""
    if not count or not peak:
        return 0
    return max(1, round(count * levels / peak))
