"""Provides the line above each question: where you are, a progress bar, and the running tally."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Label, ProgressBar


class QuizStatus(Horizontal):
    """ "Question 3 of 7", a progress bar, and ✔/✘ counts."""

    def compose(self) -> ComposeResult:
        yield Label(id="status-where")
        yield ProgressBar(show_eta=False, show_percentage=False, id="status-bar")
        yield Label(id="status-tally")

    def show(self, where: str, done: int, total: int, right: int, wrong: int) -> None:
        self.query_one("#status-where", Label).update(Content(where))
        self.query_one("#status-bar", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#status-tally", Label).update(
            Content.assemble((f"✔ {right}", "$text-success"), "  ", (f"✘ {wrong}", "$text-error"))
        )
