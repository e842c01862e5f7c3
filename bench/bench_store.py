"""Time the review store against hand-written sqlite3 code doing the same job on the same file.

Both sides use a database created by `ReviewStore.open` (same schema, indexes and pragmas: WAL,
synchronous=FULL), so the ratio is the cost of the store's own layer:

- answer: `record_review` per answer vs hand-written BEGIN IMMEDIATE, SELECT the schedule,
  `fsrs` review_card, UPDATE the card, INSERT the review, COMMIT. Target: ratio <= 1.5.
- add: `add_questions` for a whole bank vs one executemany INSERT of the same rows (no upsert,
  no learner-alias check). Target: ratio <= 3.
- due: `due_questions` (rows → Question objects, with learner aliases) vs a bare SELECT of the
  same rows left as tuples. Target: ratio <= 4.

Every database already holds a long history (100,000 other cards, 1,000,000 reviews, built once
per run by bench_big_history.build and copied), as a learner's does after a while: a fresh one would
flatter whichever side scans.

    python bench/bench_store.py [--cards 10000] [--answers 300] [--repeat 3] [--history 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_big_history import build  # noqa: E402

from quizgen.models import Question
from quizgen.srs import Grade
from quizgen.store import ReviewStore

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
KINDS = ("quote", "role", "date", "number", "acronym", "org-event")


def make_questions(count: int) -> list[Question]:
    """Invented questions over 20 articles, about the size of generated ones."""
    return [
        Question(
            id=f"q-{i:06d}",
            article=f"town-news-{i % 20}",
            kind=KINDS[i % len(KINDS)],
            question=f"Who said the <new> budget & plan {i} would pass by spring?",
            answer=f"Councillor Number{i}",
            aliases=(f"Number{i}",),
            choices=(f"Councillor Number{i}", f"Alt A{i}", f"Alt B{i}", f"Alt C{i}"),
            source=f"Councillor Number{i} said the <new> budget & plan {i} would pass by spring.",
            span=(0, 18),
        )
        for i in range(count)
    ]


TEMPLATE: Path | None = None
"""The database with a long history that every bench database starts as a copy of."""


def with_history(path: Path) -> Path:
    assert TEMPLATE is not None
    shutil.copyfile(TEMPLATE, path)
    return path


def baseline_connection(path: Path) -> sqlite3.Connection:
    """A raw connection to a copy of the history database, with the store's pragmas."""
    with_history(path)
    ReviewStore.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def rows(questions: list[Question]) -> list[tuple[object, ...]]:
    return [
        (
            q.id,
            q.article,
            q.kind,
            q.question,
            q.answer,
            json.dumps(q.aliases),
            json.dumps(q.choices),
            q.source,
            q.span[0] if q.span else None,
            q.span[1] if q.span else None,
            json.dumps(q.tags),
        )
        for q in questions
    ]


def insert_cards(conn: sqlite3.Connection, questions: list[Question]) -> None:
    """The baseline's plain insert of every question as a card."""
    conn.executemany(
        "INSERT INTO cards (question_id, article_id, kind, question, answer, aliases, choices, source, "
        "span_start, span_end, tags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(questions),
    )


def bench_add(questions: list[Question], folder: Path) -> tuple[float, float]:
    conn = baseline_connection(folder / "base-add.sqlite3")
    start = time.perf_counter()
    conn.execute("BEGIN")
    insert_cards(conn, questions)
    conn.execute("COMMIT")
    theirs = time.perf_counter() - start
    conn.close()
    with ReviewStore.open(with_history(folder / "ours-add.sqlite3"), fuzz=False) as store:
        start = time.perf_counter()
        store.add_questions(questions)
        ours = time.perf_counter() - start
    return ours, theirs


