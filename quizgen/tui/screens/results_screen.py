"""Provides the results screen: score, accuracy by kind, missed questions, retry and export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from quizgen.errors import QuizgenError
from quizgen.session import Results
from quizgen.tui.literal import literal
from quizgen.tui.widgets.key_footer import KeyFooter

BAR_WIDTH = 10


class ResultsScreen(Screen[None]):
    """The end of a sitting. `r` retries the missed questions, `e` exports the deck, `q` quits."""

    BINDINGS = [
        Binding("r", "retry", "Retry missed", id="retry"),
        Binding("e", "export", "Export to Anki", id="export"),
        Binding("q,escape", "app.quit", "Quit", id="quit"),
    ]

    class RetryChosen(Message):
        """The learner wants another go at the missed questions."""

    class Exported(Message):
        """The deck was written to `path`, with `notes` notes."""

        def __init__(self, path: Path, notes: int) -> None:
            super().__init__()
            self.path = path
            self.notes = notes

    def __init__(self, results: Results, *, export: Callable[[], tuple[Path, int]] | None = None) -> None:
        super().__init__()
        self.results = results
        self._export = export

    def compose(self) -> ComposeResult:
        r = self.results
        percent = round(100 * r.right / r.total) if r.total else 0
        with VerticalScroll(id="results-body", classes="panel"):
            yield Static(
                Content.assemble((f"Score: {r.right}/{r.total}", "bold"), f"  ({percent}%)"),
                id="results-score",
                classes="screen-title",
            )
            yield Static(self._by_kind(), id="results-kinds")
            if r.missed:
                yield Static(Content.styled(f"Missed ({len(r.missed)})", "bold"), classes="section-title")
                for question in r.missed:
                    yield Static(
                        Content.assemble(
                            literal(question.question),
                            "\n",
                            ("  → ", "$text-muted"),
                            literal(question.answer, "bold $text-success"),
                        ),
                        classes="missed-question",
                    )
            else:
                yield Static(
                    Content.styled("Nothing missed. Well done!", "bold $text-success"),
                    classes="section-title",
                )
            yield Static(id="results-export")
        yield KeyFooter()

    def _by_kind(self) -> Content:
        rows = [Content.styled("Accuracy by kind", "bold")]
        for score in self.results.by_kind:
            filled = round(BAR_WIDTH * score.right / score.total) if score.total else 0
            rows.append(
                Content.assemble(
                    f"  {score.kind:<10} ",
                    (f"{score.right}/{score.total}".rjust(5), "bold"),
                    "  ",
                    ("█" * filled, "$text-success"),
                    ("░" * (BAR_WIDTH - filled), "$text-muted"),
                    f" {score.percent:>3}%",
                )
            )
        return Content("\n").join(rows)

    def on_mount(self) -> None:
        self.query_one("#results-export").display = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "retry":
            return bool(self.results.missed)
        if action == "export":
            return self._export is not None
        return True

    def action_retry(self) -> None:
        self.post_message(self.RetryChosen())

    def action_export(self) -> None:
        self.notify("Writing the Anki deck…", timeout=2)
        self._write_deck()

    @work(thread=True, exclusive=True, exit_on_error=False, group="export", name="export-deck")
    def _write_deck(self) -> None:
        assert self._export is not None
        self.post_message(self.Exported(*self._export()))

    def on_results_screen_exported(self, event: Exported) -> None:
        note = self.query_one("#results-export", Static)
        note.display = True
        note.update(
            Content.assemble(
                (f"Anki deck with {event.notes} notes written to ", "$text-muted"),
                literal(str(event.path), "bold"),
            )
        )
        self.notify(str(event.path), title="Anki deck written", markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name == "export-deck" and event.state == WorkerState.ERROR:
            error = event.worker.error
            message = str(error) if isinstance(error, QuizgenError) else f"{type(error).__name__}: {error}"
            self.notify(message, title="Export failed", severity="error", markup=False)
