"""Provides the help dialog: every key, by screen and mode."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

HELP: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Start",
        (
            ("Enter", "start the quiz"),
            ("1–6", "choose the kinds of question"),
            ("n", "how many questions: all, 5, 10, 20, 50"),
            ("m", "change mode: mcq, typed, flash, mixed"),
            ("r", "review the cards due"),
            ("s", "review statistics"),
        ),
    ),
    (
        "Multiple choice",
        (
            ("1–4", "answer at once"),
            ("↑ ↓ Enter", "pick with the arrows"),
            ("click", "pick with the mouse"),
            ("d", "I don't know: show me the answer"),
        ),
    ),
    ("Typed", (("Enter", "check your answer (empty: show me)"), ("o", "after a miss: I was right"))),
    ("Flashcards", (("space / Enter", "reveal the answer"), ("1 2 3 4", "Again, Hard, Good, Easy"))),
    (
        "Mixed (learn)",
        (
            ("", "rounds of 7: multiple choice first, typed once you know it;"),
            ("", "missed questions come back at the end of the round"),
        ),
    ),
    ("Feedback", (("Enter / space", "next question"),)),
    (
        "Any question",
        (
            ("u / ctrl+z", "undo the last answer (its review and schedule too)"),
            ("x", "suspend: don't ask this question again"),
        ),
    ),
    ("Results", (("r", "retry the missed questions"), ("e", "export the deck for Anki"), ("q", "quit"))),
    ("Anywhere", (("? / F1", "this help"), ("ctrl+t", "light or dark theme"), ("q / Esc", "quit"))),
)


class HelpDialog(ModalScreen[None]):
    """The keys of every screen and mode; any of Esc, q, ? or Enter closes it."""

    BINDINGS = [Binding("escape,q,question_mark,enter,f1", "close", "Close", id="close-help")]

    def compose(self) -> ComposeResult:
        lines = []
        for section, keys in HELP:
            lines.append(Content.styled(section, "bold $text-accent"))
            lines.extend(Content.assemble((f"  {key:<14}", "bold"), text) for key, text in keys)
        with VerticalScroll(id="help-dialog", classes="dialog"):
            yield Static("Keys", classes="dialog-title")
            yield Static(Content("\n").join(lines))

    def action_close(self) -> None:
        self.dismiss(None)
