"""Provides the dialog that asks before leaving a quiz half-way."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class QuitDialog(ModalScreen[bool]):
    """ "Quit the quiz?" Answers True to quit, False to keep going."""

    BINDINGS = [
        Binding("y", "answer(True)", "Quit", id="quit-yes"),
        Binding("n,escape", "answer(False)", "Keep going", id="quit-no"),
    ]

    def __init__(self, note: str) -> None:
        super().__init__()
        self._note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="quit-dialog", classes="dialog"):
            yield Static("Quit the quiz?", classes="dialog-title")
            yield Static(self._note, markup=False, classes="dialog-note")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Quit (y)", variant="error", id="quit-yes")
                yield Button("Keep going (n)", variant="primary", id="quit-no")

    def on_mount(self) -> None:
        self.query_one("#quit-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "quit-yes")

    def action_answer(self, quit_: bool) -> None:
        self.dismiss(quit_)
