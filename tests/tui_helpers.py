"""Shared pieces for the TUI tests: a fixed clock, the sample bank's article, and pilot shortcuts."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot
from textual.worker import WorkerFailed

from quizgen.export.bank import read_bank_file
from quizgen.models import Question, QuestionBank
from quizgen.selection import QuizOptions
from quizgen.tui.app import QuizApp, make_app

NOW = dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC)
SIZE = (100, 30)

SAMPLE_BANK = Path(__file__).parent / "data" / "sample_bank.json"
"""The file behind conftest's `sample_bank` fixture."""


def text(app: QuizApp, selector: str) -> str:
    """What the Static widget `selector` of the current screen shows."""
    from textual.widgets import Static

    return str(app.screen.query_one(selector, Static).render())


def clock() -> dt.datetime:
    return NOW


def bank_of(questions: Sequence[Question]) -> QuestionBank:
    """`questions` with the sample bank's article."""
    return QuestionBank(read_bank_file(SAMPLE_BANK).articles, tuple(questions))


def quiz_app(questions: Sequence[Question], *, store: object = None, **options: object) -> QuizApp:
    """The app on the fixture questions with a fixed seed and clock."""
    options.setdefault("seed", 3)
    return make_app(
        bank=bank_of(questions),
        options=QuizOptions(**options),  # type: ignore[arg-type]
        store=store,
        clock=clock,
    )  # type: ignore[arg-type]


@asynccontextmanager
async def started(app: QuizApp) -> AsyncIterator[Pilot]:
    """`app` running at `SIZE` with its questions loaded (see `ready`): where a pilot test begins."""
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot)
        yield pilot


async def ready(pilot: Pilot) -> None:
    """Wait until the questions are loaded (or failed) and, with autostart, the first one is shown.

    The loading worker starts after the first refresh, so waiting for workers alone can return
    before it has even begun; this waits on what the learner would see instead.
    """
    app = pilot.app
    for _ in range(500):  # bounded: a hung loader fails the test instead of the run
        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:
            pass  # the app reports a failed load itself; what it shows is what the tests check
        await pilot.pause()
        loaded = app.bank is not None or app.failure is not None  # type: ignore[attr-defined]
        autostarting = app.options.autostart and app.bank is not None and app.bank.questions  # type: ignore[attr-defined]
        if loaded and (not autostarting or type(app.screen).__name__ != "StartScreen"):
            await pilot.pause()
            return
    raise AssertionError("the questions were never shown")


def right_key(app: QuizApp) -> str:
    """The digit key of the right choice of the multiple-choice question on screen."""
    prompt = app.screen.session.prompt  # type: ignore[attr-defined]
    return str(prompt.choices.index(prompt.question.answer) + 1)


def wrong_key(app: QuizApp) -> str:
    prompt = app.screen.session.prompt  # type: ignore[attr-defined]
    return str(next(i for i, c in enumerate(prompt.choices) if c != prompt.question.answer) + 1)


def current_question(app: QuizApp) -> Question:
    return app.screen.session.prompt.question  # type: ignore[attr-defined]


def no_blink(pilot: Pilot) -> None:
    """Snapshots must not catch the cursor mid-blink."""
    from textual.widgets import Input

    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
