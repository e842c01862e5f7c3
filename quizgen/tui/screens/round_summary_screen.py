"""Provides the summary between Learn rounds, as Quizlet's Learn shows one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import ProgressBar, Static

from quizgen.session import RoundSummary
from quizgen.tui.widgets.key_footer import KeyFooter


class RoundSummaryScreen(Screen[bool]):
    """How the round went; answers True to go on to the next round, False to quit."""

    BINDINGS = [
        Binding("enter,space", "next_round", "Next round", id="next-round"),
        Binding("escape,q", "quit_quiz", "Quit", id="quit"),
    ]

    def __init__(self, summary: RoundSummary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        s = self.summary
        with Vertical(id="round-body", classes="panel"):
            yield Static(f"Round {s.round} done", classes="screen-title")
            yield Static(
                Content.assemble("You got ", (f"{s.right} of {s.asked}", "bold"), " answers right this round.")
            )
            yield Static(
                Content.assemble(
                    "Recognised (multiple choice): ",
                    (f"{s.familiar} of {s.total}", "bold"),
                    "   Recalled (typed): ",
                    (f"{s.mastered} of {s.total}", "bold"),
                )
            )
            yield ProgressBar(total=2 * max(s.total, 1), show_eta=False, id="round-progress")
            yield Static(
                "Next round: questions you recognise come back typed; the rest as multiple choice.",
                classes="muted",
            )
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#round-progress", ProgressBar).update(progress=self.summary.familiar + self.summary.mastered)

    def action_next_round(self) -> None:
        self.dismiss(True)

    def action_quit_quiz(self) -> None:
        self.dismiss(False)
