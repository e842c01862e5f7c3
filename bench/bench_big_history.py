"""A big review history stays fast: `quizgen stats` and `quizgen review` to its first card on a
database of 100,000 cards and 1,000,000 reviews, each against a plain baseline in the same run.

  stats    `quizgen stats --format json` vs a Python process computing the same figures with
           plain sqlite3 queries (GROUP BY in SQL, streak in Python). Target: ≤ 1.5×.
  review   `quizgen review -n 20 --mode mcq` up to its first question on the screen vs a process
           that selects the 20 most overdue cards with sqlite3 and draws the first in a bare
           Textual app. Target: ≤ 2×.

Every sample is a whole fresh process (as a user waits for it), with no hook inside it; the
processes keep their bytecode in a private cache, as an installed quizgen does (bench/procs.py).
Both review sides run in a pseudo-terminal of the same size (100 × 30), and each is stopped
once the terminal shows a card's question. The two sides run interleaved, --repeat times, and
the best of each is kept (wall, CPU user + system to the stop, peak RSS from os.wait4); the
median ratio and the load average are printed beside it.

    python bench/bench_big_history.py [--cards 100000] [--reviews 1000000] [--repeat 5] [--code DIR] [--home DIR]

--code runs the quizgen side from another checkout (e.g. the main branch, for a before figure);
--home keeps the database in DIR/reviews.sqlite3 and reuses it when there (building one takes
minutes on a busy machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from procs import Sample, best, child_env, run, until_drawn  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NOW = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
KINDS = ("quote", "role", "date", "number", "acronym", "org-event")


def stamp(when: dt.datetime) -> str:
    return when.isoformat(timespec="microseconds")


def build(path: Path, cards: int, reviews: int) -> None:
    """A database made by the store itself, filled with raw inserts (fast) of plausible rows. Each
    card carries the title shown above it, as every card quizgen writes does (`shown_title`); a
    store from before that column recomputes it on review, which loads babel's country names."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = f"from quizgen.store import ReviewStore; ReviewStore.open({str(path)!r}).close()"
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    rng = random.Random(7)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO cards (id, question_id, article_id, article_title, kind, question, answer, aliases, "
        "choices, source, state, stability, difficulty, due, last_review, shown_title) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                i + 1,
                f"q-{i:07d}",
                f"article-{i // 25}",
                f"Article {i // 25}",
                KINDS[i % 6],
                f"Who said plan {i} would pass?",
                f"Councillor {i}",
                f'["Councillor {i}", "A", "B", "C"]',
                f"Councillor {i} said plan {i} would pass by spring.",
                "review",
                3.0,
                5.0,
                stamp(NOW + dt.timedelta(hours=rng.randint(-24 * 30, 24 * 60))),
                stamp(NOW - dt.timedelta(days=3)),
                f"Article {i // 25}",
            )
            for i in range(cards)
        ),
    )
    conn.executemany(
        "INSERT INTO reviews (card_id, reviewed_at, grade, correct, mode) VALUES (?, ?, ?, ?, 'mcq')",
        (
            (rng.randint(1, cards), stamp(NOW - dt.timedelta(seconds=rng.randint(0, 700 * 86400))), g, int(g > 1))
            for g in (rng.choice((1, 3, 3, 4)) for _ in range(reviews))
        ),
    )
    conn.execute("COMMIT")
    conn.close()


PLAIN_STATS = """
import datetime as dt, json, sqlite3, sys
now = dt.datetime.now(dt.UTC)
conn = sqlite3.connect(sys.argv[1])
cards = conn.execute("SELECT kind, state, count(*) FROM cards GROUP BY kind, state").fetchall()
due = conn.execute("SELECT count(*) FROM cards WHERE due <= ?", (now.isoformat(),)).fetchone()[0]
next_due = conn.execute("SELECT min(due) FROM cards").fetchone()[0]
kinds = conn.execute("SELECT c.kind, count(*), sum(r.correct) FROM reviews r JOIN cards c ON c.id = r.card_id "
                     "GROUP BY c.kind").fetchall()
days = dict((d, (n, k)) for d, n, k in conn.execute(
    "SELECT date(reviewed_at, 'localtime'), count(*), sum(correct) FROM reviews GROUP BY 1"))
today = dt.date.today()
streak, day = 0, today if today.isoformat() in days else today - dt.timedelta(days=1)
while day.isoformat() in days:
    streak, day = streak + 1, day - dt.timedelta(days=1)
history = [days.get((today - dt.timedelta(days=n)).isoformat(), (0, 0)) for n in range(30)]
print(json.dumps({"cards": cards, "due": due, "next_due": next_due, "kinds": kinds, "streak": streak,
                  "history": history}))
"""

