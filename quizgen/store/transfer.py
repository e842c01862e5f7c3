"""Review history out of and into the database, card by card: what `export-history` writes
and `import-history` merges (the JSON file itself is `store.history`)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from quizgen.srs import Schedule
from quizgen.store import card_sql
from quizgen.store.records import CardHistory
from quizgen.store.rows import (
    CONTENT_COLUMNS,
    CONTENT_WIDTH,
    SCHEDULE_COLUMNS,
    question_from_row,
    readable_review,
    review_key,
    schedule_from_row,
)

MERGE_BATCH_REVIEWS = 5_000
"""About how many reviews one import transaction writes: short enough that other sessions'
writes wait well under their busy timeout."""


@dataclass(frozen=True)
class MergeResult:
    """What `merge_history` changed."""

    cards_added: int
    reviews_added: int
    schedules_updated: int


def iter_history(conn: sqlite3.Connection) -> Iterator[CardHistory]:
    """Every card with its schedule, learner aliases and review log, in the order added.

    A row the store cannot read (a time out of range, a damaged list) is passed over.
    """
    added = card_sql.learner_aliases(conn)
    for row in conn.execute(f"SELECT id, {CONTENT_COLUMNS}, {SCHEDULE_COLUMNS} FROM cards ORDER BY id"):
        reviews = conn.execute(
            "SELECT reviewed_at, grade, correct, mode, typed, duration_ms FROM reviews "
            "WHERE card_id = ? ORDER BY reviewed_at, id",
            (row[0],),
        )
        try:
            yield CardHistory(
                question=question_from_row(row[:CONTENT_WIDTH]),
                article_title=row[3],
                schedule=schedule_from_row(row[CONTENT_WIDTH:]),
                learner_aliases=tuple(added.get(row[1], ())),
                reviews=tuple(r for r in map(readable_review, reviews) if r is not None),
            )
        except (ValueError, TypeError):
            continue


def merge_card(conn: sqlite3.Connection, card: CardHistory, now: dt.datetime) -> tuple[int, int, int]:
    """Merge one card; return (cards added, reviews added, schedules updated)."""
    added = updated = reviews_added = 0
    row = conn.execute(
        f"SELECT id, {SCHEDULE_COLUMNS} FROM cards WHERE question_id = ?", (card.question.id,)
    ).fetchone()
    if row is None:
        card_id, local, added = card_sql.upsert(conn, card.question, card.article_title), Schedule(), 1
    else:
        card_id, local = row[0], schedule_from_row(row[1:])
        if card.article_title:
            conn.execute(
                "UPDATE cards SET article_title = ? WHERE id = ? AND article_title = ''",
                (card.article_title, card_id),
            )
    if card.schedule.last_review and (local.last_review is None or card.schedule.last_review > local.last_review):
        card_sql.save_schedule(conn, card_id, card.schedule)
        updated = 1
    for alias in card.learner_aliases:
        card_sql.insert_alias(conn, card_id, alias, now)
    rows = conn.execute(
        "SELECT reviewed_at, grade, correct, mode, typed, duration_ms FROM reviews WHERE card_id = ?", (card_id,)
    )
    present = Counter(review_key(r) for r in map(readable_review, rows) if r is not None)
    for review in card.reviews:
        key = review_key(review)
        if present[key]:
            present[key] -= 1
            continue
        card_sql.insert_review(conn, card_id, review)
        reviews_added += 1
    return added, reviews_added, updated


def batches(history: Iterable[CardHistory], reviews: int) -> Iterator[list[CardHistory]]:
    """`history` in lists of about `reviews` reviews (at least one card each)."""
    batch: list[CardHistory] = []
    weight = 0
    for card in history:
        batch.append(card)
        weight += 1 + len(card.reviews)
        if weight >= reviews:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch
