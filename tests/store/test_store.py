"""The review store: cards keep their content and schedule, and no answer is ever lost."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from quizgen.errors import StoreError
from quizgen.locations import database_path
from quizgen.models import Question
from quizgen.srs import Grade
from quizgen.store import ReviewStore
from quizgen.store.schema import MIGRATIONS, SCHEMA_VERSION

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)


def answer(store: ReviewStore, question: Question, when: dt.datetime, correct: bool = True) -> dt.datetime:
    grade = Grade.GOOD if correct else Grade.AGAIN
    return store.record_review(question, grade, when, correct=correct, mode="mcq")


def test_opens_in_quizgen_home_with_wal(quizgen_home: Path) -> None:
    with ReviewStore.open() as store:
        assert store.path == database_path() == quizgen_home / "reviews.sqlite3"
    conn = sqlite3.connect(quizgen_home / "reviews.sqlite3")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_due_cards_can_be_quizzed_without_the_article(sample_questions: list[Question], tmp_path: Path) -> None:
    """Everything a quiz needs comes back from the store, markup-like text included, byte for byte."""
    path = tmp_path / "r.sqlite3"
    with ReviewStore.open(path, fuzz=False) as store:
        store.add_questions(sample_questions, titles={"harbor-bridge-opens": "Harbor bridge opens after <five> years"})
        for question in sample_questions:
            answer(store, question, T0)
    with ReviewStore.open(path, fuzz=False) as store:
        due = store.due_questions(T0 + DAY)
        assert sorted(due, key=lambda q: q.id) == sorted(sample_questions, key=lambda q: q.id)
        assert store.history()[0].article_title == "Harbor bridge opens after <five> years"


def test_unanswered_cards_are_new_not_due(sample_questions: list[Question]) -> None:
    with ReviewStore.open(fuzz=False) as store:
        store.add_questions(sample_questions)
        assert store.due_count(T0 + 365 * DAY) == 0
        assert store.due_questions(T0 + 365 * DAY) == []
        assert store.next_due() is None
        assert store.schedule(sample_questions[0].id).is_new


def test_most_overdue_first_and_limit(sample_questions: list[Question]) -> None:
    first, second, third = sample_questions[:3]
    with ReviewStore.open(fuzz=False) as store:
        answer(store, second, T0)
        answer(store, first, T0 + MINUTE)
        answer(store, third, T0 + 2 * MINUTE)
        now = T0 + DAY
        assert [q.id for q in store.due_questions(now)] == [second.id, first.id, third.id]
        assert [q.id for q in store.due_questions(now, limit=2)] == [second.id, first.id]
        assert store.due_count(now) == 3
        assert store.due_count(T0 + 10 * MINUTE) == 1
        assert store.next_due() == T0 + 10 * MINUTE


def test_new_wording_keeps_schedule_and_history(sample_questions: list[Question]) -> None:
    question = sample_questions[1]
    reworded = dataclasses.replace(question, question="Who leads the engineering work for the HTA?")
    with ReviewStore.open(fuzz=False) as store:
        due = answer(store, question, T0)
        store.add_questions([reworded])
        assert store.question(question.id) == reworded
        assert store.schedule(question.id).due == due
        assert len(store.reviews(question.id)) == 1


def test_learner_aliases_join_the_question_aliases(sample_questions: list[Question]) -> None:
    question = sample_questions[4]  # "1,200", aliases ["1200"]
    with ReviewStore.open(fuzz=False) as store:
        answer(store, question, T0, correct=False)
        store.add_alias(question.id, "  twelve hundred ", T0)
        store.add_alias(question.id, "twelve hundred", T0)  # a second override adds nothing
        store.add_alias(question.id, "1200", T0)  # already an alias of the question: nothing to add
        store.add_alias(question.id, "1,200", T0)  # the answer itself
        assert store.aliases(question.id) == ["twelve hundred"]
        (due,) = store.due_questions(T0 + DAY)
        assert due.aliases == ("1200", "twelve hundred")
        with pytest.raises(StoreError, match="no card"):
            store.add_alias("no-such-question", "x", T0)
        # A due question handed back to the store (as the quiz app does) keeps the two apart.
        store.add_questions([due])
        (card,) = store.history()
        assert card.question.aliases == ("1200",)
        assert card.learner_aliases == ("twelve hundred",)


def test_learner_aliases_are_ordered_by_the_time_given(sample_questions: list[Question], tmp_path: Path) -> None:
    question = sample_questions[4]
    path = tmp_path / "r.sqlite3"
    with ReviewStore.open(path, fuzz=False) as store:
        answer(store, question, T0)
        store.add_alias(question.id, "twelve hundred", T0 + DAY)
        store.add_alias(question.id, "1.2 thousand", T0)  # added later, but stamped earlier
        assert store.aliases(question.id) == ["1.2 thousand", "twelve hundred"]
        assert store.learner_aliases() == {question.id: ["1.2 thousand", "twelve hundred"]}
        merged = dataclasses.replace(store.history()[0], learner_aliases=("about 1200",))
        store.merge_history([merged], T0 + 2 * DAY)
    conn = sqlite3.connect(path)
    stamps = dict(conn.execute("SELECT alias, added FROM learner_aliases").fetchall())
    conn.close()
    assert stamps == {
        "1.2 thousand": T0.isoformat(timespec="microseconds"),
        "twelve hundred": (T0 + DAY).isoformat(timespec="microseconds"),
        "about 1200": (T0 + 2 * DAY).isoformat(timespec="microseconds"),
    }


def test_title_learned_later_reaches_a_card_reviewed_without_one(sample_questions: list[Question]) -> None:
    question = sample_questions[0]
    with ReviewStore.open(fuzz=False) as store:
        answer(store, question, T0)  # answered before its article's title was known
        bank = store.due_bank(T0 + DAY)
        assert [(a.id, a.title) for a in bank.articles] == [(question.article, "")]
        # The quiz registers the bank it is given with its titles, as for any bank.
        store.add_questions(bank.questions, titles={a.id: a.title for a in bank.articles})
        (card,) = store.history()
        store.merge_history([dataclasses.replace(card, article_title="Harbor bridge opens")], T0 + DAY)
        assert store.article_titles() == {question.article: "Harbor bridge opens"}
        assert [a.title for a in store.due_bank(T0 + DAY).articles] == ["Harbor bridge opens"]


def test_review_log_keeps_what_was_typed(sample_questions: list[Question]) -> None:
    question = sample_questions[2]
    with ReviewStore.open(fuzz=False) as store:
        store.record_review(question, Grade.AGAIN, T0, correct=False, mode="typed", typed="March 21", duration_ms=5400)
        (review,) = store.reviews(question.id)
    assert (
        review.reviewed_at,
        review.grade,
        review.correct,
        review.mode,
        review.typed,
        review.duration_ms,
    ) == (T0, Grade.AGAIN, False, "typed", "March 21", 5400)


# --- migrations -------------------------------------------------------------------------------


def add_old_review_and_close(conn: sqlite3.Connection) -> None:
    """One review of card 1, as an old version's database holds it; then the file is left alone."""
    conn.execute(
        "INSERT INTO reviews (card_id, reviewed_at, grade, correct, mode) "
        "VALUES (1, '2024-03-14T12:00:00.000000+00:00', 3, 1, 'mcq')"
    )
    conn.commit()
    conn.close()


