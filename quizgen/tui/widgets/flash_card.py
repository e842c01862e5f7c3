"""Provides the back of a flashcard: hidden until revealed, then the answer and grade keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quizgen.models import Question
from quizgen.session import FLASH_GRADES
from quizgen.tui.literal import literal
from quizgen.tui.widgets.source_sentence import SourceSentence


def short_interval(delta: dt.timedelta) -> str:
    """An interval as Anki shows it under its grade buttons: "1m", "10m", "5h", "4d", "1.5mo", "2y"."""
    minutes = max(1, round(delta.total_seconds() / 60))
    if minutes < 60:
        return f"{minutes}m"
    if minutes < 24 * 60:
        return f"{round(minutes / 60)}h"
    days = delta.total_seconds() / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}".removesuffix(".0") + "mo"
    return f"{days / 365:.1f}".removesuffix(".0") + "y"


class FlashCard(Vertical, can_focus=True):
    """Press space or Enter to reveal; then grade yourself 1–4 as in Anki."""

    def compose(self) -> ComposeResult:
        yield Static(id="flash-hidden")
        yield Static(id="flash-answer")
        yield SourceSentence(id="flash-source")
        yield Static(id="flash-grades")

    @property
    def revealed(self) -> bool:
        return self.has_class("-revealed")

    def show_question(self, question: Question) -> None:
        """Hide the answer to `question` until `reveal()`."""
        self._question = question
        self.remove_class("-revealed")
        self.query_one("#flash-hidden", Static).update(
            Content.assemble(
                "Think of the answer, then press ",
                ("space", "bold"),
                " or ",
                ("Enter", "bold"),
                " to reveal it.",
            )
        )

    def reveal(self, intervals: Sequence[str] | None = None) -> None:
        """Show the answer and the grade keys, each with its next interval when known."""
        question = self._question
        after = tuple(intervals) if intervals and len(intervals) == len(FLASH_GRADES) else ("",) * len(FLASH_GRADES)
        self.add_class("-revealed")
        self.query_one("#flash-answer", Static).update(
            Content.assemble(("Answer: ", "$text-muted"), literal(question.answer, "bold"))
        )
        self.query_one("#flash-source", SourceSentence).show_source(question)
        self.query_one("#flash-grades", Static).update(
            Content.assemble(
                "How well did you know it?  ",
                *(
                    part
                    for n, (name, later) in enumerate(zip(FLASH_GRADES, after, strict=True), 1)
                    for part in ((f"{n}", "bold reverse"), f" {name} ", (f"{later}  ", "$text-muted"))
                ),
            )
        )
