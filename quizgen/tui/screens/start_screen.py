"""Provides the first screen: progress while questions are written, then what the quiz holds."""

from __future__ import annotations

from collections import Counter

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Label, ProgressBar, Static

from quizgen.models import KINDS, QuestionBank
from quizgen.selection import MODES, QuizOptions, pick_questions
from quizgen.tui.literal import literal
from quizgen.tui.widgets.key_footer import KeyFooter

MODE_NOTES = {
    "mcq": "multiple choice, keys 1–4",
    "typed": "type each answer",
    "flash": "flashcards: reveal, then grade yourself",
    "mixed": "learn: rounds of 7, multiple choice first, then typed",
}
COUNTS: tuple[int | None, ...] = (None, 5, 10, 20, 50)
"""What `n` steps through: all questions, then at most 5, 10, …"""


class StartScreen(Screen[None]):
    """Generation progress, then the articles, kinds and count to ask, mode, due cards and Start."""

    BINDINGS = [
        Binding("enter", "start", "Start", id="start"),
        Binding("r", "review", "Review due", id="review"),
        Binding("m", "cycle_mode", "Mode", id="cycle-mode"),
        Binding("n", "cycle_count", "How many", id="cycle-count"),
        *(
            Binding(str(i), f"toggle_kind({i - 1})", "Kinds", key_display="1-6", show=i == 1, id=f"kind-{i}")
            for i in range(1, len(KINDS) + 1)
        ),
        Binding("s", "app.show_stats", "Stats", id="show-stats"),
        Binding("q,escape", "app.quit", "Quit", id="quit"),
    ]

    class StartChosen(Message):
        """The learner asked to start, in `mode`, with at most `count` questions of `kinds`."""

        def __init__(self, mode: str, count: int | None = None, kinds: tuple[str, ...] = ()) -> None:
            super().__init__()
            self.mode = mode
            self.count = count
            self.kinds = kinds

    class ReviewChosen(Message):
        """The learner asked to review the cards due, in `mode`."""

        def __init__(self, mode: str) -> None:
            super().__init__()
            self.mode = mode

    def __init__(self, options: QuizOptions) -> None:
        super().__init__()
        self.mode = options.mode
        self.count = options.count
        self.seed = options.seed
        self.kinds: tuple[str, ...] = options.kinds
        """Kinds chosen; empty for all."""
        self.bank: QuestionBank | None = None
        self.due: int | None = None
        self.failed = False

    def compose(self) -> ComposeResult:
        with Vertical(id="start-body", classes="panel"):
            yield Static("quizgen · quiz yourself on the news", classes="screen-title")
            with Vertical(id="start-loading"):
                yield Label("Reading the article…", id="loading-label")
                yield ProgressBar(total=None, show_eta=False, id="loading-bar")
            with VerticalScroll(id="start-articles-box"):
                yield Static(id="start-articles")
            yield Static(id="start-kinds")
            yield Static(id="start-mode")
            yield Static(id="start-due")
            yield Static(id="start-warnings")
            yield Static(id="start-error")
            yield Static(id="start-go")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#start-go").display = False
        self.query_one("#start-error").display = False
        self.query_one("#start-articles-box").display = False
        self._show_mode()

    # --- updates from the app ------------------------------------------------------------------

    def show_progress(self, done: int, total: int, label: str) -> None:
        """Generation moved on; `total` 0 means unknown (the bar pulses)."""
        where = f"Article {min(done + 1, total)} of {total}: " if total > 1 else ""
        self.query_one("#loading-label", Label).update(Content.assemble(where, literal(label)))
        bar = self.query_one("#loading-bar", ProgressBar)
        bar.update(total=total if total > 1 else None, progress=done)

    def show_bank(self, bank: QuestionBank, due: int | None) -> None:
        """Questions are ready: list the articles and counts, offer Start (and review when due)."""
        self.bank, self.due = bank, due
        self.query_one("#start-loading").display = False
        lines = []
        for article in bank.articles:
            when = article.published.strftime("%d %B %Y").lstrip("0") if article.published else "undated"
            title = article.title or article.id  # a review card's title may be unknown ("")
            lines.append(Content.assemble(literal(title, "bold"), ("  " + when, "$text-muted")))
        self.query_one("#start-articles-box").display = True
        self.query_one("#start-articles", Static).update(Content("\n").join(lines))
        self._show_kinds()
        due_line = self.query_one("#start-due", Static)
        due_line.display = bool(due)
        if due:
            due_line.update(
                Content.assemble(
                    "Due for review: ",
                    (str(due), "bold"),
                    " card" if due == 1 else " cards",
                    ("   (r to review them)", "$text-muted"),
                )
            )
        warnings = self.query_one("#start-warnings", Static)
        warnings.display = bool(bank.warnings)
        warnings.update(Content("\n").join(Content.assemble(("Warning: ", "bold"), literal(w)) for w in bank.warnings))
        self.refresh_bindings()

    def show_error(self, message: str) -> None:
        self.failed = True
        self.query_one("#start-loading").display = False
        self.query_one("#start-mode").display = False
        error = self.query_one("#start-error", Static)
        error.display = True
        error.update(Content.assemble(("Could not write questions: ", "bold"), literal(message), "\nPress q to quit."))
        self.refresh_bindings()

    def chosen_total(self) -> int:
        """How many questions Start would ask: of the chosen kinds, at most the chosen count."""
        if self.bank is None:
            return 0
        # The same pick as Start makes: it also leaves out one question of each give-away pair.
        options = QuizOptions(count=self.count, kinds=self.kinds, seed=self.seed)
        return len(pick_questions(self.bank.questions, options))

    def _kinds_present(self) -> list[str]:
        assert self.bank is not None
        counts = Counter(q.kind for q in self.bank.questions)
        return [k for k in (*KINDS, *sorted(set(counts) - set(KINDS))) if counts[k]]

    def _show_kinds(self) -> None:
        assert self.bank is not None
        counts = Counter(q.kind for q in self.bank.questions)
        summary = self.query_one("#start-kinds", Static)
        go = self.query_one("#start-go", Static)
        if not self.bank.questions:
            summary.update(Content.styled("No questions could be written from this article.", "$text-warning"))
            go.display = False
            return
        parts = []
        for kind in self._kinds_present():
            on = not self.kinds or kind in self.kinds
            key = str(KINDS.index(kind) + 1) if kind in KINDS else " "
            parts.append(
                Content.assemble(
                    (key, "bold reverse"),
                    (f" {counts[kind]} {kind}", "bold" if on else "$text-muted strike"),
                )
            )
        total = self.chosen_total()
        limit = f" (at most {self.count}; n to change)" if self.count else " (n to ask fewer)"
        summary.update(
            Content.assemble(
                (f"{total} question{'s' if total != 1 else ''}", "bold"),
                (limit, "$text-muted"),
                "\n",
                Content("  ").join(parts),
            )
        )
        go.display = bool(total)
        go.update(Content.assemble("Press ", ("Enter", "bold reverse"), " to start."))

    # --- actions -------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        ready = self.bank is not None and bool(self.bank.questions)
        if action == "start":
            return ready and self.chosen_total() > 0
        if action in ("cycle_mode", "cycle_count", "toggle_kind"):
            return ready
        if action == "review":
            return bool(self.due) and not self.failed
        return True

    def action_start(self) -> None:
        self.post_message(self.StartChosen(self.mode, self.count, self.kinds))

    def action_review(self) -> None:
        self.post_message(self.ReviewChosen(self.mode))

    def action_cycle_mode(self) -> None:
        self.mode = MODES[(MODES.index(self.mode) + 1) % len(MODES)]
        self._show_mode()

    def action_cycle_count(self) -> None:
        total = len(self.bank.questions) if self.bank else 0
        steps = [c for c in COUNTS if c is None or c < total]
        index = steps.index(self.count) if self.count in steps else 0
        self.count = steps[(index + 1) % len(steps)]
        self._show_kinds()
        self.refresh_bindings()

    def action_toggle_kind(self, index: int) -> None:
        kind = KINDS[index] if index < len(KINDS) else None
        present = self._kinds_present()
        if kind not in present:
            return
        chosen = set(self.kinds or present)
        chosen.symmetric_difference_update({kind})
        if not chosen:
            return  # at least one kind stays chosen
        self.kinds = () if chosen >= set(present) else tuple(k for k in present if k in chosen)
        self._show_kinds()
        self.refresh_bindings()

    def _show_mode(self) -> None:
        self.query_one("#start-mode", Static).update(
            Content.assemble(
                "Mode: ",
                (self.mode, "bold $text-accent"),
                f" — {MODE_NOTES[self.mode]}",
                ("   (m to change)", "$text-muted"),
            )
        )
