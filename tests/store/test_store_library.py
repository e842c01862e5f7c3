"""The learner's library in the store: old databases keep their history; suspend, undo, forget."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from quizgen.models import Question
from quizgen.srs import Grade, Schedule
from quizgen.store import ReviewStore
from quizgen.store.records import ArticleSummary

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)

DATA = Path(__file__).parents[1] / "data"
V2_DATABASE = DATA / "reviews-v2.sqlite3"
"""Written by the schema-2 code with tests/data/make_reviews_v2.py; never rebuilt."""


def raw_reviews(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT c.question_id, r.reviewed_at, r.grade, r.correct, r.mode, r.typed, r.duration_ms "
            "FROM reviews r JOIN cards c ON c.id = r.card_id ORDER BY r.id"
        ).fetchall()
    finally:
        conn.close()


def raw_schedules(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(
            "SELECT question_id, state, step, stability, difficulty, due, last_review FROM cards ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


def test_a_version_2_database_keeps_every_review_schedule_and_alias(tmp_path: Path) -> None:
    path = tmp_path / "reviews.sqlite3"
    shutil.copyfile(V2_DATABASE, path)
    before_reviews, before_schedules = raw_reviews(V2_DATABASE), raw_schedules(V2_DATABASE)
    assert len(before_reviews) == 25
    with ReviewStore.open(path, fuzz=False) as store:
        history = {card.question.id: card for card in store.history()}
        assert store.aliases("q-5f1c0a02") == ["T. Lindqvist"]
    assert raw_reviews(path) == before_reviews
    assert raw_schedules(path) == before_schedules
    assert sum(len(card.reviews) for card in history.values()) == 25
    assert history["q-5f1c0a01"].article_title == "Harbor bridge opens after <five> years"


def card_row(path: Path, question_id: str) -> tuple[object, ...]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT * FROM cards WHERE question_id = ?", (question_id,)).fetchone()
    finally:
        conn.close()


def test_undo_restores_the_schedule_to_the_byte_and_drops_the_review(
    sample_questions: list[Question], tmp_path: Path
) -> None:
    path = tmp_path / "r.sqlite3"
    question = sample_questions[0]
    with ReviewStore.open(path, fuzz=False) as store:
        store.add_questions(sample_questions)
        store.record_review(question, Grade.GOOD, T0, correct=True, mode="mcq")
        store.record_review(question, Grade.GOOD, T0 + DAY, correct=True, mode="mcq")
        before = card_row(path, question.id)
        store.record_review(question, Grade.AGAIN, T0 + 3 * DAY, correct=False, mode="typed", typed="x")
        store.add_alias(question.id, "x", T0 + 3 * DAY)
        assert card_row(path, question.id) != before
        assert store.undo_review(question.id)
        assert card_row(path, question.id) == before
        assert [r.reviewed_at for r in store.reviews(question.id)] == [T0, T0 + DAY]
        assert store.aliases(question.id) == []
        assert store.undo_review(question.id) and store.undo_review(question.id)
        assert store.schedule(question.id) == Schedule()  # back to new
        assert not store.undo_review(question.id)  # nothing left to undo


def test_a_suspended_card_is_never_due(sample_questions: list[Question]) -> None:
    with ReviewStore.open(fuzz=False) as store:
        store.add_questions(sample_questions)
        for question in sample_questions[:2]:
            store.record_review(question, Grade.AGAIN, T0, correct=False, mode="mcq")
        assert store.suspend(sample_questions[0].id)
        later = T0 + DAY
        assert [q.id for q in store.due_questions(later)] == [sample_questions[1].id]
        assert store.due_count(later) == 1
        assert sample_questions[0].id not in {q.id for q in store.new_questions(10)}
        assert sample_questions[0].id in store.suspended_ids()
        assert not store.suspend("no-such-question")


def test_articles_count_new_learning_due_and_suspended(sample_questions: list[Question]) -> None:
    other = [dataclasses.replace(q, id=q.id + "-b", article="other") for q in sample_questions[:2]]
    with ReviewStore.open(fuzz=False) as store:
        store.add_questions(
            [*sample_questions, *other],
            titles={"harbor-bridge-opens": "Harbor", "other": "Other"},
            published={"harbor-bridge-opens": dt.date(2024, 3, 14), "other": None},
        )
        store.record_review(sample_questions[0], Grade.AGAIN, T0, correct=False, mode="mcq")
        store.record_review(sample_questions[1], Grade.GOOD, T0 - 9 * DAY, correct=True, mode="mcq")
        store.suspend(sample_questions[2].id)
        harbor, other_summary = store.articles(T0 + DAY)
    assert harbor == ArticleSummary(
        "harbor-bridge-opens", "Harbor", dt.date(2024, 3, 14), questions=7, new=4, learning=2, due=2, suspended=1
    )
    assert (other_summary.title, other_summary.published, other_summary.new) == ("Other", None, 2)


def test_new_cards_follow_due_ones_in_a_review_bank(sample_questions: list[Question]) -> None:
    with ReviewStore.open(fuzz=False) as store:
        store.add_questions(sample_questions, published={"harbor-bridge-opens": dt.date(2024, 3, 14)})
        store.record_review(sample_questions[3], Grade.AGAIN, T0, correct=False, mode="mcq")
        bank = store.due_bank(T0 + DAY, new=2)
        assert [q.id for q in bank.questions] == [sample_questions[3].id, *(q.id for q in sample_questions[:2])]
        assert bank.articles[0].published == dt.date(2024, 3, 14)
        assert store.introduced_since(T0) == 1 and store.introduced_since(T0 + DAY) == 0


def test_stats_do_not_count_a_suspended_card_as_due(sample_questions: list[Question]) -> None:
    with ReviewStore.open(fuzz=False) as store:
        for question in sample_questions[:2]:
            store.record_review(
                question,
                Grade.AGAIN,
                T0 + dt.timedelta(minutes=sample_questions.index(question)),
                correct=False,
                mode="mcq",
            )
        store.suspend(sample_questions[0].id)
        figures = store.stats(T0 + DAY)
        assert figures["due"] == 1
        assert figures["next_due"] == store.schedule(sample_questions[1].id).due.isoformat()
