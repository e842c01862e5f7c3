"""Builds tests/data/reviews-v2.sqlite3: a review database of schema version 2, as quizgen made it.

Run from the repository root, with the code of the commit that adds this script (schema 2):

    python tests/data/make_reviews_v2.py

The file is committed, not rebuilt by the tests: it stands for a learner's database written by an
earlier release, which every later migration must carry forward with its history intact. Do not
rebuild it with newer code.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from quizgen.export.bank import read_bank_file  # noqa: E402
from quizgen.srs import Grade  # noqa: E402
from quizgen.store import ReviewStore  # noqa: E402
from quizgen.store.schema import SCHEMA_VERSION  # noqa: E402

TARGET = HERE / "reviews-v2.sqlite3"
START = dt.datetime(2025, 12, 1, 8, 0, tzinfo=dt.UTC)


def main() -> None:
    assert SCHEMA_VERSION == 2, "this fixture must be built by schema-2 code"
    for leftover in (TARGET, TARGET.with_name(TARGET.name + "-wal"), TARGET.with_name(TARGET.name + "-shm")):
        leftover.unlink(missing_ok=True)
    bank = read_bank_file(HERE / "sample_bank.json")
    questions = bank.questions
    with ReviewStore.open(TARGET, fuzz=False) as store:
        store.add_questions(questions, titles={a.id: a.title for a in bank.articles})
        grades = (Grade.GOOD, Grade.AGAIN, Grade.GOOD, Grade.HARD, Grade.EASY)
        for day, grade in enumerate(grades):  # the first five cards, a few reviews each
            for offset, question in enumerate(questions[:5]):
                at = START + dt.timedelta(days=3 * day, minutes=offset)
                store.record_review(
                    question,
                    Grade((grade + offset) % 4 + 1),
                    at,
                    correct=(grade + offset) % 4 != 0,
                    mode=("mcq", "typed", "flash")[offset % 3],
                    typed="Okafor" if offset % 3 == 1 else None,
                    duration_ms=1000 + 10 * offset,
                )
        store.add_alias(questions[1].id, "T. Lindqvist", START)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one self-contained file
        store._conn.execute("PRAGMA journal_mode = DELETE")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
