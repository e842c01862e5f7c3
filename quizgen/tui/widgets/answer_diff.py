"""Provides the character diff between a typed answer and the expected one (as Anki shows it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from quizgen.tui.literal import literal

if TYPE_CHECKING:  # the grader (rapidfuzz, name lists) is imported after the first question is drawn
    from quizgen.grading import DiffPart

_STYLES = {
    "same": "$text-success",
    "extra": "bold $text-error strike",
    "missing": "bold $text-warning underline",
}


class AnswerDiff(Static):
    """Two lines: what was typed (wrong letters struck out), the answer (missing letters underlined)."""

    def show_diff(self, typed: str, expected: str) -> None:
        from quizgen.grading import diff_answer

        top, bottom = diff_answer(typed, expected)
        self.update(
            Content("\n").join(
                [
                    Content.assemble(("You typed ", "$text-muted"), _line(top)),
                    Content.assemble(("Answer    ", "$text-muted"), _line(bottom)),
                ]
            )
        )


def _line(parts: list[DiffPart]) -> Content:
    return Content.assemble(*(literal(part.text, _STYLES[part.kind]) for part in parts))
