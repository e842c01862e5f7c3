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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from quizgen.errors import StoreError
from quizgen.models import Article, Question, QuestionBank
from quizgen.srs import Grade, Schedule, Scheduler, require_utc
from quizgen.store import card_sql, library, transfer
from quizgen.store.connection import busy_error, connect, transaction
from quizgen.store.records import ArticleSummary, CardHistory, Review
from quizgen.store.rows import (
    CONTENT_COLUMNS,
    SCHEDULE_COLUMNS,
    parse_time,
    review_from_row,
    schedule_from_row,
    stamp,
)
from quizgen.store.transfer import MergeResult

if TYPE_CHECKING:
    from quizgen.store.stats import Stats


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
            learner = card_sql.learner_aliases(conn)
            for question in questions:
                added = learner.get(question.id)
                if added:
                    question = replace(question, aliases=tuple(a for a in question.aliases if a not in added))
                card_sql.upsert(conn, question, titles.get(question.article, ""))
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
                card_id, current = card_sql.upsert(conn, question, ""), Schedule()
            else:
                card_id, current = row[0], schedule_from_row(row[1:])
            schedule = self.scheduler.review(current, review.grade, review.reviewed_at, duration_ms=duration_ms)
            before = library.schedule_snapshot(conn, card_id)
            card_sql.save_schedule(conn, card_id, schedule)
            card_sql.insert_review(conn, card_id, review, before=before)
            if accept is not None and accept.strip():
                card_sql.accept_alias(conn, card_id, accept.strip(), now)
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
            card_sql.accept_alias(conn, card_sql.card_id(conn, question_id), alias, now)

    def aliases(self, question_id: str) -> list[str]:
        """The answers the learner added for this question, oldest first."""
        with self._read() as conn:
            return card_sql.learner_aliases(conn, question_id).get(question_id, [])

    def learner_aliases(self) -> dict[str, list[str]]:
        """The answers the learner added, by question id, oldest first, in one query."""
        with self._read() as conn:
            return card_sql.learner_aliases(conn)

    def question(self, question_id: str) -> Question | None:
        """The stored question (with learner aliases), or None if there is no such card."""
        with self._read() as conn:
            row = conn.execute(
                f"SELECT id, {CONTENT_COLUMNS} FROM cards WHERE question_id = ?", (question_id,)
            ).fetchone()
            return card_sql.questions_from_rows(conn, [row])[0] if row else None

    def schedule(self, question_id: str) -> Schedule | None:
        """The card's FSRS schedule, or None if there is no such card."""
        with self._read() as conn:
            row = conn.execute(f"SELECT {SCHEDULE_COLUMNS} FROM cards WHERE question_id = ?", (question_id,)).fetchone()
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
            return card_sql.questions_from_rows(conn, rows)

    def new_questions(self, limit: int) -> list[Question]:
        """Up to `limit` cards never answered (and not suspended), in the order they were added."""
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT id, {CONTENT_COLUMNS} FROM cards WHERE state = 'new' AND NOT suspended ORDER BY id LIMIT ?",
                (max(0, int(limit)),),
            ).fetchall()
            return card_sql.questions_from_rows(conn, rows)

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
            (due,) = conn.execute("SELECT min(due) FROM cards WHERE due IS NOT NULL AND NOT suspended").fetchone()
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

    def stats(self, now: dt.datetime, *, tz: dt.tzinfo = dt.UTC, days: int | None = None) -> Stats:
        """Totals, accuracy, per-kind figures, streak and per-day history (`days` of it, default
        `store.stats.HISTORY_DAYS`); see `store.stats.summarize`.

        Counted in SQL: a history of a million reviews reaches Python as a few thousand tallies.
        """
        # Deferred: a review drawing its first card never needs the figures.
        from quizgen.store.stats import HISTORY_DAYS, summarize
        from quizgen.store.tally import count_tallies

        now = require_utc(now)
        with self._read() as conn:
            tallies = count_tallies(conn, now)
        return summarize(tallies, now, tz=tz, days=HISTORY_DAYS if days is None else days)

    # --- history (export / import) --------------------------------------------------------

    def history(self) -> list[CardHistory]:
        """Every card with its schedule, learner aliases and review log, in the order added."""
        return list(self.iter_history())

    def iter_history(self) -> Iterator[CardHistory]:
        """The cards `history()` lists, one at a time, so memory holds one card's log at most.

        A row the store cannot read (a time out of range, a damaged list) is passed over.
        """
        with self._read() as conn:
            yield from transfer.iter_history(conn)

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
        for batch in transfer.batches(cards, transfer.MERGE_BATCH_REVIEWS):
            with self._write() as conn:
                for card in batch:
                    for i, n in enumerate(transfer.merge_card(conn, card, now)):
                        totals[i] += n
        return MergeResult(*totals)

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
