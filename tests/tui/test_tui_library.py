"""Pilot tests of the learner's controls: undo, suspend, I don't know, review from the start screen,
resuming a Learn round, one review per question per sitting, the exit line, the remembered theme."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from textual.widgets import Static
from tui_helpers import NOW, SIZE, current_question, quiz_app, right_key, started, text, wrong_key

from quizgen.models import Question
from quizgen.reports import exit_line
from quizgen.settings import Settings, load_settings
from quizgen.srs import Grade
from quizgen.store import ReviewStore
from quizgen.tui.app import make_app
from quizgen.tui.screens.quiz_screen import QuizScreen
from quizgen.tui.screens.results_screen import ResultsScreen
from quizgen.tui.screens.round_summary_screen import RoundSummaryScreen


def card_row(store: ReviewStore, question_id: str) -> tuple[object, ...]:
    conn = sqlite3.connect(store.path)
    try:
        return conn.execute("SELECT * FROM cards WHERE question_id = ?", (question_id,)).fetchone()
    finally:
        conn.close()


async def test_undo_takes_the_answer_out_of_the_history_and_restores_the_schedule_to_the_byte(
    sample_questions: list[Question], store: ReviewStore
) -> None:
    first = sample_questions[0]
    store.add_questions(sample_questions)
    store.record_review(first, Grade.GOOD, NOW - dt.timedelta(days=3), correct=True, mode="mcq")
    app = quiz_app([first, sample_questions[1]], mode="mcq", store=store, autostart=True)
    async with started(app) as pilot:
        asked = current_question(app)
        before = card_row(store, asked.id)
        reviews_before = store.reviews(asked.id)
        await pilot.press(wrong_key(app), "enter")
        assert card_row(store, asked.id) != before
        assert len(store.reviews(asked.id)) == len(reviews_before) + 1
        await pilot.press("u")
        await pilot.pause()
        assert current_question(app) == asked and app.screen.session.pending is None  # asked again
        assert card_row(store, asked.id) == before
        assert store.reviews(asked.id) == reviews_before
        assert app.screen.session.tally() == (0, 0)
        await pilot.press(right_key(app))
        await pilot.press("u")  # on the feedback: the answer is taken back before it is saved
        assert app.screen.session.pending is None and current_question(app) == asked
        await pilot.press(right_key(app), "enter")
        assert [r.correct for r in store.reviews(asked.id)[len(reviews_before) :]] == [True]


async def test_suspend_skips_the_question_now_and_in_every_later_review(
    sample_questions: list[Question], store: ReviewStore
) -> None:
    for question in sample_questions[:3]:
        store.record_review(question, Grade.AGAIN, NOW - dt.timedelta(days=1), correct=False, mode="mcq")
    app = quiz_app(sample_questions[:3], mode="mcq", store=store, autostart=True)
    async with started(app) as pilot:
        bad = current_question(app)
        await pilot.press("x")
        await pilot.pause()
        assert current_question(app) != bad
        assert app.screen.session.total == 2
    assert bad.id in store.suspended_ids()
    assert bad.id not in {q.id for q in store.due_questions(NOW)}
    assert len(store.due_questions(NOW)) == 2
    again = quiz_app(sample_questions[:3], mode="mcq", store=store, autostart=True)  # the quiz skips it too
    async with started(again) as pilot:
        assert bad.id not in again.screen.session.ids and again.screen.session.total == 2


async def test_i_dont_know_counts_as_wrong_and_shows_the_answer(
    sample_questions: list[Question], store: ReviewStore
) -> None:
    app = quiz_app(sample_questions[:1], mode="mcq", store=store, autostart=True)
    async with started(app) as pilot:
        asked = current_question(app)
        await pilot.press("d")
        assert "No answer" in text(app, "#feedback-verdict")
        assert asked.answer in text(app, "#feedback-answer")
        await pilot.press("enter")
        assert isinstance(app.screen, ResultsScreen)
        assert "Score: 0/1" in text(app, "#results-score")
    assert [(r.correct, r.grade) for r in store.reviews(asked.id)] == [(False, Grade.AGAIN)]


async def test_review_n_due_from_the_start_screen(sample_questions: list[Question], store: ReviewStore) -> None:
    due = sample_questions[:2]
    for question in due:
        store.record_review(question, Grade.AGAIN, NOW - dt.timedelta(days=1), correct=False, mode="mcq")
    store.save_learn_progress({due[0].id: 2})  # recalled in an unfinished Learn session
    app = quiz_app(sample_questions, mode="mixed", store=store)
    async with started(app) as pilot:
        assert "Due for review: 2 cards" in text(app, "#start-due")
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, QuizScreen)
        session = app.screen.session
        assert set(session.ids) == {q.id for q in due}
        assert session.level(due[0].id) == 0  # due: asked, whatever a Learn session reached
        await pilot.press(right_key(app), "enter")
    assert store.learn_progress(q.id for q in sample_questions) == {due[0].id: 2}  # review leaves it alone


async def test_start_screen_counts_only_the_kinds_and_number_chosen(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mcq")
    async with started(app) as pilot:
        assert text(app, "#start-kinds").startswith("7 questions")
        await pilot.press("1")  # quotes off: 2 of the 7
        assert text(app, "#start-kinds").startswith("5 questions")
        await pilot.press("n")  # at most 5 of them
        assert text(app, "#start-kinds").startswith("5 questions (at most 5")
        await pilot.press("1", "n")  # quotes back, all of them
        assert text(app, "#start-kinds").startswith("7 questions")
        await pilot.press("2", "3", "4", "5", "6")  # only quotes
        assert text(app, "#start-kinds").startswith("2 questions")
        await pilot.press("enter")
        assert isinstance(app.screen, QuizScreen)
        assert {q.kind for q in (app.screen.session._questions.values())} == {"quote"}
        assert app.screen.session.total == 2


async def test_a_learn_session_resumes_with_what_was_recalled(
    sample_questions: list[Question], store: ReviewStore
) -> None:
    questions = sample_questions[:2]
    app = quiz_app(questions, mode="mixed", store=store, autostart=True)
    async with started(app) as pilot:
        first = current_question(app)
        await pilot.press(right_key(app), "enter")
        await pilot.press(right_key(app), "enter")  # both recognised
        await pilot.pause()
        assert isinstance(app.screen, RoundSummaryScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert current_question(app) == first and app.screen.session.prompt.format == "typed"
        await pilot.press(*first.answer, "enter", "enter")  # first recalled
        await pilot.pause()
        await pilot.press("escape", "y")  # leave half-way
    resumed = quiz_app(questions, mode="mixed", store=store, autostart=True)
    async with started(resumed) as pilot:
        session = resumed.screen.session
        assert session.round_summary().mastered == 1  # "recalled 1 of 2"
        assert current_question(resumed) != first  # only the one not yet recalled is asked
        assert session.prompt.format == "typed"  # and it was recognised already
        assert "recalled 1 of 2" in str(resumed.screen.query_one("#status-where", Static).render())
    assert len(store.reviews(first.id)) == 1  # recognised, then recalled: one FSRS review


async def test_a_question_missed_and_retried_is_one_review(
    sample_questions: list[Question], store: ReviewStore
) -> None:
    app = quiz_app(sample_questions[:1], mode="mixed", store=store, autostart=True)
    async with started(app) as pilot:
        asked = current_question(app)
        await pilot.press(wrong_key(app), "enter")
        await pilot.press(right_key(app), "enter")  # missed, retried in the round
        await pilot.pause()
        assert isinstance(app.screen, RoundSummaryScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"nobody", "enter", "enter", "enter")  # missed typed, then back as mcq
        await pilot.pause()
    reviews = store.reviews(asked.id)
    assert [(r.correct, r.grade) for r in reviews] == [(False, Grade.AGAIN)]


async def test_flash_grades_show_the_next_interval(sample_questions: list[Question], store: ReviewStore) -> None:
    app = quiz_app(sample_questions[:1], mode="flash", store=store, autostart=True)
    async with started(app) as pilot:
        await pilot.press("space")
        grades = text(app, "#flash-grades")
        assert "1 Again 1m" in grades and "3 Good 10m" in grades  # a new card, as Anki shows it
        assert "4 Easy" in grades and grades.split("4 Easy ")[1].strip().endswith("d")


async def test_the_exit_line_gives_the_score_and_the_next_review(
    sample_questions: list[Question], store: ReviewStore
) -> None:
    app = quiz_app(sample_questions[:2], mode="mcq", store=store, autostart=True)
    async with started(app) as pilot:
        await pilot.press(right_key(app), "enter")
        await pilot.press(wrong_key(app))
        await pilot.press("ctrl+q")  # the answer on screen is settled first
    line = exit_line(app.results, store.next_due(), NOW, dt.UTC)
    assert line == "Score 1/2 (50%). Next review: 2026-01-05 09:31 (in 1 minute)."


async def test_the_theme_chosen_is_remembered(sample_questions: list[Question]) -> None:
    app = quiz_app(sample_questions, mode="mcq")
    app.settings = Settings()
    async with started(app) as pilot:
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"
    assert load_settings().theme == "textual-light"
    again = make_app(bank=app.bank, settings=load_settings())
    async with started(again) as pilot:
        assert again.theme == "textual-light"


async def test_the_footer_names_as_many_answer_keys_as_there_are_choices(sample_questions: list[Question]) -> None:
    import dataclasses

    three = dataclasses.replace(sample_questions[0], choices=sample_questions[0].choices[:3])
    app = quiz_app([three], mode="mcq", autostart=True)
    async with started(app) as pilot:
        await pilot.pause()
        footer = " ".join(str(key.render()) for key in app.screen.query("FooterKey"))
        assert "1-3 Answer" in footer and "1-4" not in footer


async def test_many_articles_scroll_and_start_stays_on_screen(sample_questions: list[Question]) -> None:
    from quizgen.models import Article, QuestionBank

    articles = tuple(
        Article(id=f"a{i}", title=f"Article number {i}", published=None, path="", text="") for i in range(30)
    )
    app = make_app(bank=QuestionBank(articles, tuple(sample_questions)))
    async with started(app) as pilot:
        box = app.screen.query_one("#start-articles-box")
        assert box.size.height <= 8 < box.virtual_size.height  # a window on the list, not the whole of it
        assert box.allow_vertical_scroll
        go = app.screen.query_one("#start-go")
        assert go.region.bottom <= SIZE[1] and go.region.height > 0  # "Press Enter to start" still shows
        box.focus()
        await pilot.press("end")
        assert box.scroll_y > 0


async def test_undo_of_an_answer_that_was_not_saved_leaves_the_history_alone(
    sample_questions: list[Question], store: ReviewStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizgen.errors import StoreError

    two = sample_questions[:2]
    for question in two:
        store.record_review(question, Grade.GOOD, NOW - dt.timedelta(days=3), correct=True, mode="mcq")
    before = {q.id: store.reviews(q.id) for q in two}

    def locked(*args: object, **kwargs: object) -> None:
        raise StoreError("review database is locked")

    app = quiz_app(two, mode="mcq", store=store, autostart=True)
    async with started(app) as pilot:
        asked = current_question(app)
        monkeypatch.setattr(store, "record_review", locked)
        await pilot.press(right_key(app), "enter")
        assert isinstance(app.screen, QuizScreen) and current_question(app) != asked
        await pilot.press("u")
        await pilot.pause()
        assert current_question(app) == asked  # the answer is taken back on screen
    assert {q.id: store.reviews(q.id) for q in two} == before  # and nothing earlier is lost
