"""Provides the article sentence a question came from, with the answer highlighted."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from quizgen.models import Question
from quizgen.tui.literal import highlighted


class SourceSentence(Static):
    """ "From the article:" and the source sentence, the answer's span in bold accent."""

    def show_source(self, question: Question) -> None:
        self.display = bool(question.source)
        if question.source:
            self.update(
                Content.assemble(
                    ("From the article: ", "$text-muted"),
                    highlighted(question.source, question.span, "bold $text-accent underline"),
                )
            )
