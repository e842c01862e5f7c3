"""Provides the question screen: every mode, the feedback after each answer, and round breaks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Input, Static

from quizgen.models import Article, Question
from quizgen.questions.title_blank import shown_byline
from quizgen.session import Attempt, QuizSession
from quizgen.tui.literal import literal
from quizgen.tui.messages import QuestionShown, QuizFinished
from quizgen.tui.widgets.choice_list import ChoiceList
from quizgen.tui.widgets.feedback_panel import FeedbackPanel
from quizgen.tui.widgets.flash_card import FlashCard
from quizgen.tui.widgets.key_footer import KeyFooter
from quizgen.tui.widgets.quiz_status import QuizStatus

#: Records a settled answer (and how long it took, in ms) before the next question appears;
#: returns whether it went into the review history (a retry in the same sitting does not).
Recorder = Callable[[Attempt, int | None], bool]
#: An answer was undone; the flag says whether it had gone into the review history.
Unrecorder = Callable[[Attempt, bool], None]
#: Marks a question "don't ask this again".
Suspender = Callable[[Question], None]
#: The next interval for each flash grade, e.g. ("1m", "10m", "1d", "4d"); None when unknown.
IntervalPreview = Callable[[Question], "Sequence[str] | None"]

# The round break (with its ProgressBar) and the quit dialog (with Button) are imported when
# first shown: the first question does not wait for them.

FORMAT_NOTES = {"mcq": "multiple choice", "typed": "type the answer", "flash": "flashcard"}


class QuizScreen(Screen[None]):
    """Asks the session's questions one by one; posts QuizFinished after the last feedback."""

    AUTO_FOCUS = ""
    """Off: every state focuses its own widget (the choices, the answer box, the card, the
    feedback). Textual's default would first focus the scrolling body, and restyle the screen
    for that focus and again for the real one before the first question is drawn."""
    BINDINGS = [
        Binding("1", "choose(0)", "Answer", key_display="1-4", id="choose-1"),
        Binding("2", "choose(1)", "Answer", show=False, id="choose-2"),
        Binding("3", "choose(2)", "Answer", show=False, id="choose-3"),
        Binding("4", "choose(3)", "Answer", show=False, id="choose-4"),
        Binding("1", "grade(1)", "Again", id="grade-1"),
        Binding("2", "grade(2)", "Hard", id="grade-2"),
        Binding("3", "grade(3)", "Good", id="grade-3"),
        Binding("4", "grade(4)", "Easy", id="grade-4"),
        Binding("enter,space", "reveal", "Reveal", id="reveal"),
        Binding("enter,space", "continue", "Continue", id="continue"),
        Binding("d", "dont_know", "I don't know", id="dont-know"),
        Binding("o", "override", "I was right", id="override"),
        Binding("u,ctrl+z", "undo", "Undo", key_display="u", id="undo"),
        Binding("x", "suspend", "Don't ask again", id="suspend"),
        Binding("escape,q", "quit_quiz", "Quit", id="quit"),
    ]

    def __init__(
        self,
        session: QuizSession,
        *,
        record: Recorder,
        clock: Callable[[], dt.datetime],
        quit_note: str = "Your answers so far are kept.",
        sources: Mapping[str, Article] | None = None,
        unrecord: Unrecorder | None = None,
        suspend: Suspender | None = None,
        intervals: IntervalPreview | None = None,
    ) -> None:
        super().__init__()
        self._sources = sources or {}
        """The articles by id, for the line "From: Title · 30 May 2020" above their questions."""
        self.session = session
        self._record = record
        self._unrecord = unrecord
        self._suspend = suspend
        self._intervals = intervals
        self._recorded: list[bool] = []
        """For each settled answer, whether it went into the history (what undo must take out)."""
        self._clock = clock
        self._quit_note = quit_note
        self._shown_at: dt.datetime | None = None
        self._duration_ms: int | None = None

    def compose(self) -> ComposeResult:
        yield QuizStatus(id="status")
        with VerticalScroll(id="quiz-body"):
            yield Static(id="question-kind")
            yield Static(id="question-text")
            with ContentSwitcher(id="answer-area", initial="choices"):
                yield ChoiceList(id="choices")
                yield Input(placeholder="Type your answer and press Enter (empty: show me)", id="answer-input")
                yield FlashCard(id="flash")
            yield FeedbackPanel(id="feedback")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._show_prompt()

    # --- showing -------------------------------------------------------------------------------

    def _show_prompt(self) -> None:
        session = self.session
        prompt = session.prompt
        if prompt is None:
            if session.finished:
                self.post_message(QuizFinished(session.results(), session.mode))
            else:
                from quizgen.tui.screens.round_summary_screen import RoundSummaryScreen

                self.app.push_screen(RoundSummaryScreen(session.round_summary()), callback=self._after_round)
            return
        question = prompt.question
        self.query_one("#question-kind", Static).update(
            Content.assemble(
                (question.kind.upper(), "bold $text-accent"),
                ("  " + FORMAT_NOTES[prompt.format], "$text-muted"),
                *(
                    (
                        ("\nFrom: ", "$text-muted"),
                        literal(shown_byline(question, self._sources[question.article]), "$text-muted"),
                    )
                    if question.article in self._sources
                    else ()
                ),
            )
        )
        self.query_one("#question-text", Static).update(literal(question.question))
        switcher = self.query_one("#answer-area", ContentSwitcher)
        switcher.display = True
        self.query_one("#feedback", FeedbackPanel).display = False
        if prompt.format == "mcq":
            switcher.current = "choices"
            choices = self.query_one("#choices", ChoiceList)
            choices.show_choices(prompt.choices)
            choices.focus()
        elif prompt.format == "typed":
            switcher.current = "answer-input"
            answer = self.query_one("#answer-input", Input)
            answer.value = ""
            answer.focus()
        else:
            switcher.current = "flash"
            card = self.query_one("#flash", FlashCard)
            card.show_question(question)
            card.focus()
        self._update_status()
        self.query_one("#quiz-body", VerticalScroll).scroll_home(animate=False)
        self._shown_at = self._clock()
        self.refresh_bindings()
        self.post_message(QuestionShown(question, prompt.format))

    def _update_status(self) -> None:
        session = self.session
        done, total = session.progress()
        right, wrong = session.tally()
        if session.is_learn:
            summary = session.round_summary()
            where = f"Round {session.round} · recalled {summary.mastered} of {session.total}"
        else:
            where = f"Question {min(done + 1, total)} of {total}"
        self.query_one("#status", QuizStatus).show(where, done, total, right, wrong)

    def _show_feedback(self, attempt: Attempt) -> None:
        self._duration_ms = self._elapsed_ms()
        self.query_one("#answer-area").display = False
        panel = self.query_one("#feedback", FeedbackPanel)
        panel.display = True
        panel.show_attempt(attempt, can_override=self.session.can_override)
        panel.focus()
        self._update_status()
        self.refresh_bindings()

    def _elapsed_ms(self) -> int | None:
        if self._shown_at is None:
            return None
        return max(0, int((self._clock() - self._shown_at).total_seconds() * 1000))

    # --- answering -----------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        prompt, pending = self.session.prompt, self.session.pending
        waiting = prompt is not None and pending is None
        if action == "choose":
            index = parameters[0] if parameters else 0
            return (
                waiting
                and prompt is not None
                and prompt.format == "mcq"
                and isinstance(index, int)
                and index < len(prompt.choices)
            )
        if action == "grade":
            return waiting and prompt is not None and prompt.format == "flash" and self._card().revealed
        if action == "reveal":
            return waiting and prompt is not None and prompt.format == "flash" and not self._card().revealed
        if action == "continue":
            return pending is not None
        if action == "override":
            return self.session.can_override
        if action == "dont_know":
            return waiting and prompt is not None and prompt.format == "mcq"
        if action == "undo":
            return self.session.can_undo
        if action == "suspend":
            return prompt is not None and self._suspend is not None
        return True

    def _card(self) -> FlashCard:
        return self.query_one("#flash", FlashCard)

    def action_choose(self, index: int) -> None:
        self._show_feedback(self.session.answer_choice(index))

    @on(ChoiceList.Chosen)
    def _chosen(self, event: ChoiceList.Chosen) -> None:
        if self.check_action("choose", (event.index,)):
            self.action_choose(event.index)

    @on(Input.Submitted, "#answer-input")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if self.session.pending is None and self.session.prompt and self.session.prompt.format == "typed":
            self._show_feedback(self.session.answer_typed(event.value))

    def action_dont_know(self) -> None:
        self._show_feedback(self.session.dont_know())

    def action_undo(self) -> None:
        """Take back the answer on screen, or the last one settled (out of the history too)."""
        attempt, settled = self.session.undo()
        if settled:
            recorded = self._recorded.pop()
            if self._unrecord is not None:
                self._unrecord(attempt, recorded)
        self._duration_ms = None
        self.notify("Answer undone.", timeout=2)
        self._show_prompt()

    def action_suspend(self) -> None:
        """ "Don't ask this again": the question is suspended and the next one shown."""
        assert self._suspend is not None
        question = self.session.drop_current()
        self._recorded.clear()  # the session forgot its undo states too
        self._suspend(question)
        self.notify("Suspended: this question will not be asked again.", timeout=3)
        self._duration_ms = None
        self._show_prompt()

    def action_reveal(self) -> None:
        prompt = self.session.prompt
        self._card().reveal(self._intervals(prompt.question) if self._intervals and prompt else None)
        self.refresh_bindings()

    def action_grade(self, grade: int) -> None:
        self.session.answer_flash(grade)
        self._duration_ms = self._elapsed_ms()
        self.action_continue()

    def action_override(self) -> None:
        attempt = self.session.override()
        self.query_one("#feedback", FeedbackPanel).show_attempt(attempt, can_override=False)
        self._update_status()
        self.refresh_bindings()

    def action_continue(self) -> None:
        attempt = self.session.advance()
        self._recorded.append(self._record(attempt, self._duration_ms))  # saved before the next question appears
        self._duration_ms = None
        self._show_prompt()

    # --- leaving -------------------------------------------------------------------------------

    def _after_round(self, go_on: bool | None) -> None:
        if go_on:
            self.session.next_round()
            self._show_prompt()
        else:
            self.action_quit_quiz(after_round=True)

    def action_quit_quiz(self, after_round: bool = False) -> None:
        def decided(quit_: bool | None) -> None:
            if quit_:
                self.settle()
                self.app.exit()
            elif after_round:
                self._show_prompt()  # back to the round summary

        from quizgen.tui.dialogs.quit_dialog import QuitDialog

        self.app.push_screen(QuitDialog(self._quit_note), callback=decided)

    def settle(self) -> None:
        """Record the answer on screen, if any, without showing what comes next (on quit).

        Safe to call more than once: a settled answer is no longer pending.
        """
        if self.session.pending is not None:
            self._recorded.append(self._record(self.session.advance(), self._duration_ms))
