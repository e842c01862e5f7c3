"""The learner's library: articles studied, cards suspended or forgotten, undo, Learn progress.

Functions over an open connection; `ReviewStore` wraps each in a transaction. The SQL that manages
what a learner keeps lives here, apart from the answer-by-answer path in the repository.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Mapping

from quizgen.store.records import ArticleSummary
from quizgen.store.rows import SCHEDULE_COLUMNS, stamp


def articles(conn: sqlite3.Connection, now: dt.datetime) -> list[ArticleSummary]:
    """Every article with cards, newest publication first, with its cards counted by state."""
    rows = conn.execute(
        "SELECT article_id, max(article_title), max(article_published), count(*), "
        "sum(state = 'new' AND NOT suspended), "
        "sum(state IN ('learning', 'relearning') AND NOT suspended), "
        "sum(due IS NOT NULL AND due <= ? AND NOT suspended), sum(suspended) "
        "FROM cards GROUP BY article_id ORDER BY max(article_published) DESC NULLS LAST, article_id",
        (stamp(now),),
    ).fetchall()
    return [
        ArticleSummary(
            article_id=article,
            title=title or "",
            published=dt.date.fromisoformat(day) if day else None,
            questions=total,
            new=new,
            learning=learning,
            due=due,
            suspended=suspended,
        )
        for article, title, day, total, new, learning, due, suspended in rows
    ]


def find_article(conn: sqlite3.Connection, name: str) -> str | None:
    """The id of the article called `name` (its id, or its title in any case), or None."""
    row = conn.execute("SELECT article_id FROM cards WHERE article_id = ? LIMIT 1", (name,)).fetchone()
    if row is None:
        row = conn.execute(
            "SELECT article_id FROM cards WHERE lower(article_title) = lower(?) LIMIT 1", (name.strip(),)
        ).fetchone()
    return row[0] if row else None


def forget_article(conn: sqlite3.Connection, article_id: str) -> tuple[int, int]:
    """Delete an article's cards with their reviews, aliases and progress; return (cards, reviews)."""
    (reviews,) = conn.execute(
        "SELECT count(*) FROM reviews WHERE card_id IN (SELECT id FROM cards WHERE article_id = ?)",
        (article_id,),
    ).fetchone()
    cards = conn.execute("DELETE FROM cards WHERE article_id = ?", (article_id,)).rowcount
    return cards, int(reviews)  # reviews, aliases and progress go with their card (ON DELETE CASCADE)


def set_suspended(conn: sqlite3.Connection, question_id: str, suspended: bool) -> bool:
    """Suspend (or restore) a card; False if there is no such card."""
    cursor = conn.execute("UPDATE cards SET suspended = ? WHERE question_id = ?", (int(suspended), question_id))
    return cursor.rowcount > 0


def suspended_ids(conn: sqlite3.Connection) -> set[str]:
    return {qid for (qid,) in conn.execute("SELECT question_id FROM cards WHERE suspended")}


def schedule_snapshot(conn: sqlite3.Connection, card_id: int) -> str:
    """The card's schedule columns exactly as stored, as JSON (floats round-trip exactly)."""
    row = conn.execute(f"SELECT {SCHEDULE_COLUMNS} FROM cards WHERE id = ?", (card_id,)).fetchone()
    return json.dumps(list(row))


def undo_last_review(conn: sqlite3.Connection, question_id: str) -> bool:
    """Remove the card's latest review and put back the schedule it had before; False if none.

    Only a review logged with its earlier schedule (every answer given in the quiz) can be
    undone; an alias the learner added with that answer goes too.
    """
    row = conn.execute(
        "SELECT r.id, r.card_id, r.reviewed_at, r.schedule_before FROM reviews r "
        "JOIN cards c ON c.id = r.card_id WHERE c.question_id = ? ORDER BY r.reviewed_at DESC, r.id DESC "
        "LIMIT 1",
        (question_id,),
    ).fetchone()
    if row is None or row[3] is None:
        return False
    review_id, card_id, reviewed_at, before = row
    conn.execute(
        "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ? WHERE id = ?",
        (*json.loads(before), card_id),
    )
    conn.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
    conn.execute("DELETE FROM learner_aliases WHERE card_id = ? AND added = ?", (card_id, reviewed_at))
    return True


def set_published(conn: sqlite3.Connection, published: Mapping[str, dt.date | None]) -> None:
    """Remember each article's publication date (a date once known is kept when one is missing)."""
    for article_id, day in published.items():
        if day is not None:
            conn.execute(  # only rows that change: a review hands back the dates it just read
                "UPDATE cards SET article_published = ?1 WHERE article_id = ?2 AND article_published IS NOT ?1",
                (day.isoformat(), article_id),
            )


def published_dates(conn: sqlite3.Connection, article_ids: Iterable[str] | None = None) -> dict[str, dt.date]:
    """Publication dates by article id: all, or those of `article_ids` (by index, not a scan)."""
    only = " AND article_id IN (SELECT value FROM json_each(?))" if article_ids is not None else ""
    rows = conn.execute(
        "SELECT article_id, max(article_published) FROM cards WHERE article_published IS NOT NULL"
        f"{only} GROUP BY article_id",
        (json.dumps(list(article_ids)),) if article_ids is not None else (),
    )
    return {article: dt.date.fromisoformat(day) for article, day in rows}


def learn_progress(conn: sqlite3.Connection, question_ids: Iterable[str]) -> dict[str, int]:
    """How far an unfinished Learn session got with these questions (missing: not started)."""
    wanted = set(question_ids)
    rows = conn.execute("SELECT c.question_id, p.level FROM learn_progress p JOIN cards c ON c.id = p.card_id")
    return {qid: level for qid, level in rows if qid in wanted}


def save_learn_progress(conn: sqlite3.Connection, levels: Mapping[str, int]) -> None:
    """Store Learn levels by question id; a level of 0 or less removes the entry."""
    for question_id, level in levels.items():
        if level > 0:
            conn.execute(
                "INSERT INTO learn_progress (card_id, level) SELECT id, ? FROM cards WHERE question_id = ? "
                "ON CONFLICT (card_id) DO UPDATE SET level = excluded.level",
                (level, question_id),
            )
        else:
            conn.execute(
                "DELETE FROM learn_progress WHERE card_id IN (SELECT id FROM cards WHERE question_id = ?)",
                (question_id,),
            )


def introduced_since(conn: sqlite3.Connection, since: dt.datetime) -> int:
    """How many cards had their first review at or after `since` (new cards met today)."""
    (count,) = conn.execute(  # from today's reviews (by index), not a pass over the whole log
        "SELECT count(DISTINCT card_id) FROM reviews r WHERE reviewed_at >= ?1 AND NOT EXISTS "
        "(SELECT 1 FROM reviews p WHERE p.card_id = r.card_id AND p.reviewed_at < ?1)",
        (stamp(since),),
    ).fetchone()
    return int(count)
