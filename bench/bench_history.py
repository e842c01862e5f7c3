"""Peak memory of `export-history` and `import-history` on a big history, against a baseline.

Builds a store of CARDS cards with REVIEWS reviews in all (default 50,000 × 20 = 1,000,000),
then runs, each in its own process, measuring peak RSS (`os.wait4`'s ru_maxrss):

- floor: `python -c "import quizgen.store"`, what any quizgen process costs;
- baseline: `json.load` of the exported file, what reading it whole (the old import) costs;
- export: `quizgen export-history FILE` from the store;
- import: `quizgen import-history FILE` into an empty home.

Target: export and import each peak at 300 MB or less (streamed: memory of one card, not the file).

    python bench/bench_history.py [--cards 50000] [--reviews 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from quizgen.store import ReviewStore

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
TARGET_MB = 300


def build_store(path: Path, cards: int, reviews: int) -> None:
    """A review database with `cards` answered cards and `reviews` reviews spread over them."""
    import sqlite3

    ReviewStore.open(path).close()
    per_card = max(1, reviews // cards)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    due = (T0 + dt.timedelta(days=3)).isoformat(timespec="microseconds")
    last = T0.isoformat(timespec="microseconds")
    conn.executemany(
        "INSERT INTO cards (id, question_id, article_id, article_title, kind, question, answer, aliases, choices, "
        "source, state, step, stability, difficulty, due, last_review) "
        "VALUES (?, ?, ?, ?, 'quote', ?, ?, ?, ?, ?, 'review', NULL, 3.5, 5.0, ?, ?)",
        (
            (
                i + 1,
                f"q-{i:07d}",
                f"town-news-{i % 50}",
                f"Town news {i % 50}",
                f"Who said the budget plan {i} would pass by spring?",
                f"Councillor Number{i}",
                f'["Number{i}"]',
                f'["Councillor Number{i}", "Alt A{i}", "Alt B{i}", "Alt C{i}"]',
                f"Councillor Number{i} said the budget plan {i} would pass by spring.",
                due,
                last,
            )
            for i in range(cards)
        ),
    )
    conn.executemany(
        "INSERT INTO reviews (card_id, reviewed_at, grade, correct, mode, typed, duration_ms) "
        "VALUES (?, ?, 3, 1, 'typed', ?, 2100)",
        (
            (1 + n % cards, (T0 - dt.timedelta(minutes=n)).isoformat(timespec="microseconds"), f"answer {n}")
            for n in range(per_card * cards)
        ),
    )
    conn.execute("COMMIT")
    conn.close()


def peak_mb(args: list[str], home: Path) -> tuple[float, float]:
    """Run `args` with QUIZGEN_HOME=`home`; return (peak RSS in MB, seconds). Fails on a non-zero exit."""
    env = {**os.environ, "QUIZGEN_HOME": str(home)}
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(args)}")
    return usage.ru_maxrss / 1024, seconds  # ru_maxrss is in KB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        old, new = root / "old", root / "new"
        old.mkdir()
        new.mkdir()
        build_store(old / "reviews.sqlite3", options.cards, options.reviews)
        file = root / "history.json"
        quizgen = [sys.executable, "-m", "quizgen"]
        rows = [
            ("floor (import quizgen.store)", peak_mb([sys.executable, "-c", "import quizgen.store"], old)),
            ("export-history", peak_mb([*quizgen, "export-history", str(file)], old)),
            (
                "baseline: json.load of the file",
                peak_mb([sys.executable, "-c", f"import json; json.load(open({str(file)!r}))"], old),
            ),
            ("import-history", peak_mb([*quizgen, "import-history", str(file)], new)),
        ]
        size = file.stat().st_size / 1e6
        print(f"{options.cards:,} cards, {options.reviews:,} reviews, history file {size:.0f} MB")
        for name, (mb, seconds) in rows:
            print(f"{name:34} peak {mb:7.0f} MB  {seconds:6.1f} s")
        worst = max(rows[1][1][0], rows[3][1][0])
        verdict = "ok" if worst <= TARGET_MB else "OVER"
        print(f"worst of export/import: {worst:.0f} MB (target <= {TARGET_MB} MB): {verdict}")


if __name__ == "__main__":
    main()