def test_version_1_database_is_upgraded_keeping_its_data(tmp_path: Path, sample_questions: list[Question]) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0].statements():
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO cards (question_id, article_id, kind, question, answer, state, step, stability, "
        "difficulty, due, last_review) VALUES ('q-old', 'an-article', 'role', 'Who runs the ferry?', "
        "'Ada Moss', 'review', NULL, 3.1, 5.0, '2024-03-16T12:00:00.000000+00:00', "
        "'2024-03-14T12:00:00.000000+00:00')"
    )
    add_old_review_and_close(conn)

    with ReviewStore.open(path, fuzz=False) as store:
        assert [q.answer for q in store.due_questions(T0 + 3 * DAY)] == ["Ada Moss"]
        assert len(store.reviews("q-old")) == 1
        store.add_alias("q-old", "Moss", T0)  # the table version 2 added
        assert store.aliases("q-old") == ["Moss"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
    conn.close()


def test_version_2_database_keeps_its_reviews_and_learns_article_dates(
    tmp_path: Path, sample_questions: list[Question]
) -> None:
    path = tmp_path / "v2.sqlite3"
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:2]:
        for statement in migration.statements():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO cards (question_id, article_id, article_title, kind, question, answer, state, stability, "
        "difficulty, due, last_review) VALUES ('q-old', 'ferry', 'Ferry news', 'role', 'Who runs the ferry?', "
        "'Ada Moss', 'review', 3.1, 5.0, '2024-03-16T12:00:00.000000+00:00', '2024-03-14T12:00:00.000000+00:00')"
    )
    add_old_review_and_close(conn)

    with ReviewStore.open(path, fuzz=False) as store:
        (article,) = store.due_bank(T0 + 3 * DAY).articles
        assert (article.title, article.published) == ("Ferry news", None)
        assert len(store.reviews("q-old")) == 1
        question = store.question("q-old")
        assert question is not None
        store.add_questions([question], published={"ferry": dt.date(2024, 3, 1)})
        (article,) = store.due_bank(T0 + 3 * DAY).articles
        assert (article.title, article.published) == ("Ferry news", dt.date(2024, 3, 1))
        assert len(store.reviews("q-old")) == 1


