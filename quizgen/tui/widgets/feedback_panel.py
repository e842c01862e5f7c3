"""Provides the feedback shown after an answer: verdict, the answer, your answer, the source."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from quizgen.session import Attempt
from quizgen.tui.literal import literal
from quizgen.tui.widgets.answer_diff import AnswerDiff
from quizgen.tui.widgets.source_sentence import SourceSentence

#: Why a typed answer that was not word-for-word still counted, in the learner's words.
LENIENCY = {
    "alias": "also accepted",
    "word order": "word order does not matter",
    "surname": "the surname is enough",
    "acronym": "the acronym is fine",
    "typo": "close enough: small typo",
    "number": "same number",
    "date": "same date",
}


class FeedbackPanel(VerticalScroll, can_focus=True):
    """Right or wrong, the correct answer, what was given when wrong, and the source sentence."""

    def compose(self) -> ComposeResult:
        yield Static(id="feedback-verdict")
        yield Static(id="feedback-answer")
        yield Static(id="feedback-response")
        yield AnswerDiff(id="feedback-diff")
        yield SourceSentence(id="feedback-source")
        yield Static(id="feedback-hint")

    def show_attempt(self, attempt: Attempt, *, can_override: bool) -> None:
        """Fill the panel for `attempt` (call again after an override)."""
        question = attempt.question
        self.set_class(attempt.correct, "-right")
        self.set_class(not attempt.correct, "-wrong")
        if attempt.overridden:
            verdict = Content.assemble(("✔ Counted as right", "bold"), " — your answer is accepted from now on")
        elif attempt.correct:
            note = LENIENCY.get(attempt.reason)
            verdict = Content.assemble(("✔ Right!", "bold"), f"  ({note})" if note else "")
        elif attempt.format != "flash" and not (attempt.response or "").strip():
            verdict = Content.assemble(("✘ No answer", "bold"), " — here it is")
        else:
            verdict = Content.styled("✘ Not quite", "bold")
        self.query_one("#feedback-verdict", Static).update(verdict)
        response = self.query_one("#feedback-response", Static)
        diff = self.query_one("#feedback-diff", AnswerDiff)
        typed = (attempt.response or "").strip()
        show_diff = attempt.format == "typed" and not attempt.correct and bool(typed)
        diff.display = show_diff
        if show_diff:
            diff.show_diff(typed, question.answer)  # its second line is the answer
        answer = self.query_one("#feedback-answer", Static)
        answer.display = not show_diff
        answer.update(Content.assemble(("Answer: ", "$text-muted"), literal(question.answer, "bold")))
        label = "You chose" if attempt.format == "mcq" else "You typed"
        # Typed and right but not word for word: show what was accepted. A right choice needs no echo.
        show_response = (
            bool(typed)
            and not show_diff
            and (not attempt.correct if attempt.format == "mcq" else attempt.reason != "exact")
        )
        response.display = show_response
        if show_response:
            response.update(Content.assemble((f"{label}: ", "$text-muted"), literal(typed)))
        self.query_one("#feedback-source", SourceSentence).show_source(question)
        hint = Content.assemble(("Enter", "bold"), " or ", ("space", "bold"), " to continue")
        if can_override:
            hint = Content.assemble(hint, " · ", ("o", "bold"), " if you were right")
        self.query_one("#feedback-hint", Static).update(hint)
        self.scroll_home(animate=False)
