"""A big review history stays fast: `quizgen stats` and `quizgen review` to its first card on a
database of 100,000 cards and 1,000,000 reviews, each against a plain baseline in the same run.

  stats    `quizgen stats --format json` vs a Python process computing the same figures with
           plain sqlite3 queries (GROUP BY in SQL, streak in Python). Target: ≤ 1.5×.
  review   `quizgen review -n 20` up to its first question drawn vs a process that selects the
           20 most overdue cards with sqlite3 and draws the first in a bare Textual app.
           Target: ≤ 2×.

Every sample is a fresh process (as a user waits for it); peak RSS from os.wait4.

    python bench/bench_big_history.py [--cards 100000] [--reviews 1000000] [--repeat 3] [--code DIR] [--home DIR]

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

PRELUDE = """
import os, time
def first_screen(*args):
    print(time.time(), flush=True)
    os._exit(0)
"""

QUIZGEN_REVIEW = """
import datetime as dt
import quizgen.cli
from textual import on
from quizgen.selection import QuizOptions
from quizgen.store import ReviewStore
from quizgen.tui.app import QuizApp, utc_now
from quizgen.tui.messages import QuestionShown

class Timed(QuizApp):  # what `quizgen review -n 20 --mode mcq` does, plus a stop at question 1
    @on(QuestionShown)
    def _shown(self, event):
        self.call_after_refresh(first_screen)

from quizgen.cli import _clock, _new_today, _settings

store = ReviewStore.open()
now, tz = _clock()
bank = store.due_bank(now, limit=20, new=_new_today(store, None, _settings().new_cards_per_day, now, tz))
app = Timed(bank=bank, options=QuizOptions(mode="mcq", count=20, autostart=True),
            store=store, clock=utc_now)
app.run(headless=True, size=(100, 30))
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
    def on_mount(self):
        self.call_after_refresh(first_screen)

Plain().run(headless=True, size=(100, 30))
"""


def timed(code: str, db: Path, home: Path, pythonpath: Path) -> tuple[float, float, float]:
    """(seconds, peak RSS MB, CPU seconds): to exit, or to the first screen when the child prints its
    time. The CPU seconds (user + system, to exit) are the fairer figure on a busy machine."""
    env = {**os.environ, "QUIZGEN_HOME": str(home), "PYTHONPATH": str(pythonpath)}
    start_wall, start = time.time(), time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    _pid, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    out, err = proc.stdout.read(), proc.stderr.read()
    if status:
        sys.exit(f"failed: {err[-800:]}")
    lines = out.strip().splitlines()
    if lines and lines[-1].replace(".", "", 1).isdigit():
        took = float(lines[-1]) - start_wall
    return took, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
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
        stats_code = "from quizgen.cli import main; main(['stats', '--format', 'json'])"
        sides = {
            "stats": (stats_code, PLAIN_STATS, 1.5),
            "review": (PRELUDE + QUIZGEN_REVIEW, PRELUDE + PLAIN_REVIEW, 2.0),
        }
        for name, (ours_code, plain_code, target) in sides.items():
            if args.only and name != args.only:
                continue
            timed(ours_code, db, home, args.code)  # warm the file cache
            ours, plain = [], []
            for _ in range(args.repeat):  # interleaved, so load on the machine hits both alike
                ours.append(timed(ours_code, db, home, args.code))
                plain.append(timed(plain_code, db, home, args.code))
            o, p = statistics.median(t for t, _, _ in ours), statistics.median(t for t, _, _ in plain)
            oc, pc = statistics.median(c for _, _, c in ours), statistics.median(c for _, _, c in plain)
            print(
                f"{name:7} plain {p:6.2f} s {max(m for _, m, _ in plain):5.0f} MB   quizgen {o:6.2f} s "
                f"{max(m for _, m, _ in ours):5.0f} MB   ratio {o / p:5.2f}x (target <= {target}); "
                f"CPU {oc:.2f} s / {pc:.2f} s = {oc / pc:.2f}x"
            )


if __name__ == "__main__":
    main()
