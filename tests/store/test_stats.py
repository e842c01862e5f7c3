"""Learning statistics on a known history, through the store and through `quizgen stats`."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.models import Question
from quizgen.reports import nothing_due, stats_text
from quizgen.srs import Grade
from quizgen.store import ReviewStore
from quizgen.store.stats import streak

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)

# (days before T0, hour UTC, question index, correct): three days in a row ending today, a gap, then one.
HISTORY = [
    (5, 9, 0, True),
    (2, 9, 0, True),
    (2, 10, 1, False),
    (1, 23, 1, True),
    (0, 8, 2, True),
    (0, 9, 4, False),
    (0, 10, 0, True),
]


@pytest.fixture
def store(sample_questions: list[Question]) -> ReviewStore:
    with ReviewStore.open(fuzz=False) as store:
        store.add_questions(sample_questions)
        for days_ago, hour, index, correct in HISTORY:
            when = (T0 - days_ago * DAY).replace(hour=hour)
            store.record_review(
                sample_questions[index],
                Grade.GOOD if correct else Grade.AGAIN,
                when,
                correct=correct,
                mode="mcq",
            )
        yield store


def test_totals_and_accuracy(store: ReviewStore) -> None:
    figures = store.stats(T0)
    assert figures["reviews"] == 7
    assert figures["cards"] == 7
    assert figures["new"] == 3  # questions 3, 5 and 6 were never answered
    assert figures["accuracy"] == pytest.approx(5 / 7, abs=1e-4)
    assert figures["reviewed_today"] == 3


def test_by_kind(store: ReviewStore) -> None:
    by_kind = store.stats(T0)["by_kind"]
    # questions 0 and 6 are quotes (only 0 answered), 1 role, 2 date, 4 number
    assert by_kind["quote"] == {"cards": 2, "reviews": 3, "correct": 3, "accuracy": 1.0}
    assert by_kind["role"] == {"cards": 1, "reviews": 2, "correct": 1, "accuracy": 0.5}
    assert by_kind["number"] == {"cards": 1, "reviews": 1, "correct": 0, "accuracy": 0.0}
    assert by_kind["acronym"] == {"cards": 1, "reviews": 0, "correct": 0, "accuracy": None}
    assert list(by_kind) == ["quote", "role", "date", "acronym", "number", "org-event"]


def test_streak_counts_consecutive_days(store: ReviewStore) -> None:
    assert store.stats(T0)["streak_days"] == 3
    assert store.stats(T0 + DAY)["streak_days"] == 3  # not broken until tomorrow ends
    assert store.stats(T0 + 2 * DAY)["streak_days"] == 0


def test_days_are_the_learners_days(store: ReviewStore) -> None:
    """23:00 UTC yesterday is already today in Tokyo; 08:00 and 09:00 UTC are still yesterday in Honolulu."""
    tokyo = dt.timezone(dt.timedelta(hours=9))
    honolulu = dt.timezone(dt.timedelta(hours=-10))
    assert store.stats(T0, tz=tokyo)["reviewed_today"] == 4
    assert store.stats(T0, tz=honolulu)["reviewed_today"] == 1


def test_per_day_history(store: ReviewStore) -> None:
    history = store.stats(T0, days=7)["history"]
    assert [day["date"] for day in history] == [f"2024-03-{d:02d}" for d in range(8, 15)]
    assert [day["reviews"] for day in history] == [0, 1, 0, 0, 2, 1, 3]
    assert [day["correct"] for day in history] == [0, 1, 0, 0, 1, 1, 2]


def test_due_and_next_due(store: ReviewStore) -> None:
    far = T0 + 400 * DAY
    assert store.stats(far)["due"] == 4
    assert store.stats(far)["by_state"]["new"] == 3
    assert store.stats(T0)["next_due"] == store.next_due().isoformat()


def test_empty_store() -> None:
    with ReviewStore.open() as empty:
        figures = empty.stats(T0)
    assert (figures["reviews"], figures["cards"], figures["due"], figures["streak_days"]) == (0, 0, 0, 0)
    assert figures["accuracy"] is None and figures["next_due"] is None and figures["by_kind"] == {}


@pytest.mark.parametrize(
    ("days", "expected"),
    [([], 0), ([0], 1), ([1], 1), ([0, 1, 2, 4], 3), ([2, 3], 0), ([1, 2, 3], 3)],
    ids=["none", "today", "yesterday-only", "gap-after-three", "ended-two-days-ago", "ending-yesterday"],
)
def test_streak_rules(days: list[int], expected: int) -> None:
    today = dt.date(2024, 3, 14)
    assert streak([today - dt.timedelta(days=d) for d in days], today) == expected


def test_text_summary(store: ReviewStore) -> None:
    text = stats_text(store.stats(T0), T0, dt.UTC)
    assert "Reviews: 7, accuracy: 71%" in text
    assert "Streak: 3 days" in text
    assert "number" in text and "1 card" in text


def test_nothing_due_line() -> None:
    assert nothing_due(T0 + 2 * DAY, T0, dt.UTC) == "Nothing is due. Next review: 2024-03-16 12:00 (in 2 days)."
    assert nothing_due(None, T0, dt.UTC).startswith("Nothing is due.")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )


def test_cli_stats_json_reads_quizgen_home(store: ReviewStore, quizgen_home: Path) -> None:
    result = run_cli("stats", "--format", "json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert {"reviews", "cards", "due", "accuracy", "by_kind", "streak_days", "history"} <= set(figures)
    assert figures["reviews"] == 7 and figures["cards"] == 7
    assert figures["by_kind"]["role"]["accuracy"] == 0.5
    assert len(figures["history"]) == 30


def test_cli_stats_on_a_corrupt_database_is_one_line(quizgen_home: Path) -> None:
    path = quizgen_home / "reviews.sqlite3"
    path.write_bytes(b"not a database at all\n" * 20)
    before = path.read_bytes()
    result = run_cli("stats")
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "not a quizgen review database" in result.stderr
    assert path.read_bytes() == before


def test_cli_review_with_nothing_due() -> None:
    result = run_cli("review")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Nothing is due. Next review:")
    assert result.stdout.count("\n") == 1