PLAIN_REVIEW = """
import datetime as dt, json, sqlite3, sys
from textual.app import App
from textual.widgets import Static
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("SELECT question, choices FROM cards WHERE due <= ? ORDER BY due LIMIT 20",
                    (dt.datetime.now(dt.UTC).isoformat(),)).fetchall()

class Plain(App):
    def compose(self):
        yield Static(rows[0][0])
        yield Static("\\n".join(json.loads(rows[0][1])))

Plain().run()
"""

QUESTION = rb"Who said plan \d+ would pass\?"
"""A card's question (as `build` writes them) on the screen: the first card has been drawn."""


def side(name: str, ours: bool, db: Path, env: dict[str, str]) -> Sample:
    """One fresh process: quizgen's own command, or its plain baseline. It runs in the database's
    folder: `python -m` and `-c` put the working folder first on the module path, and a
    checkout there would shadow the one --code asks for."""
    if name == "stats":
        args = ["-m", "quizgen", "stats", "--format", "json"] if ours else ["-c", PLAIN_STATS, str(db)]
        return run([sys.executable, *args], env, cwd=db.parent)
    args = ["-m", "quizgen", "review", "-n", "20", "--mode", "mcq"] if ours else ["-c", PLAIN_REVIEW, str(db)]
    return until_drawn([sys.executable, *args], env, QUESTION, size=(100, 30), cwd=db.parent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--code", type=Path, default=ROOT, help="the quizgen checkout to time")
    parser.add_argument("--home", type=Path, help="keep (and reuse) the database here")
    parser.add_argument("--only", choices=["stats", "review"], help="time only this command")
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; quizgen from {args.code}")
    with tempfile.TemporaryDirectory() as scratch:
        home = args.home or Path(scratch)
        db = home / "reviews.sqlite3"
        if not db.exists():
            home.mkdir(parents=True, exist_ok=True)
            start = time.perf_counter()
            build(db, args.cards, args.reviews)
            print(f"built in {time.perf_counter() - start:.0f} s")
        conn = sqlite3.connect(db)
        cards, reviews = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("cards", "reviews"))
        conn.close()
        print(f"database: {cards:,} cards, {reviews:,} reviews, {db.stat().st_size / 1e6:.0f} MB")
        env = {**child_env(Path(scratch) / "pycache", args.code), "QUIZGEN_HOME": str(home)}
        for name, target in (("stats", 1.5), ("review", 2.0)):
            if args.only and name != args.only:
                continue
            side(name, True, db, env)  # warm the file cache and compile the bytecode, not counted
            side(name, False, db, env)
            ours, plain = [], []
            for _ in range(args.repeat):  # interleaved, so load on the machine hits both alike
                ours.append(side(name, True, db, env))
                plain.append(side(name, False, db, env))
            o, p = best(ours), best(plain)
            om, pm = (statistics.median(s.wall for s in x) for x in (ours, plain))
            print(
                f"{name:7} plain {p.wall:6.2f} s {p.rss:4.0f} MB   quizgen {o.wall:6.2f} s {o.rss:4.0f} MB   "
                f"ratio {o.wall / p.wall:4.2f}x (target <= {target}; median {om / pm:4.2f}x)   "
                f"CPU {o.cpu:.2f} s / {p.cpu:.2f} s = {o.cpu / p.cpu:4.2f}x   load {os.getloadavg()[0]:.2f}"
            )


if __name__ == "__main__":
    main()