def test_migrations_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


# --- databases that must be left alone --------------------------------------------------------


def snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def make_db(path: Path, questions: list[Question]) -> None:
    with ReviewStore.open(path, fuzz=False) as store:
        store.add_questions(questions)
        for i, question in enumerate(questions):
            answer(store, question, T0 + i * MINUTE)


def test_newer_schema_is_refused_and_untouched(tmp_path: Path, sample_questions: list[Question]) -> None:
    path = tmp_path / "future.sqlite3"
    make_db(path, sample_questions)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = snapshot(path)
    with pytest.raises(StoreError, match="newer") as caught:
        ReviewStore.open(path)
    assert "\n" not in str(caught.value)
    assert snapshot(path) == before


@pytest.mark.parametrize(
    "damage",
    ["not-sqlite", "garbage-pages", "truncated-header", "someone-elses-sqlite"],
)
def test_corrupt_file_is_refused_and_untouched(tmp_path: Path, sample_questions: list[Question], damage: str) -> None:
    path = tmp_path / "reviews.sqlite3"
    if damage == "not-sqlite":
        path.write_text("cards: Maria Okafor, Tomas Lindqvist\n" * 50)
    elif damage == "truncated-header":
        path.write_bytes(b"SQLite format 3\x00\x10\x00")
    elif damage == "someone-elses-sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
    else:
        make_db(
            path,
            [
                dataclasses.replace(q, id=f"{q.id}-{n}", source=q.source * 40)
                for n in range(30)
                for q in sample_questions
            ],
        )
        data = bytearray(path.read_bytes())
        assert len(data) > 5 * 4096
        data[2 * 4096 : 5 * 4096] = b"\xa5" * (3 * 4096)
        path.write_bytes(bytes(data))
    before = snapshot(path)
    with pytest.raises(StoreError) as caught:
        ReviewStore.open(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    assert snapshot(path) == before


def test_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "reviews.sqlite3"
    path.touch()
    with ReviewStore.open(path) as store:
        assert store.due_count(T0) == 0


# --- two sessions at once ---------------------------------------------------------------------


def test_two_stores_on_one_file_writing_alternately(tmp_path: Path, sample_questions: list[Question]) -> None:
    path = tmp_path / "shared.sqlite3"
    question = sample_questions[0]
    with ReviewStore.open(path, fuzz=False) as one, ReviewStore.open(path, fuzz=False) as two:
        due = answer(one, question, T0)  # learning step 1
        due = answer(two, question, due)  # sees step 1, so graduates to review
        assert two.schedule(question.id).state == "review"
        assert one.schedule(question.id).state == "review"
        for i, other in enumerate(sample_questions[1:]):
            answer(one if i % 2 else two, other, T0 + i * MINUTE)
        assert len(one.history()) == len(two.history()) == len(sample_questions)
        assert one.stats(T0 + DAY)["reviews"] == two.stats(T0 + DAY)["reviews"] == len(sample_questions) + 1


def test_a_write_while_another_session_holds_the_lock_is_one_busy_error(
    tmp_path: Path, sample_questions: list[Question], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quizgen.store.connection.BUSY_TIMEOUT_MS", 50)
    path = tmp_path / "shared.sqlite3"
    with ReviewStore.open(path, fuzz=False) as store:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another quizgen in the middle of a write
        try:
            with pytest.raises(StoreError, match="is busy .*try again"):
                answer(store, sample_questions[0], T0)
        finally:
            other.execute("ROLLBACK")
            other.close()
        answer(store, sample_questions[0], T0)  # once it is done, the answer goes in
        assert len(store.reviews(sample_questions[0].id)) == 1
