"""Reviewing due cards in the real quiz app: answers reach the store, even when the app is killed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable
from typing import Any

from textual.widgets import Static
from tui_helpers import ready

from quizgen.models import Question, QuestionBank
from quizgen.selection import QuizOptions
from quizgen.srs import Grade
from quizgen.store import ReviewStore
from quizgen.tui.app import make_app
from quizgen.tui.screens.stats_screen import StatsScreen

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)


def seed_due_cards(store: ReviewStore, questions: list[Question]) -> dt.datetime:
    """Answer every question once at T0; return a time at which all of them are due."""
    store.add_questions(questions, titles={"harbor-bridge-opens": "Harbor bridge opens after <five> years"})
    for question in questions:
        store.record_review(question, Grade.GOOD, T0, correct=True, mode="mcq")
    return T0 + DAY


async def test_review_session_records_each_answer_before_the_next(sample_questions: list[Question]) -> None:
    with ReviewStore.open(fuzz=False) as store:
        now = seed_due_cards(store, sample_questions)
        bank = store.due_bank(now)
        assert [a.title for a in bank.articles] == ["Harbor bridge opens after <five> years"]
        app = make_app(
            bank=bank, options=QuizOptions(mode="mcq", seed=7, autostart=True), store=store, clock=lambda: now
        )
        async with app.run_test(size=(100, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            for answered in range(1, 4):
                await pilot.press("1")
                await pilot.pause()
                await pilot.press("enter")
                await pilot.pause()
                assert store.stats(now)["reviews"] == len(sample_questions) + answered
        assert store.due_count(now) == len(sample_questions) - 3


async def test_start_screen_opens_the_stats_screen(sample_questions: list[Question]) -> None:
    with ReviewStore.open(fuzz=False) as store:
        now = seed_due_cards(store, sample_questions)
        app = make_app(bank=store.due_bank(now), store=store, clock=lambda: now)
        async with app.run_test(size=(100, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("s")
            await pilot.pause()
            assert isinstance(app.screen, StatsScreen)
            assert app.screen.figures["due"] == len(sample_questions)
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, StatsScreen)


def test_review_help_explains_every_option_and_the_order() -> None:
    from click.testing import CliRunner

    from quizgen.cli import cli

    result = CliRunner().invoke(cli, ["review", "--help"], terminal_width=200)
    assert result.exit_code == 0
    options = {line.split()[0]: line for line in result.output.splitlines() if line.strip().startswith("-")}
    assert all(option in options for option in ("--mode", "-n", "--seed"))
    assert "flash" in options["--mode"] and "multiple choice" in options["--mode"]
    assert "most overdue" in options["-n"] and "random order" in options["-n"]


# The real app in a subprocess, driven headless by a pilot: after each answer is confirmed
# (the moment the next question appears) it prints the question's id.
SESSION = textwrap.dedent(
    """
    import asyncio, datetime as dt, sys
    from quizgen.selection import QuizOptions
    from quizgen.store import ReviewStore
    from quizgen.tui.app import make_app

    now = dt.datetime.fromisoformat(sys.argv[1])

    async def main():
        with ReviewStore.open(fuzz=False) as store:
            bank = store.due_bank(now)
            app = make_app(bank=bank, options=QuizOptions(mode="mcq", seed=3, autostart=True),
                           store=store, clock=lambda: now)
            async with app.run_test(size=(100, 40)) as pilot:
                await app.workers.wait_for_complete()
                await pilot.pause()
                while True:
                    question = app.screen.session.prompt.question
                    await pilot.press("1")
                    await pilot.press("enter")
                    print(question.id, flush=True)

    asyncio.run(main())
    """
)


def test_kill_9_during_a_review_session_loses_no_confirmed_answer(
    sample_questions: list[Question], child_lines: Callable[..., Any]
) -> None:
    many = [dataclasses.replace(q, id=f"{q.id}-{n}") for n in range(6) for q in sample_questions]
    with ReviewStore.open(fuzz=False) as store:
        now = seed_due_cards(store, many)
    proc = subprocess.Popen(
        [sys.executable, "-c", SESSION, now.isoformat()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )
    lines = child_lines(proc, timeout=120)  # a stalled session fails the test, never hangs it
    confirmed = [lines.next() for _ in range(4)]
    proc.send_signal(signal.SIGKILL)
    confirmed += lines.rest()
    assert proc.returncode == -signal.SIGKILL

    with ReviewStore.open(fuzz=False) as store:
        for question_id in confirmed:
            reviews = store.reviews(question_id)
            assert len(reviews) == 2 and reviews[-1].reviewed_at == now, question_id


async def test_a_review_question_says_which_article_it_comes_from_and_when(
    sample_bank: QuestionBank, sample_questions: list[Question]
) -> None:
    from quizgen.answers import with_learner_aliases

    with ReviewStore.open(fuzz=False) as store:
        with_learner_aliases(sample_bank, store)  # what a quiz on the article does first
        for question in sample_questions:
            store.record_review(question, Grade.GOOD, T0, correct=True, mode="mcq")
        now = T0 + DAY
        app = make_app(
            bank=store.due_bank(now), options=QuizOptions(mode="mcq", autostart=True), store=store, clock=lambda: now
        )
        async with app.run_test(size=(100, 40)) as pilot:
            await ready(pilot)
            shown = str(app.screen.query_one("#question-kind", Static).render())
        article = sample_bank.articles[0]
        assert article.published is not None
        assert f"From: {article.title} · {article.published.day} {article.published:%B %Y}" in shown
