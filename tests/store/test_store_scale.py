"""A long review history stays fast without losing exactness: stats counted in SQL per quarter
hour (right in every timezone), a cheap damage check on big databases with the full one on
request, and due cards handed to the quiz are not written back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import quizgen.store.connection
from quizgen.errors import StoreError
from quizgen.models import Question
from quizgen.srs import Grade
from quizgen.store import ReviewStore

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)
NEPAL = dt.timezone(dt.timedelta(hours=5, minutes=45))


def answer(store: ReviewStore, question: Question, when: dt.datetime, correct: bool = True) -> None:
    store.record_review(question, Grade.GOOD if correct else Grade.AGAIN, when, correct=correct, mode="mcq")


def test_days_follow_the_learners_clock_even_at_a_quarter_hour_offset(sample_questions: list[Question]) -> None:
    with ReviewStore.open(fuzz=False) as store:
        # 18:10 UTC is 23:55 in Kathmandu, 18:20 UTC is 00:05 the next day there
        answer(store, sample_questions[0], T0.replace(hour=18, minute=10))
        answer(store, sample_questions[1], T0.replace(hour=18, minute=20), correct=False)
        answer(store, sample_questions[2], T0.replace(hour=18, minute=29, second=59))
        local = store.stats(T0 + DAY, tz=NEPAL)
        utc = store.stats(T0 + DAY)
    days = {d["date"]: (d["reviews"], d["correct"]) for d in local["history"] if d["reviews"]}
    assert days == {"2024-03-14": (1, 1), "2024-03-15": (2, 1)}
    assert {d["date"]: d["reviews"] for d in utc["history"] if d["reviews"]} == {"2024-03-14": 3}
    assert local["reviews"] == 3 and local["accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    kinds = {q.kind for q in sample_questions[:3]}
    assert sum(local["by_kind"][k]["reviews"] for k in kinds) == 3


def many_cards(path: Path, questions: list[Question]) -> None:
    with ReviewStore.open(path, fuzz=False) as store:
        store.add_questions(
            [dataclasses.replace(q, id=f"{q.id}-{n}", source=q.source * 40) for n in range(30) for q in questions]
        )


def test_a_big_database_cut_short_is_refused_by_the_cheap_check(
    tmp_path: Path, sample_questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quizgen.store.connection, "FULL_CHECK_BYTES", 0)  # every database counts as big
    path = tmp_path / "reviews.sqlite3"
    many_cards(path, sample_questions)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 3 * 4096])
    before = path.read_bytes()
    with pytest.raises(StoreError, match="damaged"):
        ReviewStore.open(path)
    assert path.read_bytes() == before


def test_damage_inside_a_big_database_is_found_when_asked(
    tmp_path: Path, sample_questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quizgen.store.connection, "FULL_CHECK_BYTES", 0)
    path = tmp_path / "reviews.sqlite3"
    many_cards(path, sample_questions)
    data = bytearray(path.read_bytes())
    data[2 * 4096 : 5 * 4096] = b"\xa5" * (3 * 4096)
    path.write_bytes(bytes(data))
    ReviewStore.open(path).close()  # the cheap check on open does not read every page
    with pytest.raises(StoreError, match="damaged"):
        ReviewStore.open(path, full_check=True)  # `quizgen stats --check`


def test_due_cards_given_back_to_the_quiz_are_not_rewritten(sample_questions: list[Question]) -> None:
    with ReviewStore.open(fuzz=False) as store:
        store.add_questions(sample_questions, titles={sample_questions[0].article: "Harbor bridge opens"})
        for question in sample_questions:
            answer(store, question, T0)
        bank = store.due_bank(T0 + 30 * DAY, limit=3)
        assert len(bank.questions) == 3 and [a.title for a in bank.articles] == ["Harbor bridge opens"]
        changes = store._conn.total_changes
        store.add_questions(bank.questions, titles={a.id: a.title for a in bank.articles})  # what the quiz does
        assert store._conn.total_changes == changes
        reworded = dataclasses.replace(bank.questions[0], question="Reworded?")
        store.add_questions([reworded])
        assert store._conn.total_changes == changes + 1
        assert store.question(reworded.id).question == "Reworded?"


def test_a_database_from_before_the_indexes_gets_them_on_open(tmp_path: Path, sample_questions: list[Question]) -> None:
    import sqlite3

    path = tmp_path / "reviews.sqlite3"
    with ReviewStore.open(path) as store:
        store.add_questions(sample_questions)
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX cards_due_active")
    conn.commit()
    conn.close()
    ReviewStore.open(path).close()
    conn = sqlite3.connect(path)
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM cards WHERE due IS NOT NULL AND due <= '2030' AND NOT suspended"
    ).fetchall()
    conn.close()
    assert "cards_due_active" in str(plan)  # what is due is counted from the index alone
