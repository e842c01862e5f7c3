"""`ReviewStore`: the cards a learner has studied, their FSRS schedules and every answer given.

The only module with SQL. It takes and returns `quizgen.models` / `quizgen.srs` types, commits
each answer before returning (so a killed quiz loses nothing already answered), and keeps
each card's full question, so due cards can be quizzed without the article they came from.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType
from typing import Any

from quizgen.errors import StoreError
from quizgen.models import Article, Question, QuestionBank
from quizgen.srs import Grade, Schedule, Scheduler, require_utc
from quizgen.store import library
from quizgen.store.connection import busy_error, connect, transaction
from quizgen.store.records import ArticleSummary, CardHistory, Review, in_time_range
from quizgen.store.rows import (
    CONTENT_COLUMNS,
    SCHEDULE_COLUMNS,
    parse_time,
    question_from_row,
    question_values,
    readable_review,
    review_from_row,
    review_key,
    schedule_from_row,
    schedule_values,
    stamp,
)
from quizgen.store.stats import HISTORY_DAYS, SLOT, Tallies, summarize

#: An upserted card's content differs from what is stored: only then is its row rewritten
#: (`review` hands the quiz the due cards it just read; they must not all be written back).
_CHANGED = " OR ".join(
    [f"{c} IS NOT excluded.{c}" for c in ("article_id", "kind", "question", "answer", "aliases", "choices",
                                         "source", "span_start", "span_end", "tags")]
    + ["(excluded.article_title <> '' AND article_title IS NOT excluded.article_title)"]
)
#: A review's quarter hour, from its stored time ("2024-03-14T12:" and 0-3): see `stats.SLOT`.
_SLOT_SQL = "substr(reviewed_at, 1, 14) || (CAST(substr(reviewed_at, 15, 2) AS INTEGER) / 15)"


def _slot(key: str) -> dt.datetime | None:
    """The UTC start of the quarter hour `_SLOT_SQL` gave; None for a time stored wrongly or out
    of the store's range (a bad row is passed over, not a reason for `stats` to fail)."""
    try:
        start = dt.datetime.fromisoformat(f"{key[:13]}:00+00:00") + int(key[14:]) * SLOT
    except (TypeError, ValueError, OverflowError):
        return None
    return start if in_time_range(start) else None


@dataclass(frozen=True)
class MergeResult:
    """What `merge_history` changed."""

    cards_added: int
    reviews_added: int
    schedules_updated: int


