"""Card rows written and read inside a transaction: the SQL the store's operations share."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from quizgen.errors import StoreError
from quizgen.models import Question
from quizgen.srs import Schedule
from quizgen.store.records import Review
from quizgen.store.rows import CONTENT_COLUMNS, question_from_row, question_values, schedule_values, stamp

#: An upserted card's content differs from what is stored: only then is its row rewritten
#: (`review` hands the quiz the due cards it just read; they must not all be written back).
_CHANGED = " OR ".join(
    [
        f"{c} IS NOT excluded.{c}"
        for c in (
            "article_id",
            "kind",
            "question",
            "answer",
            "aliases",
            "choices",
            "source",
            "span_start",
            "span_end",
            "tags",
        )
    ]
    + ["(excluded.article_title <> '' AND article_title IS NOT excluded.article_title)"]
    + ["(excluded.shown_title IS NOT NULL AND shown_title IS NOT excluded.shown_title)"]
)


def upsert(conn: sqlite3.Connection, question: Question, title: str) -> int:
    """Insert or refresh the card's content (never its schedule); return its row id."""
    row = conn.execute(
        f"INSERT INTO cards ({CONTENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (question_id) DO UPDATE SET article_id = excluded.article_id, "
        "article_title = CASE WHEN excluded.article_title = '' THEN article_title "
        "ELSE excluded.article_title END, "
        "kind = excluded.kind, question = excluded.question, answer = excluded.answer, "
        "aliases = excluded.aliases, choices = excluded.choices, source = excluded.source, "
        "span_start = excluded.span_start, span_end = excluded.span_end, tags = excluded.tags, "
        "shown_title = coalesce(excluded.shown_title, shown_title) "
        f"WHERE {_CHANGED} RETURNING id",
        question_values(question, title),
    ).fetchone()
    return int(row[0]) if row else card_id(conn, question.id)  # unchanged: not rewritten


def card_id(conn: sqlite3.Connection, question_id: str) -> int:
    row = conn.execute("SELECT id FROM cards WHERE question_id = ?", (question_id,)).fetchone()
    if row is None:
        raise StoreError(f"no card for question {question_id!r}; add the question first")
    return int(row[0])


def save_schedule(conn: sqlite3.Connection, card_id: int, schedule: Schedule) -> None:
    conn.execute(
        "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ? WHERE id = ?",
        (*schedule_values(schedule), card_id),
    )


def insert_review(conn: sqlite3.Connection, card_id: int, review: Review, *, before: str | None = None) -> None:
    """Log `review`; `before` is the card's schedule before it (see `library.undo_last_review`)."""
    conn.execute(
        "INSERT INTO reviews (card_id, reviewed_at, grade, correct, mode, typed, duration_ms, "
        "schedule_before) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            card_id,
            stamp(review.reviewed_at),
            int(review.grade),
            int(review.correct),
            review.mode,
            review.typed,
            review.duration_ms,
            before,
        ),
    )


def questions_from_rows(conn: sqlite3.Connection, rows: Sequence[Sequence[Any]]) -> list[Question]:
    """Card rows as Questions whose aliases include the learner's own."""
    added = learner_aliases(conn)
    return [question_from_row(row).with_aliases(added.get(row[1], ())) for row in rows]


def learner_aliases(conn: sqlite3.Connection, question_id: str | None = None) -> dict[str, list[str]]:
    """The learner's own accepted answers by question id, oldest first: one question's, or all.

    They come only from overrides, so there are few: callers read them all at once rather
    than one query per card.
    """
    sql = "SELECT c.question_id, a.alias FROM learner_aliases a JOIN cards c ON c.id = a.card_id"
    params: tuple[str, ...] = ()
    if question_id is not None:
        sql, params = sql + " WHERE c.question_id = ?", (question_id,)
    added: dict[str, list[str]] = {}
    for qid, alias in conn.execute(sql + " ORDER BY a.added, a.rowid", params):
        added.setdefault(qid, []).append(alias)
    return added


def accept_alias(conn: sqlite3.Connection, card_id: int, alias: str, now: dt.datetime) -> None:
    """Record a learner alias unless it is already the card's answer or one of its aliases."""
    answer, aliases = conn.execute("SELECT answer, aliases FROM cards WHERE id = ?", (card_id,)).fetchone()
    if alias.casefold() not in {a.casefold() for a in [answer, *json.loads(aliases)]}:
        insert_alias(conn, card_id, alias, now)


def insert_alias(conn: sqlite3.Connection, card_id: int, alias: str, now: dt.datetime) -> None:
    """Record a learner alias added at `now`; one already there keeps its first time."""
    conn.execute(
        "INSERT OR IGNORE INTO learner_aliases (card_id, alias, added) VALUES (?, ?, ?)",
        (card_id, alias, stamp(now)),
    )
