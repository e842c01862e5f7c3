"""Pilot tests: a learner drives every mode through right and wrong answers, results and retry."""

from __future__ import annotations

import asyncio
import dataclasses
import threading

import pytest
from textual.widgets import Input
from tui_helpers import (
    NOW,
    SIZE,
    bank_of,
    clock,
    current_question,
    quiz_app,
    ready,
    right_key,
    started,
    text,
    wrong_key,
)

from quizgen.errors import InputError
from quizgen.models import Question
from quizgen.selection import QuizOptions
from quizgen.srs import Grade
from quizgen.store import ReviewStore
from quizgen.tui.app import make_app
from quizgen.tui.dialogs.help_dialog import HelpDialog
from quizgen.tui.dialogs.quit_dialog import QuitDialog
from quizgen.tui.screens.quiz_screen import QuizScreen
from quizgen.tui.screens.results_screen import ResultsScreen
from quizgen.tui.screens.round_summary_screen import RoundSummaryScreen
from quizgen.tui.screens.start_screen import StartScreen


async def test_start_screen_lists_article_counts_and_starts(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mcq")
    async with started(app) as pilot:
        assert isinstance(app.screen, StartScreen)
        assert "Harbor bridge opens after <five> years" in text(app, "#start-articles")
        assert "14 March 2024" in text(app, "#start-articles")
        assert "7 questions" in text(app, "#start-kinds")
        assert "2 quote  2 1 role" in text(app, "#start-kinds")
        await pilot.press("m")  # mcq -> typed
        assert "typed" in text(app, "#start-mode")
        await pilot.press("enter")
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.session.mode == "typed"


async def test_mcq_right_wrong_results_and_retry(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mcq", count=3, autostart=True)
    async with started(app) as pilot:
        assert isinstance(app.screen, QuizScreen)
        await pilot.press(right_key(app))
        assert "Right" in text(app, "#feedback-verdict")
        await pilot.press("enter")
        missed = current_question(app)
        await pilot.press(wrong_key(app))
        assert "Not quite" in text(app, "#feedback-verdict")
        assert missed.answer in text(app, "#feedback-answer")
        assert "You chose" in text(app, "#feedback-response")
        await pilot.press("space")  # space continues too
        await pilot.press(right_key(app), "enter")
        assert isinstance(app.screen, ResultsScreen)
        assert "Score: 2/3" in text(app, "#results-score")
        assert missed.question in "".join(str(s.render()) for s in app.screen.query(".missed-question"))
        await pilot.press("r")
        assert isinstance(app.screen, QuizScreen)
        assert current_question(app) == missed
        await pilot.press(right_key(app), "enter")
        assert "Score: 1/1" in text(app, "#results-score")
        await pilot.press("r")  # nothing missed: retry is off
        assert isinstance(app.screen, ResultsScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_mcq_arrows_enter_and_mouse(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mcq", count=2, autostart=True)
    async with started(app) as pilot:
        first = app.screen.session.prompt
        await pilot.press("down", "enter")
        assert app.screen.session.pending.response == first.choices[1]
        await pilot.press("enter")
        second = app.screen.session.prompt
        await pilot.click("#choices", offset=(10, 3))  # third line: choice 3
        await pilot.pause()
        assert app.screen.session.pending.response == second.choices[2]


async def test_typed_typo_wrong_diff_and_override(sample_questions: list[Question], store: ReviewStore) -> None:
    app = quiz_app(sample_questions[:2], mode="typed", store=store, autostart=True)
    async with started(app) as pilot:
        by_id = {q.id: q for q in sample_questions}
        first = current_question(app)
        await pilot.press(*first.answer[:-1], "enter")  # last letter missing: a small typo
        assert "Right" in text(app, "#feedback-verdict") and "typo" in text(app, "#feedback-verdict")
        await pilot.press("enter")
        second = current_question(app)
        await pilot.press(*"Tom Lind", "enter")
        assert "Not quite" in text(app, "#feedback-verdict")
        assert app.screen.query_one("#feedback-diff").display
        assert "You typed Tom Lind" in text(app, "#feedback-diff") or "Tom Lind" in text(app, "#feedback-diff")
        assert second.answer in text(app, "#feedback-diff")
        await pilot.press("o")
        assert "Counted as right" in text(app, "#feedback-verdict")
        await pilot.press("enter")
        assert "Score: 2/2" in text(app, "#results-score")
    reviews = store.reviews(second.id)
    assert [(r.grade, r.correct, r.mode, r.typed) for r in reviews] == [(Grade.HARD, True, "typed", "Tom Lind")]
    assert store.aliases(second.id) == ["Tom Lind"]
    assert store.reviews(first.id)[0].grade == Grade.GOOD
    assert by_id[first.id] == first


async def test_empty_typed_answer_shows_the_answer_without_override(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions[:1], mode="typed", autostart=True)
    async with started(app) as pilot:
        await pilot.press("enter")
        assert "No answer" in text(app, "#feedback-verdict")
        assert "Maria Okafor" in text(app, "#feedback-answer")
        await pilot.press("o")  # nothing to override
        assert "No answer" in text(app, "#feedback-verdict")


async def test_flash_reveal_grades_and_records(sample_questions: list[Question], store: ReviewStore) -> None:
    app = quiz_app(sample_questions[:2], mode="flash", store=store, autostart=True)
    async with started(app) as pilot:
        first = current_question(app)
        await pilot.press("3")  # grades do nothing before the reveal
        assert app.screen.session.pending is None and current_question(app) == first
        await pilot.press("space")
        assert first.answer in text(app, "#flash-answer")
        await pilot.press("1")  # Again
        second = current_question(app)
        assert second != first
        await pilot.press("enter", "4")  # reveal, Easy
        assert isinstance(app.screen, ResultsScreen)
        assert "Score: 1/2" in text(app, "#results-score")
    assert store.reviews(first.id)[0].grade == Grade.AGAIN
    assert store.reviews(second.id)[0].grade == Grade.EASY
    assert store.reviews(second.id)[0].mode == "flash"


async def test_learn_round_mc_then_summary_then_typed(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mixed", autostart=True)
    async with started(app) as pilot:
        missed = current_question(app)
        await pilot.press(wrong_key(app), "enter")
        for _ in range(len(sample_questions) - 1):
            assert app.screen.session.prompt.format == "mcq"
            await pilot.press(right_key(app), "enter")
        assert current_question(app) == missed  # the miss comes back at the end of the round
        await pilot.press(right_key(app), "enter")
        assert isinstance(app.screen, RoundSummaryScreen)
        assert app.screen.summary.asked == 8 and app.screen.summary.right == 7
        await pilot.press("enter")
        assert isinstance(app.screen, QuizScreen)
        assert app.screen.session.prompt.format == "typed"
        assert app.screen.query_one("#answer-input", Input).has_focus


async def test_quit_mid_quiz_asks_first(sample_questions: list[Question], store: ReviewStore) -> None:
    app = quiz_app(sample_questions, mode="mcq", store=store, autostart=True)
    async with started(app) as pilot:
        answered = current_question(app)
        await pilot.press(right_key(app))
        await pilot.press("q")
        assert isinstance(app.screen, QuitDialog)
        await pilot.press("n")
        assert isinstance(app.screen, QuizScreen)
        await pilot.press("escape")
        await pilot.press("y")
    assert app.return_code == 0
    # The answer on screen when quitting was still saved.
    assert [r.correct for r in store.reviews(answered.id)] == [True]


async def test_ctrl_q_on_the_feedback_saves_the_answer_given(
    sample_questions: list[Question], store: ReviewStore
) -> None:
    app = quiz_app(sample_questions, mode="mcq", store=store, autostart=True)
    async with started(app) as pilot:
        answered = current_question(app)
        await pilot.press(wrong_key(app))
        await pilot.press("ctrl+q")
    assert app.return_code == 0
    assert [(r.correct, r.grade) for r in store.reviews(answered.id)] == [(False, Grade.AGAIN)]


async def test_ctrl_q_after_an_override_saves_it_as_right(sample_questions: list[Question], store: ReviewStore) -> None:
    app = quiz_app(sample_questions[:1], mode="typed", store=store, autostart=True)
    async with started(app) as pilot:
        answered = current_question(app)
        await pilot.press(*"Tom Lind", "enter", "o")
        await pilot.press("f1")  # quitting from a dialog on top still saves the answer below it
        await pilot.press("ctrl+q")
    assert [(r.correct, r.grade, r.typed) for r in store.reviews(answered.id)] == [(True, Grade.HARD, "Tom Lind")]
    assert store.aliases(answered.id) == ["Tom Lind"]


async def test_help_opens_and_closes(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mcq", autostart=True)
    async with started(app) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpDialog)
        await pilot.press("escape")
        assert isinstance(app.screen, QuizScreen)


async def test_markup_and_escape_sequences_are_shown_literally(sample_questions: list[Question]) -> None:
    tricky = dataclasses.replace(sample_questions[6], question="Who said \x1b[31m[bold]traffic[/bold]\x1b[0m?")
    app = quiz_app([tricky], mode="mcq", autostart=True)
    async with started(app) as pilot:
        shown = text(app, "#question-text")
        assert "[bold]traffic[/bold]" in shown
        assert "\x1b" not in shown and "␛[31m" in shown
        await pilot.press(right_key(app))
        assert '"[bold]Traffic[/bold] will fall by a third,"' in text(app, "#feedback-source")


async def test_loading_shows_progress_then_questions(sample_questions: list[Question]) -> None:
    posted, release = threading.Event(), threading.Event()

    def load(progress):  # type: ignore[no-untyped-def]
        progress(1, 3, "second.txt")
        posted.set()
        release.wait(5)
        return bank_of(sample_questions)

    app = make_app(load=load, options=QuizOptions(seed=1), clock=clock)
    async with app.run_test(size=SIZE) as pilot:
        await asyncio.to_thread(posted.wait, 5)
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert "Article 2 of 3: second.txt" in str(app.screen.query_one("#loading-label").render())
        release.set()
        await ready(pilot)
        assert not app.screen.query_one("#start-loading").display
        assert "7 questions" in text(app, "#start-kinds")


@pytest.mark.parametrize(
    ("error", "shown"),
    [
        (InputError("notes.txt: the file is empty"), "notes.txt: the file is empty"),
        (RuntimeError("bug"), "question generation failed: RuntimeError: bug"),
    ],
    ids=["quizgen-error", "unexpected-error"],
)
async def test_generation_error_is_shown_and_kept_for_the_exit(error: Exception, shown: str) -> None:
    def load(progress):  # type: ignore[no-untyped-def]
        raise error

    app = make_app(load=load, options=QuizOptions(mode="mcq", autostart=True), clock=clock)
    async with started(app) as pilot:
        assert shown in text(app, "#start-error")
        await pilot.press("enter")  # nothing to start
        assert isinstance(app.screen, StartScreen)
        await pilot.press("q")
    assert app.failure is not None and shown in str(app.failure)


async def test_start_screen_counts_due_cards_and_learner_aliases_apply(
    sample_questions: list[Question], store: ReviewStore
) -> None:
    store.add_questions(sample_questions)
    store.record_review(sample_questions[1], Grade.AGAIN, NOW.replace(hour=8), correct=False, mode="mcq")
    store.add_alias(sample_questions[1].id, "the engineer", NOW.replace(hour=8))
    app = quiz_app(sample_questions[1:2], mode="typed", store=store)
    async with started(app) as pilot:
        assert "Due for review: 1 card" in text(app, "#start-due")
        await pilot.press("enter", *"The Engineer", "enter")
        assert "Right" in text(app, "#feedback-verdict")


async def test_export_writes_a_deck_under_the_exports_folder(
    sample_questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    written = []

    def fake_export(bank, path, *, fmt, now):  # type: ignore[no-untyped-def]
        written.append((path, fmt, now))
        path.write_bytes(b"deck")
        return type("Result", (), {"path": path, "notes": len(bank.questions), "warnings": ()})()

    monkeypatch.setattr("quizgen.export.write_export", fake_export)
    app = quiz_app(sample_questions[:1], mode="mcq", autostart=True)
    async with started(app) as pilot:
        await pilot.press(right_key(app), "enter", "e")
        await ready(pilot)
        assert "Anki deck with 1 notes written to" in text(app, "#results-export")
    ((path, fmt, now),) = written
    assert fmt == "apkg" and path.parent.name == "exports" and path.suffix == ".apkg"
    assert now == NOW.timestamp()


async def test_usable_at_80x24(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mcq", autostart=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot)
        assert app.screen.query_one("#choices").region.bottom <= 23
        await pilot.press(wrong_key(app))
        hint = app.screen.query_one("#feedback-hint")
        assert 0 < hint.region.bottom <= 23


async def test_theme_toggles_between_light_and_dark(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mcq")
    async with app.run_test(size=SIZE) as pilot:
        dark = app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.current_theme.dark is not dark


async def test_stats_key_opens_the_stats_screen(sample_questions: list[Question], store: ReviewStore) -> None:
    from quizgen.tui.screens.stats_screen import StatsScreen

    app = quiz_app(sample_questions, mode="mcq", store=store)
    async with started(app) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, StatsScreen)


async def test_no_stats_key_without_a_store(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mcq")
    async with started(app) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, StartScreen)


async def test_the_from_line_blanks_an_answer_the_title_names(sample_questions: list[Question]) -> None:
    years = Question(
        id="q-years",
        article="harbor-bridge-opens",
        kind="number",
        question="After how many years of work did the Harbor Bridge open?",
        answer="five",
        source="The Harbor Bridge opened after five years of work.",
    )
    app = quiz_app([years], mode="typed", autostart=True)
    async with started(app):
        assert "From: Harbor bridge opens after <___> years · 14 March 2024" in text(app, "#question-kind")
    # the same number in figures: "five" in the title is the answer "5" all the same
    app = quiz_app([dataclasses.replace(years, answer="5")], mode="typed", autostart=True)
    async with started(app):
        assert "From: Harbor bridge opens after <___> years · 14 March 2024" in text(app, "#question-kind")
    app = quiz_app(sample_questions[:1], mode="typed", autostart=True)
    async with started(app):
        assert "From: Harbor bridge opens after <five> years · 14 March 2024" in text(app, "#question-kind")
