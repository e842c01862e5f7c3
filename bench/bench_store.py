"""Time the review store against plain sqlite3 doing the same durable writes and reads.

Three comparisons, each quizgen vs a hand-written baseline on the same kind of file (WAL,
synchronous=FULL, one commit per answer):

- answer: `record_review` per answer (read schedule, FSRS, update card, log review, commit) vs
  an INSERT + UPDATE + COMMIT per answer with the FSRS maths left out. Target: ratio <= 1.5.
- add: `add_questions` for a whole bank vs one executemany INSERT. Target: ratio <= 3.
- due: `due_questions` (rows → Question, with learner aliases) vs a bare SELECT of the same
  rows. Target: ratio <= 3.

    python bench/bench_store.py [--cards 10000] [--answers 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import sqlite3
import tempfile
import time
from pathlib import Path

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


def baseline_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS cards (id INTEGER PRIMARY KEY, question_id TEXT UNIQUE, article_id TEXT, "
        "kind TEXT, question TEXT, answer TEXT, aliases TEXT, choices TEXT, source TEXT, due TEXT)"
    )
    conn.execute("CREATE TABLE IF NOT EXISTS reviews (id INTEGER PRIMARY KEY, card_id INTEGER, at TEXT, grade INTEGER)")
    return conn


def rows(questions: list[Question]) -> list[tuple[object, ...]]:
    return [
        (q.id, q.article, q.kind, q.question, q.answer, json.dumps(q.aliases), json.dumps(q.choices), q.source)
        for q in questions
    ]


def bench_add(questions: list[Question], folder: Path) -> tuple[float, float]:
    conn = baseline_connection(folder / "base-add.sqlite3")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO cards (question_id, article_id, kind, question, answer, aliases, choices, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows(questions),
    )
    conn.execute("COMMIT")
    theirs = time.perf_counter() - start
    conn.close()
    with ReviewStore.open(folder / "ours-add.sqlite3", fuzz=False) as store:
        start = time.perf_counter()
        store.add_questions(questions)
        ours = time.perf_counter() - start
    return ours, theirs


def bench_answer(questions: list[Question], answers: int, folder: Path) -> tuple[float, float]:
    conn = baseline_connection(folder / "base-answer.sqlite3")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO cards (question_id, article_id, kind, question, answer, aliases, choices, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows(questions),
    )
    conn.execute("COMMIT")
    start = time.perf_counter()
    for i in range(answers):
        when = (T0 + dt.timedelta(seconds=i)).isoformat()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO reviews (card_id, at, grade) VALUES (?, ?, 3)", (i + 1, when))
        conn.execute("UPDATE cards SET due = ? WHERE id = ?", (when, i + 1))
        conn.execute("COMMIT")
    theirs = time.perf_counter() - start
    conn.close()
    with ReviewStore.open(folder / "ours-answer.sqlite3", fuzz=False) as store:
        store.add_questions(questions)
        start = time.perf_counter()
        for i in range(answers):
            when = T0 + dt.timedelta(seconds=i)
            store.record_review(questions[i % len(questions)], Grade.GOOD, when, correct=True, mode="mcq")
        ours = time.perf_counter() - start
    return ours, theirs


def bench_due(questions: list[Question], folder: Path) -> tuple[float, float]:
    path = folder / "ours-due.sqlite3"
    with ReviewStore.open(path, fuzz=False) as store:
        store.add_questions(questions)
        store.merge_history([])  # nothing; keeps the file warm the same way for both sides
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN")
        conn.execute(
            "UPDATE cards SET state = 'review', step = NULL, stability = 3.0, difficulty = 5.0, "
            "due = '2024-03-15T12:00:00.000000+00:00', last_review = '2024-03-14T12:00:00.000000+00:00'"
        )
        conn.execute("COMMIT")
        later = T0 + dt.timedelta(days=2)
        start = time.perf_counter()
        found = conn.execute(
            "SELECT id, question_id, article_id, kind, question, answer, aliases, choices, source, span_start, "
            "span_end, tags FROM cards WHERE due IS NOT NULL AND due <= ? ORDER BY due, id",
            ("2024-03-16T12:00:00.000000+00:00",),
        ).fetchall()
        theirs = time.perf_counter() - start
        conn.close()
        start = time.perf_counter()
        due = store.due_questions(later)
        ours = time.perf_counter() - start
    assert len(due) == len(found) == len(questions)
    return ours, theirs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--answers", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    questions = make_questions(args.cards)
    results: dict[str, list[tuple[float, float]]] = {"answer": [], "add": [], "due": []}
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["QUIZGEN_HOME"] = scratch
        for run in range(args.repeat):
            folder = Path(scratch) / f"run{run}"
            folder.mkdir()
            gc.collect()
            results["answer"].append(bench_answer(questions, args.answers, folder))
            gc.collect()
            results["add"].append(bench_add(questions, folder))
            gc.collect()
            results["due"].append(bench_due(questions, folder))
    targets = {"answer": 1.5, "add": 3.0, "due": 3.0}
    print(f"cards: {args.cards}, answers: {args.answers}  (best of {args.repeat})")
    for name, pairs in results.items():
        ours, theirs = min(p[0] for p in pairs), min(p[1] for p in pairs)
        per = f"  ({ours / args.answers * 1000:.2f} ms per answer)" if name == "answer" else ""
        print(
            f"{name:<7} baseline {theirs:.3f} s  quizgen {ours:.3f} s  "
            f"ratio: {ours / theirs:.2f}x  (target <= {targets[name]:.2f}){per}"
        )


if __name__ == "__main__":
    main()
