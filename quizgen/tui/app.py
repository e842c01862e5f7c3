"""The quiz app and `make_app`, the factory shared by the CLI commands and the tests.

The app appears at once; questions are generated in a worker thread (spaCy takes a second or
two to load) which only posts messages. Answers go to the review store, when there is one,
before the next question is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from quizgen.errors import QuizgenError
from quizgen.models import Question, QuestionBank
from quizgen.selection import QuizOptions, pick_questions
from quizgen.tui.loading import Loader, Progress, generation_loader
from quizgen.tui.messages import BankFailed, BankLoaded, LoadProgressed, QuizFinished
from quizgen.tui.recording import AnswerRecording

# The question, results and help screens (with grading, rapidfuzz, OptionList, Input) are
# imported when first needed: about 80 ms the learner would otherwise wait for the first screen.
# So is the start screen, which a review that opens on its first card never shows.
if TYPE_CHECKING:
    from textual.binding import Binding as BindingType

    from quizgen.session import QuizSession, Results
    from quizgen.settings import Settings
    from quizgen.store import ReviewStore
    from quizgen.tui.screens.results_screen import ResultsScreen
    from quizgen.tui.screens.start_screen import StartScreen

WARM_UP_DELAY = 0.3
"""Seconds after the questions are ready before the grader is loaded in the background."""

__all__ = ["Loader", "Progress", "QuizApp", "generation_loader", "make_app", "utc_now"]


def utc_now() -> dt.datetime:
    """The real clock, in UTC (the store and FSRS refuse naive times)."""
    return dt.datetime.now(dt.UTC)


class QuizApp(AnswerRecording):
    """Start screen → questions → results; see `make_app`."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    """Absolute: Textual resolves a relative one beside the file of the (sub)class in use."""
    TITLE = "quizgen"
    BINDINGS = [
        Binding("f1,question_mark", "help", "Help", key_display="?", id="help"),
        Binding("ctrl+t", "toggle_theme", "Light/dark", show=False, id="toggle-theme"),
    ]

    def __init__(
        self,
        *,
        options: QuizOptions,
        load: Loader | None = None,
        bank: QuestionBank | None = None,
        store: ReviewStore | None,
        clock: Callable[[], dt.datetime],
        settings: Settings | None = None,
    ) -> None:
        if (bank is None) == (load is None):
            raise ValueError("give exactly one of bank= or load=")
        super().__init__()
        self.settings = settings
        """The learner's saved settings; None to leave the settings file alone (tests)."""
        if settings is not None and settings.theme in self.available_themes:
            self.theme = settings.theme
        self.options = options
        self.store = store
        self.clock = clock
        self.bank: QuestionBank | None = None
        """The questions, once loaded."""
        self.failure: QuizgenError | None = None
        """The first error that should make the command exit non-zero after the app closes."""
        self._ready_bank = bank
        """The questions given ready (e.g. `review`'s due cards): no worker needed to load them."""
        self._load = load
        self._start_screen: StartScreen | None = None
        self._last_mode = options.mode
        self._session: QuizSession | None = None
        self._resumable = False
        """The current sitting is a Learn session on the articles: its progress is kept to resume."""
        self._recorded: set[str] = set()
        """Questions answered into the history this sitting: a retry is not a second FSRS review."""

    @property
    def _start(self) -> StartScreen:
        """The start screen, built when first needed."""
        if self._start_screen is None:
            from quizgen.tui.screens.start_screen import StartScreen

            self._start_screen = StartScreen(self.options)
        return self._start_screen

    @property
    def results(self) -> Results | None:
        """How the latest quiz went so far (None before any quiz): for the line printed on exit."""
        return self._session.results() if self._session is not None else None

    def get_default_screen(self) -> Screen[None]:
        """The first screen drawn, at the bottom of the stack: no blank default screen first.

        The start screen; or, when the quiz starts at once on questions given ready, the first
        question itself, so a start screen is not drawn only to be covered at once.
        """
        if self.options.autostart and self._ready_bank is not None:
            try:
                bank, _due = self._prepare(self._ready_bank, count_due=False)
            except QuizgenError:
                return self._start  # the worker loads it again and the start screen shows the error
            screen = self._quiz_screen(self.options.mode, bank) if bank.questions else None
            if screen is not None:
                self.bank = bank
                return screen
        return self._start

    def on_mount(self) -> None:
        if self.bank is not None:  # already asking (see get_default_screen)
            # Counted from the first paint, not from now: on a busy machine that paint can take
            # longer than the warm-up's delay, and the grader's imports would hold it back.
            self.call_after_refresh(self._after_load, self.bank)
            return
        # After the first paint: the loader's imports (spaCy) hold the GIL and would delay it.
        self.call_after_refresh(self.load_questions)

    # --- loading (worker thread: only posts messages) ------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="load", name="load-questions")
    def load_questions(self) -> None:
        """Generate the bank, register it with the store, count due cards; post the outcome."""

        def progress(done: int, total: int, label: str) -> None:
            self.post_message(LoadProgressed(done, total, label))

        try:
            loaded = self._ready_bank if self._load is None else self._load(progress)
            assert loaded is not None  # exactly one of bank= and load= was given
            bank, due = self._prepare(loaded)
        except QuizgenError as exc:
            self.post_message(BankFailed(exc))
            return
        self.post_message(BankLoaded(bank, due))

    def _prepare(self, bank: QuestionBank, *, count_due: bool = True) -> tuple[QuestionBank, int | None]:
        """The bank as it is asked: the learner's own aliases added, suspended questions left
        out; and how many cards are due (None without a store, or when not `count_due`: only
        the start screen shows it, and counting a big store's due cards takes a while)."""
        if self.store is None:
            return bank, None
        from quizgen.answers import with_learner_aliases

        bank = with_learner_aliases(bank, self.store)
        suspended = self.store.suspended_ids()
        if suspended:
            bank = replace(bank, questions=tuple(q for q in bank.questions if q.id not in suspended))
        return bank, self.store.due_count(self.clock()) if count_due else None

    @work(thread=True, exclusive=True, exit_on_error=False, group="warm-up", name="warm-up")
    def warm_up_grading(self, dates: bool) -> None:
        """Import the grader now, and dateparser when dates are asked (~0.5 s): after the first
        screen is drawn, and before the learner's first answer needs them."""
        from quizgen.grading import warm_up

        if dates:
            warm_up()

    @on(LoadProgressed)
    def _progressed(self, event: LoadProgressed) -> None:
        self._start.show_progress(event.done, event.total, event.label)

    @on(BankLoaded)
    def _loaded(self, event: BankLoaded) -> None:
        self.bank = event.bank
        self._start.show_bank(event.bank, event.due)
        self.refresh_bindings()
        if self.options.autostart and event.bank.questions:
            self.start_quiz(self._start.mode)
        self._after_load(event.bank)

    def _after_load(self, bank: QuestionBank) -> None:
        # While the learner reads the first question; at once, its imports would hold the GIL
        # against the drawing of that question.
        dates = any(q.kind == "date" for q in bank.questions)
        self.set_timer(WARM_UP_DELAY, lambda: self.warm_up_grading(dates))

    @on(BankFailed)
    def _failed(self, event: BankFailed) -> None:
        self._show_failure(event.error)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.name == "load-questions" and event.state == WorkerState.ERROR:
            error = event.worker.error  # a bug, not a user error: still one line, never a traceback
            self._show_failure(QuizgenError(f"question generation failed: {type(error).__name__}: {error}"))

    def _show_failure(self, error: QuizgenError) -> None:
        self.failure = self.failure or error
        self._start.show_error(str(error))

    # --- the quiz ------------------------------------------------------------------------------

    def on_start_screen_start_chosen(self, event: StartScreen.StartChosen) -> None:
        self.options = replace(self.options, count=event.count, kinds=event.kinds)
        self.start_quiz(event.mode)

    def on_start_screen_review_chosen(self, event: StartScreen.ReviewChosen) -> None:
        if self.store is not None:
            self.start_quiz(event.mode, list(self.store.due_bank(self.clock()).questions))

    def start_quiz(self, mode: str, questions: list[Question] | None = None) -> None:
        """Begin a sitting: the picked questions of the bank, or `questions` (a retry)."""
        from quizgen.tui.screens.quiz_screen import QuizScreen
        from quizgen.tui.screens.results_screen import ResultsScreen

        if self.bank is None:
            return
        screen = self._quiz_screen(mode, self.bank, questions)
        if screen is None:
            self.notify("No questions match the chosen kinds.", severity="warning")
        elif isinstance(self.screen, (QuizScreen, ResultsScreen)):
            self._replace_top(screen)
        else:
            self.push_screen(screen)

    def _replace_top(self, screen: Screen[None]) -> None:
        """Show `screen` instead of the quiz or results on top; the bottom screen (the start
        screen, or a quiz that began at once) cannot be switched, so it stays underneath."""
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def _quiz_screen(
        self, mode: str, bank: QuestionBank, questions: list[Question] | None = None
    ) -> Screen[None] | None:
        """A new sitting's first question: the picked questions of `bank`, or `questions` (a
        retry); None when the pick is empty."""
        from quizgen.session import QuizSession
        from quizgen.tui.screens.quiz_screen import QuizScreen

        # Only a Learn session on the articles themselves resumes (and is saved to resume): not a
        # retry, not the due cards, which must all be asked.
        self._resumable = questions is None and mode == "mixed" and self.options.resume and self.store is not None
        if questions is None:
            questions = pick_questions(bank.questions, replace(self.options, mode=mode))
        if not questions:
            return None
        known = self.store.learn_progress(q.id for q in questions) if self.store and self._resumable else None
        self._session = QuizSession(questions, mode, seed=self.options.seed, known=known)
        store = self.store is not None
        return QuizScreen(
            self._session,
            record=self.save_attempt,
            clock=self.clock,
            quit_note="Your answers so far are saved." if store else "You will lose your place.",
            sources={a.id: a for a in bank.articles},
            unrecord=self.undo_attempt if store else None,
            suspend=self.suspend_question if store else None,
            intervals=self.flash_intervals if store else None,
        )

    @on(QuizFinished)
    def _finished(self, event: QuizFinished) -> None:
        from quizgen.tui.screens.results_screen import ResultsScreen

        self._last_mode = event.mode
        session = self._session
        if self.store is not None and session is not None and self._resumable and session.finished:
            self.store.save_learn_progress(dict.fromkeys(session.ids, 0))  # done: the next one starts afresh
        self._replace_top(ResultsScreen(event.results, export=self.export_deck))

    def on_results_screen_retry_chosen(self, event: ResultsScreen.RetryChosen) -> None:
        from quizgen.tui.screens.results_screen import ResultsScreen

        screen = self.screen
        if isinstance(screen, ResultsScreen):
            self.start_quiz(self._last_mode, list(screen.results.missed))

    def export_deck(self) -> tuple[Path, int]:
        """Write the whole bank as an Anki deck under the exports folder; return (path, notes).

        Runs in a worker thread (genanki is imported on first use).
        """
        from quizgen.tui.deck_export import export_bank_deck

        assert self.bank is not None
        result = export_bank_deck(self.bank, self.clock())
        for warning in result.warnings:  # notify posts a message: safe from this worker thread
            self.notify(warning, title="Deck written", severity="warning", markup=False)
        return result.path, result.notes

    # --- app-wide actions ----------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "show_stats":
            return self.store is not None
        return True

    async def action_quit(self) -> None:
        """Quit at once (ctrl+q), but first save the answer on screen and any override of it.

        Textual's own quit skips the quiz screen's quit dialog, which is where answers are
        otherwise settled; the quiz may also sit under a dialog (help, quit) at that moment.
        """
        from quizgen.tui.screens.quiz_screen import QuizScreen

        for screen in self.screen_stack:
            if isinstance(screen, QuizScreen):
                screen.settle()
        self.exit()

    def action_help(self) -> None:
        from quizgen.tui.dialogs.help_dialog import HelpDialog

        if not isinstance(self.screen, HelpDialog):
            self.push_screen(HelpDialog())

    def action_toggle_theme(self) -> None:
        """Switch light/dark, and remember the choice for next time."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"
        if self.settings is not None:
            from quizgen.settings import save_settings

            self.settings = replace(self.settings, theme=self.theme)
            try:
                save_settings(self.settings)
            except OSError as exc:
                self.notify(f"The theme could not be saved: {exc}", severity="warning", markup=False)

    def get_key_display(self, binding: BindingType) -> str:
        """The footer's answer key names the choices on screen: "1-3" for three of them."""
        from quizgen.tui.screens.quiz_screen import QuizScreen

        screen = self.screen
        if binding.id == "choose-1" and isinstance(screen, QuizScreen):
            prompt = screen.session.prompt
            if prompt is not None and prompt.choices:
                return f"1-{len(prompt.choices)}"
        return super().get_key_display(binding)

    def action_show_stats(self) -> None:
        from quizgen.tui.screens.stats_screen import StatsScreen

        if self.store is not None:
            self.push_screen(StatsScreen(self.store, self.clock()))


def make_app(
    *,
    bank: QuestionBank | None = None,
    load: Loader | None = None,
    options: QuizOptions | None = None,
    store: ReviewStore | None = None,
    clock: Callable[[], dt.datetime] = utc_now,
    settings: Settings | None = None,
) -> QuizApp:
    """Build the quiz app. Used by `quizgen quiz`, `quizgen review` and the tests.

    Args:
        bank: Questions ready to ask (e.g. the cards due for review, or test data).
        load: Instead of `bank`: builds the bank in a worker thread, calling its argument as
            `progress(done, total, label)` on the way. Errors it raises as QuizgenError are
            shown in the app and left in `app.failure` for the command to report on exit.
        options: Mode, count, kinds, seed, autostart; default: mixed (Learn) mode, all questions.
        store: Records every answer (FSRS) and provides the learner's own aliases; None to
            quiz without saving.
        clock: The current time, UTC-aware; tests pass a fixed one.
        settings: The learner's settings (the theme); a theme chosen with ctrl+t is saved
            back to the settings file. None: default theme, nothing saved.

    After `app.run()` returns, raise `app.failure` if it is set.
    """
    return QuizApp(bank=bank, load=load, options=options or QuizOptions(), store=store, clock=clock, settings=settings)