def bench_answer(questions: list[Question], answers: int, folder: Path) -> tuple[float, float]:
    conn = baseline_connection(folder / "base-answer.sqlite3")
    conn.execute("BEGIN")
    insert_cards(conn, questions)
    conn.execute("COMMIT")
    import fsrs

    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    start = time.perf_counter()
    for i in range(answers):
        when = T0 + dt.timedelta(seconds=i)
        question_id = questions[i % len(questions)].id
        conn.execute("BEGIN IMMEDIATE")
        card_id, due = conn.execute("SELECT id, due FROM cards WHERE question_id = ?", (question_id,)).fetchone()
        card, _ = scheduler.review_card(fsrs.Card(card_id=card_id, due=when), fsrs.Rating.Good, when)
        conn.execute(
            "UPDATE cards SET state = 'learning', step = ?, stability = ?, difficulty = ?, due = ?, "
            "last_review = ? WHERE id = ?",
            (card.step, card.stability, card.difficulty, card.due.isoformat(), when.isoformat(), card_id),
        )
        conn.execute(
            "INSERT INTO reviews (card_id, reviewed_at, grade, correct, mode) VALUES (?, ?, 3, 1, 'mcq')",
            (card_id, when.isoformat()),
        )
        conn.execute("COMMIT")
    theirs = time.perf_counter() - start
    conn.close()
    with ReviewStore.open(with_history(folder / "ours-answer.sqlite3"), fuzz=False) as store:
        store.add_questions(questions)
        start = time.perf_counter()
        for i in range(answers):
            when = T0 + dt.timedelta(seconds=i)
            store.record_review(questions[i % len(questions)], Grade.GOOD, when, correct=True, mode="mcq")
        ours = time.perf_counter() - start
    return ours, theirs


def bench_due(questions: list[Question], folder: Path) -> tuple[float, float]:
    path = with_history(folder / "ours-due.sqlite3")
    with ReviewStore.open(path, fuzz=False) as store:
        store.add_questions(questions)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN")
        conn.execute(
            "UPDATE cards SET state = 'review', step = NULL, stability = 3.0, difficulty = 5.0, "
            "due = '2024-03-15T12:00:00.000000+00:00', last_review = '2024-03-14T12:00:00.000000+00:00' "
            "WHERE question_id LIKE 'q-______'"  # this bench's cards, not the history's
        )
        conn.execute("COMMIT")
        later = T0 + dt.timedelta(days=2)
        ours = theirs = float("inf")
        for _ in range(5):  # alternate the two, keep each side's best: one query is short
            gc.collect()
            start = time.perf_counter()
            found = conn.execute(
                "SELECT id, question_id, article_id, kind, question, answer, aliases, choices, source, "
                "span_start, span_end, tags FROM cards WHERE due IS NOT NULL AND due <= ? ORDER BY due, id",
                # (the history's cards are due in 2026, after this bench's date)
                ("2024-03-16T12:00:00.000000+00:00",),
            ).fetchall()
            theirs = min(theirs, time.perf_counter() - start)
            gc.collect()
            start = time.perf_counter()
            due = store.due_questions(later)
            ours = min(ours, time.perf_counter() - start)
        conn.close()
    assert len(due) == len(found) == len(questions)
    return ours, theirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--history", type=int, default=1_000_000, help="reviews already in every database")
    args = parser.parse_args()
    global TEMPLATE

    questions = make_questions(args.cards)
    results: dict[str, list[tuple[float, float]]] = {"answer": [], "add": [], "due": []}
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["QUIZGEN_HOME"] = scratch
        TEMPLATE = Path(scratch) / "history.sqlite3"
        build(TEMPLATE, 100_000, args.history)
        for run in range(args.repeat):
            folder = Path(scratch) / f"run{run}"
            folder.mkdir()
            gc.collect()
            results["answer"].append(bench_answer(questions, args.answers, folder))
            gc.collect()
            results["add"].append(bench_add(questions, folder))
            gc.collect()
            results["due"].append(bench_due(questions, folder))
    targets = {"answer": 1.5, "add": 3.0, "due": 4.0}
    print(
        f"cards: {args.cards}, answers: {args.answers}  (best of {args.repeat}), in databases already "
        f"holding 100,000 cards and {args.history:,} reviews"
    )
    for name, pairs in results.items():
        ours, theirs = min(p[0] for p in pairs), min(p[1] for p in pairs)
        per = f"  ({ours / args.answers * 1000:.2f} ms per answer)" if name == "answer" else ""
        print(
            f"{name:<7} baseline {theirs:.3f} s  quizgen {ours:.3f} s  "
            f"ratio: {ours / theirs:.2f}x  (target <= {targets[name]:.2f}){per}"
        )


if __name__ == "__main__":
    main()