class ReviewStore:
    """The review database. Open with `ReviewStore.open()`; use as a context manager.

    Safe to share between threads (calls are serialised) and between processes (SQLite WAL
    with a busy timeout): two quiz sessions at once each record their answers.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, scheduler: Scheduler) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        """The database file."""
        self.scheduler = scheduler

    @classmethod
    def open(cls, path: Path | None = None, *, fuzz: bool = True, full_check: bool = False) -> ReviewStore:
        """Open (creating or upgrading) the review database.

        Args:
            path: The SQLite file; default `quizgen.locations.database_path()`.
            fuzz: FSRS interval fuzzing; on in real use, off in tests that check exact dates.
            full_check: Check the whole file for damage, however big (a big one otherwise gets
                a cheap check; see `connection.FULL_CHECK_BYTES`).

        Raises:
            StoreError: The file is not a quizgen database, is damaged, or has a newer schema.
                The file is left untouched.
        """
        if path is None:
            from quizgen.locations import database_path

            try:
                path = database_path()
            except OSError as exc:
                raise StoreError(f"cannot create quizgen's data folder: {exc}") from exc
        path = Path(path)
        return cls(connect(path, full_check=full_check), path, Scheduler(fuzz=fuzz))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- cards ----------------------------------------------------------------------------

    def add_questions(
        self,
        questions: Sequence[Question],
        *,
        titles: Mapping[str, str] | None = None,
        published: Mapping[str, dt.date | None] | None = None,
    ) -> None:
        """Add cards for `questions`, or refresh their wording; schedules and history are kept.

        Args:
            titles: Article titles by article id, kept so a due card can say where it came from.
            published: Article dates by article id, kept for the same reason.
        """
        titles = titles or {}
        with self._write() as conn:
            # A question that came back from `due_questions` carries the learner's aliases too;
            # they are kept out of the generator's list so the two stay apart in the history.
            learner = _learner_aliases(conn)
            for question in questions:
                added = learner.get(question.id)
                if added:
                    question = replace(question, aliases=tuple(a for a in question.aliases if a not in added))
                self._upsert(conn, question, titles.get(question.article, ""))
            library.set_published(conn, published or {})

    def record_review(
        self,
        question: Question,
        grade: Grade,
        now: dt.datetime,
        *,
        correct: bool,
        mode: str,
        typed: str | None = None,
        duration_ms: int | None = None,
        accept: str | None = None,
    ) -> dt.datetime:
        """Log an answer, reschedule the card with FSRS, and commit; return the next due time.

        The card is added first if it is not in the store yet (an existing card's wording is
        refreshed by `add_questions`, not here). The commit happens before this returns, so an
        answer the learner has seen acknowledged survives a crash.

        Args:
            accept: An answer the learner overrode as right ("I was right"), accepted from now
                on (see `add_alias`), in the same transaction as the review.
        """
        review = Review(now, Grade(grade), bool(correct), mode, typed, duration_ms)
        with self._write() as conn:
            row = conn.execute(
                f"SELECT id, {SCHEDULE_COLUMNS} FROM cards WHERE question_id = ?", (question.id,)
            ).fetchone()
            if row is None:
                card_id, current = self._upsert(conn, question, ""), Schedule()
            else:
                card_id, current = row[0], schedule_from_row(row[1:])
            schedule = self.scheduler.review(
                current, review.grade, review.reviewed_at, duration_ms=duration_ms
            )
            before = library.schedule_snapshot(conn, card_id)
            self._save_schedule(conn, card_id, schedule)
            self._insert_review(conn, card_id, review, before=before)
            if accept is not None and accept.strip():
                _accept_alias(conn, card_id, accept.strip(), now)
        assert schedule.due is not None
        return schedule.due

    def add_alias(self, question_id: str, alias: str, now: dt.datetime) -> None:
        """Accept `alias` as a right answer to this question from `now` on (the learner's override).

        Nothing is added when it is already the answer or one of the question's aliases.
        """
        alias = alias.strip()
        if not alias:
            raise ValueError("an alias cannot be empty")
        with self._write() as conn:
            _accept_alias(conn, self._card_id(conn, question_id), alias, now)

    def aliases(self, question_id: str) -> list[str]:
        """The answers the learner added for this question, oldest first."""
        with self._read() as conn:
            return _learner_aliases(conn, question_id).get(question_id, [])

    def learner_aliases(self) -> dict[str, list[str]]:
        """The answers the learner added, by question id, oldest first, in one query."""
        with self._read() as conn:
            return _learner_aliases(conn)

    def question(self, question_id: str) -> Question | None:
        """The stored question (with learner aliases), or None if there is no such card."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT id, {CONTENT_COLUMNS} FROM cards WHERE question_id = ?", (question_id,)
            ).fetchone()
            return self._questions(conn, [row])[0] if row else None

    def schedule(self, question_id: str) -> Schedule | None:
        """The card's FSRS schedule, or None if there is no such card."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {SCHEDULE_COLUMNS} FROM cards WHERE question_id = ?", (question_id,)
            ).fetchone()
        return schedule_from_row(row) if row else None

    def reviews(self, question_id: str) -> list[Review]:
        """Every answer logged for this question, oldest first."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT r.reviewed_at, r.grade, r.correct, r.mode, r.typed, r.duration_ms "
                "FROM reviews r JOIN cards c ON c.id = r.card_id WHERE c.question_id = ? "
                "ORDER BY r.reviewed_at, r.id",
                (question_id,),
            ).fetchall()
        return [review_from_row(row) for row in rows]

    # --- what is due ----------------------------------------------------------------------

    def due_questions(self, now: dt.datetime, limit: int | None = None) -> list[Question]:
        """Cards due at `now` across all articles, most overdue first.

        Each question's aliases include the ones the learner added. Cards never answered are
        new, not due; suspended cards are never due.
        """
        at = stamp(now)
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT id, {CONTENT_COLUMNS} FROM cards WHERE due IS NOT NULL AND due <= ? "
                "AND NOT suspended ORDER BY due, id LIMIT ?",
                (at, -1 if limit is None else max(0, int(limit))),
            ).fetchall()
            return self._questions(conn, rows)

    def new_questions(self, limit: int) -> list[Question]:
        """Up to `limit` cards never answered (and not suspended), in the order they were added."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT id, {CONTENT_COLUMNS} FROM cards WHERE state = 'new' AND NOT suspended "
                "ORDER BY id LIMIT ?",
                (max(0, int(limit)),),
            ).fetchall()
            return self._questions(conn, rows)

    def introduced_since(self, since: dt.datetime) -> int:
        """How many cards were first answered at or after `since`."""
        with self._read() as conn:
            return library.introduced_since(conn, since)

    def due_bank(self, now: dt.datetime, limit: int | None = None, *, new: int = 0) -> QuestionBank:
        """The due questions (as `due_questions`), then up to `new` new cards, with their articles.

        The articles carry only id, title and date (title "" when unknown, so that a quiz
        registering the bank cannot store the id as a title): the cards hold everything a quiz needs.
        """
        questions = self.due_questions(now, limit)
        if new > 0 and (limit is None or len(questions) < limit):
            room = new if limit is None else min(new, limit - len(questions))
            questions += self.new_questions(room)
        ids = dict.fromkeys(q.article for q in questions)
        titles = self.article_titles(ids)
        with self._read() as conn:
            dates = library.published_dates(conn, ids)
        articles = tuple(
            Article(id=a, title=titles.get(a) or "", published=dates.get(a), path="", text="") for a in ids
        )
        return QuestionBank(articles, tuple(questions))

    def due_count(self, now: dt.datetime) -> int:
        """How many cards are due at `now`."""
        at = stamp(now)
        with self._read() as conn:
            (count,) = conn.execute(
                "SELECT count(*) FROM cards WHERE due IS NOT NULL AND due <= ? AND NOT suspended", (at,)
            ).fetchone()
        return int(count)

    def article_titles(self, article_ids: Iterable[str] | None = None) -> dict[str, str]:
        """Titles of the articles the stored cards come from, by article id ("" if unknown):
        all of them, or those of `article_ids` (looked up by index, not a scan of every card)."""
        sql = "SELECT article_id, max(article_title) FROM cards"
        params: tuple[str, ...] = ()
        if article_ids is not None:
            sql += " WHERE article_id IN (SELECT value FROM json_each(?))"
            params = (json.dumps(list(article_ids)),)
        with self._read() as conn:
            rows = conn.execute(sql + " GROUP BY article_id", params).fetchall()
        return dict(rows)

    def next_due(self) -> dt.datetime | None:
        """The earliest due time of any scheduled card (past or future, not suspended), or None."""
        with self._read() as conn:
            (due,) = conn.execute(
                "SELECT min(due) FROM cards WHERE due IS NOT NULL AND NOT suspended"
            ).fetchone()
        return parse_time(due)

    # --- the learner's library (see store/library.py) -------------------------------------

    def articles(self, now: dt.datetime) -> list[ArticleSummary]:
        """Every studied article with its cards counted: new, learning, due at `now`, suspended."""
        with self._read() as conn:
            return library.articles(conn, now)

    def find_article(self, name: str) -> str | None:
        """The id of the article with this id or title, or None."""
        with self._read() as conn:
            return library.find_article(conn, name)

    def forget_article(self, article_id: str) -> tuple[int, int]:
        """Delete the article's cards and their history; return (cards, reviews) removed."""
        with self._write() as conn:
            return library.forget_article(conn, article_id)

    def suspend(self, question_id: str, suspended: bool = True) -> bool:
        """Never ask this card again (or again ask it); False if there is no such card."""
        with self._write() as conn:
            return library.set_suspended(conn, question_id, suspended)

    def suspended_ids(self) -> set[str]:
        with self._read() as conn:
            return library.suspended_ids(conn)

    def undo_review(self, question_id: str) -> bool:
        """Remove the card's last review and restore its schedule exactly; False if nothing to undo."""
        with self._write() as conn:
            return library.undo_last_review(conn, question_id)

    def learn_progress(self, question_ids: Iterable[str]) -> dict[str, int]:
        """Learn levels saved for these questions by an unfinished Learn session."""
        with self._read() as conn:
            return library.learn_progress(conn, question_ids)

    def save_learn_progress(self, levels: Mapping[str, int]) -> None:
        with self._write() as conn:
            library.save_learn_progress(conn, levels)

    def stats(self, now: dt.datetime, *, tz: dt.tzinfo = dt.UTC, days: int = HISTORY_DAYS) -> dict[str, Any]:
        """Totals, accuracy, per-kind figures, streak and per-day history; see `store.stats.summarize`.

        Counted in SQL: a history of a million reviews reaches Python as a few thousand tallies.
        """
        now = require_utc(now)
        with self._read() as conn:
            cards = {(kind, state): n for kind, state, n in conn.execute(
                "SELECT kind, state, count(*) FROM cards GROUP BY kind, state")}
            (due,) = conn.execute("SELECT count(*) FROM cards WHERE due IS NOT NULL AND due <= ?",
                                  (stamp(now),)).fetchone()
            (next_due,) = conn.execute("SELECT min(due) FROM cards WHERE due IS NOT NULL").fetchone()
            reviews = {kind: (n, ok) for kind, n, ok in conn.execute(
                # one scan of the log, grouped in a temporary b-tree: three times quicker than
                # walking the (card_id, reviewed_at) index and looking up every row for `correct`
                "SELECT c.kind, sum(g.n), sum(g.ok) FROM (SELECT card_id, count(*) AS n, sum(correct) AS ok "
                "FROM reviews NOT INDEXED GROUP BY card_id) g JOIN cards c ON c.id = g.card_id GROUP BY c.kind")}
            slots = [(_slot(key), n, ok) for key, n, ok in conn.execute(
                f"SELECT {_SLOT_SQL}, count(*), sum(correct) FROM reviews NOT INDEXED GROUP BY 1")]
        tallies = Tallies(cards=cards, due=int(due), next_due=parse_time(next_due), reviews=reviews,
                          slots=[slot for slot in slots if slot[0] is not None])
        return summarize(tallies, now, tz=tz, days=days)

    # --- history (export / import) --------------------------------------------------------

    def history(self) -> list[CardHistory]:
        """Every card with its schedule, learner aliases and review log, in the order added."""
        return list(self.iter_history())

    def iter_history(self) -> Iterator[CardHistory]:
        """The cards `history()` lists, one at a time, so memory holds one card's log at most.

        A row the store cannot read (a time out of range, a damaged list) is passed over.
        """
        with self._read() as conn:
            added = _learner_aliases(conn)
            for row in conn.execute(f"SELECT id, {CONTENT_COLUMNS}, {SCHEDULE_COLUMNS} FROM cards ORDER BY id"):
                reviews = conn.execute(
                    "SELECT reviewed_at, grade, correct, mode, typed, duration_ms FROM reviews "
                    "WHERE card_id = ? ORDER BY reviewed_at, id",
                    (row[0],),
                )
                try:
                    yield CardHistory(
                        question=question_from_row(row[:13]),
                        article_title=row[3],
                        schedule=schedule_from_row(row[13:]),
                        learner_aliases=tuple(added.get(row[1], ())),
                        reviews=tuple(r for r in map(readable_review, reviews) if r is not None),
                    )
                except (ValueError, TypeError):
                    continue

    def merge_history(self, cards: Iterable[CardHistory], now: dt.datetime) -> MergeResult:
        """Merge exported history into this store, in batches of short transactions; safe to repeat.

        A review already present (same card, time, grade, mode, answer) is not added again. A
        card takes the imported schedule when that one saw a later review than the local one;
        the local question wording is kept. Learner aliases new to this store count as added
        at `now` (the file does not say when they were). Each batch commits on its own, so other
        sessions can read and answer while a big import runs; an import cut short is finished by
        running it again.
        """
        totals = [0, 0, 0]
        for batch in _batches(cards, MERGE_BATCH_REVIEWS):
            with self._write() as conn:
                for card in batch:
                    for i, n in enumerate(self._merge_card(conn, card, now)):
                        totals[i] += n
        return MergeResult(*totals)

    def _merge_card(self, conn: sqlite3.Connection, card: CardHistory, now: dt.datetime) -> tuple[int, int, int]:
        """Merge one card; return (cards added, reviews added, schedules updated)."""
        added = updated = reviews_added = 0
        row = conn.execute(
            f"SELECT id, {SCHEDULE_COLUMNS} FROM cards WHERE question_id = ?", (card.question.id,)
        ).fetchone()
        if row is None:
            card_id, local, added = self._upsert(conn, card.question, card.article_title), Schedule(), 1
        else:
            card_id, local = row[0], schedule_from_row(row[1:])
            if card.article_title:
                conn.execute(
                    "UPDATE cards SET article_title = ? WHERE id = ? AND article_title = ''",
                    (card.article_title, card_id),
                )
        if card.schedule.last_review and (
            local.last_review is None or card.schedule.last_review > local.last_review
        ):
            self._save_schedule(conn, card_id, card.schedule)
            updated = 1
        for alias in card.learner_aliases:
            _insert_alias(conn, card_id, alias, now)
        rows = conn.execute(
            "SELECT reviewed_at, grade, correct, mode, typed, duration_ms FROM reviews WHERE card_id = ?", (card_id,)
        )
        present = Counter(review_key(r) for r in map(readable_review, rows) if r is not None)
        for review in card.reviews:
            key = review_key(review)
            if present[key]:
                present[key] -= 1
                continue
            self._insert_review(conn, card_id, review)
            reviews_added += 1
        return added, reviews_added, updated

    # --- internals ------------------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One committed write transaction, with SQLite failures turned into StoreError."""
        with self._lock, self._errors(), transaction(self._conn) as conn:
            yield conn

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query in the block sees the same snapshot."""
        with self._lock, self._errors():
            self._conn.execute("BEGIN")
            try:
                yield self._conn
            finally:
                self._conn.execute("COMMIT")

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise busy_error(self.path, exc) or StoreError(f"review database {self.path}: {exc}") from exc

    def _upsert(self, conn: sqlite3.Connection, question: Question, title: str) -> int:
        """Insert or refresh the card's content (never its schedule); return its row id."""
        row = conn.execute(
            f"INSERT INTO cards ({CONTENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (question_id) DO UPDATE SET article_id = excluded.article_id, "
            "article_title = CASE WHEN excluded.article_title = '' THEN article_title "
            "ELSE excluded.article_title END, "
            "kind = excluded.kind, question = excluded.question, answer = excluded.answer, "
            "aliases = excluded.aliases, choices = excluded.choices, source = excluded.source, "
            "span_start = excluded.span_start, span_end = excluded.span_end, tags = excluded.tags "
            f"WHERE {_CHANGED} RETURNING id",
            question_values(question, title),
        ).fetchone()
        return int(row[0]) if row else self._card_id(conn, question.id)  # unchanged: not rewritten

    def _card_id(self, conn: sqlite3.Connection, question_id: str) -> int:
        row = conn.execute("SELECT id FROM cards WHERE question_id = ?", (question_id,)).fetchone()
        if row is None:
            raise StoreError(f"no card for question {question_id!r}; add the question first")
        return int(row[0])

    def _save_schedule(self, conn: sqlite3.Connection, card_id: int, schedule: Schedule) -> None:
        conn.execute(
            "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ? "
            "WHERE id = ?",
            (*schedule_values(schedule), card_id),
        )

    def _insert_review(
        self, conn: sqlite3.Connection, card_id: int, review: Review, *, before: str | None = None
    ) -> None:
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

    def _questions(self, conn: sqlite3.Connection, rows: Sequence[Sequence[Any]]) -> list[Question]:
        """Card rows as Questions whose aliases include the learner's own."""
        added = _learner_aliases(conn)
        return [question_from_row(row).with_aliases(added.get(row[1], ())) for row in rows]


