"""Provides the numbered list of choices for a multiple-choice question."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from quizgen.tui.literal import literal


class ChoiceList(OptionList):
    """Choices numbered 1–4. Arrows + Enter or a click pick one; the screen binds the digits."""

    class Chosen(Message):
        """The learner picked the choice at `index` (0-based)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def show_choices(self, choices: Sequence[str]) -> None:
        """Replace the options with `choices`, numbered, and highlight the first."""
        self.clear_options()
        self.add_options(
            Option(
                Content.assemble((f" {number} ", "bold reverse"), "  ", literal(choice)),
                id=f"choice-{number}",
            )
            for number, choice in enumerate(choices, start=1)
        )
        self.highlighted = 0 if choices else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(event.option_index))
