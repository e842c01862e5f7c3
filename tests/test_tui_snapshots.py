"""Snapshots of the main screens at a fixed size, seed and clock (update: pytest --snapshot-update).

Textual is pinned in pyproject.toml because these SVGs change between Textual releases.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from textual.pilot import Pilot
from tui_helpers import SIZE, no_blink, quiz_app, ready

from quizgen.models import Question


def prepare(*keys: str, light: bool = False) -> Callable[[Pilot], Awaitable[None]]:
    """Wait for the questions, optionally switch theme, press `keys`, stop the cursor blinking."""

    async def run_before(pilot: Pilot) -> None:
        await ready(pilot)
        if light:
            pilot.app.theme = "textual-light"
        await pilot.press(*keys)
        await ready(pilot)
        no_blink(pilot)

    return run_before


def answer_keys(questions: Sequence[Question], seed: int, right: bool) -> list[str]:
    """Keys choosing the right (or a wrong) option for the first question, as the session shuffles."""
    from quizgen.selection import QuizOptions, pick_questions
    from quizgen.session import QuizSession

    session = QuizSession(pick_questions(questions, QuizOptions(mode="mcq", seed=seed)), "mcq", seed=seed)
    prompt = session.prompt
    assert prompt is not None
    index = prompt.choices.index(prompt.question.answer)
    return [str(index + 1 if right else (index + 1) % len(prompt.choices) + 1)]


def test_start_screen(snap_compare, sample_questions: list[Question]) -> None:  # type: ignore[no-untyped-def]
    """Article title (with markup-like text shown as is), counts per kind, mode, Start."""
    app = quiz_app(sample_questions, mode="mcq")
    assert snap_compare(app, terminal_size=SIZE, run_before=prepare())


def test_mcq_question(snap_compare, sample_questions: list[Question]) -> None:  # type: ignore[no-untyped-def]
    """Progress line, the question, four numbered choices, footer with 1-4."""
    app = quiz_app(sample_questions, mode="mcq", autostart=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=prepare())


def test_feedback_after_wrong_choice(snap_compare, sample_questions: list[Question]) -> None:  # type: ignore[no-untyped-def]
    """Wrong: the verdict, the answer, what was chosen, the source with the answer highlighted."""
    app = quiz_app(sample_questions, mode="mcq", autostart=True)
    keys = answer_keys(sample_questions, 3, right=False)
    assert snap_compare(app, terminal_size=SIZE, run_before=prepare(*keys))


def test_typed_wrong_answer_diff(snap_compare, sample_questions: list[Question]) -> None:  # type: ignore[no-untyped-def]
    """A wrong typed answer: character diff against the answer, and `o` to override."""
    app = quiz_app(sample_questions, mode="typed", autostart=True)
    assert snap_compare(app, terminal_size=SIZE, run_before=prepare(*"Maria Okonkwo", "enter"))


def test_results(snap_compare, sample_questions: list[Question]) -> None:  # type: ignore[no-untyped-def]
    """Score, accuracy by kind, missed questions with answers; r retry, e export, q quit."""
    app = quiz_app(sample_questions[:3], mode="flash", autostart=True)
    keys = ["space", "3", "space", "1", "space", "4"]
    assert snap_compare(app, terminal_size=SIZE, run_before=prepare(*keys))


def test_feedback_light_theme_80x24(snap_compare, sample_questions: list[Question]) -> None:  # type: ignore[no-untyped-def]
    """The smallest supported terminal, in the light theme."""
    app = quiz_app(sample_questions, mode="mcq", autostart=True)
    keys = answer_keys(sample_questions, 3, right=True)
    assert snap_compare(app, terminal_size=(80, 24), run_before=prepare(*keys, light=True))