def _learner_aliases(conn: sqlite3.Connection, question_id: str | None = None) -> dict[str, list[str]]:
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


def _accept_alias(conn: sqlite3.Connection, card_id: int, alias: str, now: dt.datetime) -> None:
    """Record a learner alias unless it is already the card's answer or one of its aliases."""
    answer, aliases = conn.execute("SELECT answer, aliases FROM cards WHERE id = ?", (card_id,)).fetchone()
    if alias.casefold() not in {a.casefold() for a in [answer, *json.loads(aliases)]}:
        _insert_alias(conn, card_id, alias, now)


def _insert_alias(conn: sqlite3.Connection, card_id: int, alias: str, now: dt.datetime) -> None:
    """Record a learner alias added at `now`; one already there keeps its first time."""
    conn.execute(
        "INSERT OR IGNORE INTO learner_aliases (card_id, alias, added) VALUES (?, ?, ?)",
        (card_id, alias, stamp(now)),
    )


MERGE_BATCH_REVIEWS = 5_000
"""About how many reviews one import transaction writes: short enough that other sessions'
writes wait well under their busy timeout."""


def _batches(cards: Iterable[CardHistory], reviews: int) -> Iterator[list[CardHistory]]:
    """`cards` in lists of about `reviews` reviews (at least one card each)."""
    batch: list[CardHistory] = []
    weight = 0
    for card in cards:
        batch.append(card)
        weight += 1 + len(card.reviews)
        if weight >= reviews:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch
