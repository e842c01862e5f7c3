"""Provides the first screen: progress while questions are written, then what the quiz holds."""

from __future__ import annotations

from collections import Counter

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Static

from quizgen.models import KINDS, QuestionBank
from quizgen.session import MODES
from quizgen.tui.literal import literal

MODE_NOTES = {
    "mcq": "multiple choice, keys 1–4",
    "typed": "type each answer",
    "flash": "flashcards: reveal, then grade yourself",
    "mixed": "learn: rounds of 7, multiple choice first, then typed",
}


class StartScreen(Screen[None]):
    """Shows generation progress, then the articles, question counts, mode, due cards and Start."""

    BINDINGS = [
        Binding("enter", "start", "Start", id="start"),
        Binding("m", "cycle_mode", "Mode", id="cycle-mode"),
        Binding("s", "app.show_stats", "Stats", id="show-stats"),
        Binding("q,escape", "app.quit", "Quit", id="quit"),
    ]

    class StartChosen(Message):
        """The learner asked to start, in `mode`."""

        def __init__(self, mode: str) -> None:
            super().__init__()
            self.mode = mode

    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode
        self.bank: QuestionBank | None = None
        self.failed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="start-body", classes="panel"):
            yield Static("quizgen · quiz yourself on the news", classes="screen-title")
            with Vertical(id="start-loading"):
                yield Label("Reading the article…", id="loading-label")
                yield ProgressBar(total=None, show_eta=False, id="loading-bar")
            yield Static(id="start-articles")
            yield Static(id="start-kinds")
            yield Static(id="start-mode")
            yield Static(id="start-due")
            yield Static(id="start-warnings")
            yield Static(id="start-error")
            yield Static(id="start-go")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#start-go").display = False
        self.query_one("#start-error").display = False
        self._show_mode()

    # --- updates from the app ------------------------------------------------------------------

    def show_progress(self, done: int, total: int, label: str) -> None:
        """Generation moved on; `total` 0 means unknown (the bar pulses)."""
        where = f"Article {min(done + 1, total)} of {total}: " if total > 1 else ""
        self.query_one("#loading-label", Label).update(Content.assemble(where, literal(label)))
        bar = self.query_one("#loading-bar", ProgressBar)
        bar.update(total=total if total > 1 else None, progress=done)

    def show_bank(self, bank: QuestionBank, due: int | None) -> None:
        """Questions are ready: list the articles and counts, offer Start."""
        self.bank = bank
        self.query_one("#start-loading").display = False
        lines = []
        for article in bank.articles:
            when = article.published.strftime("%d %B %Y").lstrip("0") if article.published else "undated"
            title = article.title or article.id  # a review card's title may be unknown ("")
            lines.append(Content.assemble(literal(title, "bold"), ("  " + when, "$text-muted")))
        self.query_one("#start-articles", Static).update(Content("\n").join(lines))
        counts = Counter(q.kind for q in bank.questions)
        kinds = " · ".join(f"{counts[k]} {k}" for k in (*KINDS, *sorted(set(counts) - set(KINDS))) if counts[k])
        total = len(bank.questions)
        summary = Content.assemble(
            (f"{total} question{'s' if total != 1 else ''}", "bold"), f": {kinds}" if kinds else ""
        )
        if not total:
            summary = Content.styled("No questions could be written from this article.", "$text-warning")
        self.query_one("#start-kinds", Static).update(summary)
        due_line = self.query_one("#start-due", Static)
        due_line.display = due is not None
        if due is not None:
            due_line.update(Content.assemble("Due for review: ", (str(due), "bold"), " card" if due == 1 else " cards"))
        warnings = self.query_one("#start-warnings", Static)
        warnings.display = bool(bank.warnings)
        warnings.update(Content("\n").join(Content.assemble(("Warning: ", "bold"), literal(w)) for w in bank.warnings))
        go = self.query_one("#start-go", Static)
        go.display = bool(total)
        go.update(Content.assemble("Press ", ("Enter", "bold reverse"), " to start."))
        self.refresh_bindings()

    def show_error(self, message: str) -> None:
        self.failed = True
        self.query_one("#start-loading").display = False
        self.query_one("#start-mode").display = False
        error = self.query_one("#start-error", Static)
        error.display = True
        error.update(Content.assemble(("Could not write questions: ", "bold"), literal(message), "\nPress q to quit."))
        self.refresh_bindings()

    # --- actions -------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("start", "cycle_mode"):
            return self.bank is not None and bool(self.bank.questions)
        return True

    def action_start(self) -> None:
        self.post_message(self.StartChosen(self.mode))

    def action_cycle_mode(self) -> None:
        self.mode = MODES[(MODES.index(self.mode) + 1) % len(MODES)]
        self._show_mode()

    def _show_mode(self) -> None:
        self.query_one("#start-mode", Static).update(
            Content.assemble(
                "Mode: ",
                (self.mode, "bold $text-accent"),
                f" — {MODE_NOTES[self.mode]}",
                ("   (m to change)", "$text-muted"),
            )
        )
