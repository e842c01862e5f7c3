"""Provides the back of a flashcard: hidden until revealed, then the answer and grade keys."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from quizgen.models import Question
from quizgen.session import FLASH_GRADES
from quizgen.tui.literal import literal
from quizgen.tui.widgets.source_sentence import SourceSentence


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

    def reveal(self) -> None:
        question = self._question
        self.add_class("-revealed")
        self.query_one("#flash-answer", Static).update(
            Content.assemble(("Answer: ", "$text-muted"), literal(question.answer, "bold"))
        )
        self.query_one("#flash-source", SourceSentence).show_source(question)
        self.query_one("#flash-grades", Static).update(
            Content.assemble(
                "How well did you know it?  ",
                *(part for n, name in enumerate(FLASH_GRADES, 1) for part in ((f"{n}", "bold reverse"), f" {name}  ")),
            )
        )
