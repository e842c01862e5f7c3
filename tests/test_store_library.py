"""The learner's library in the store: old databases keep their history; suspend, undo, forget."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from quizgen.store import ReviewStore

DATA = Path(__file__).parent / "data"
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
