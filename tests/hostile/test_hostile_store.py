"""Hostile history files and damaged or busy databases: one line, an exit code, nothing changed
that the learner saved, and reading commands that keep working."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from probe import changes, run

from quizgen.srs import Grade
from quizgen.store import ReviewStore
from quizgen.store import transfer as transfer_module
from quizgen.store.history import export_history, import_history

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)


def studied_home(home: Path, questions) -> Path:
    """A review database in `home` with a few cards answered; its path."""
    path = home / "reviews.sqlite3"
    with ReviewStore.open(path, fuzz=False) as store:
        store.add_questions(questions, titles={"harbor-bridge-opens": "Harbor bridge opens"})
        for i, question in enumerate(questions[:3]):
            store.record_review(question, Grade.GOOD, T0 + dt.timedelta(minutes=i), correct=True, mode="mcq")
    return path


def history_file(lab, questions, name: str = "history.json") -> tuple[Path, dict]:
    """An exported history (from a scratch store outside the lab's home) and its document."""
    scratch = lab.root / "scratch"
    scratch.mkdir(exist_ok=True)
    studied_home(scratch, questions)
    path = lab.work / name
    with ReviewStore.open(scratch / "reviews.sqlite3") as store:
        export_history(store, path, T0)
    return path, json.loads(path.read_text(encoding="utf-8"))


def nested(depth: int) -> list:
    value: list = ["x"]
    for _ in range(depth):
        value = [value]
    return value


def first_card(doc: dict, **fields) -> dict:
    card = next(c for c in doc["cards"] if c["reviews"])
    return {**doc, "cards": [{**card, **fields}]}


def first_review(doc: dict, **fields) -> dict:
    card = next(c for c in doc["cards"] if c["reviews"])
    return first_card(doc, reviews=[{**card["reviews"][0], **fields}])


BAD_HISTORIES = {
    "review-in-year-1": lambda doc: first_review(doc, reviewed_at="0001-01-01T00:00:00+00:00"),
    "review-in-year-9999-west": lambda doc: first_review(doc, reviewed_at="9999-12-31T23:00:00-05:00"),
    "due-in-year-9999": lambda doc: first_card(
        doc, schedule={**first_card(doc)["cards"][0]["schedule"], "due": "9999-12-31T00:00:00+00:00"}
    ),
    "kind-with-escape-codes": lambda doc: first_card(doc, kind="quote\x1b]0;owned\x07"),
    "nested-too-deeply": lambda doc: first_card(doc, tags=nested(40)),
    "truncated": lambda doc: json.dumps(doc)[:-40],
}


@pytest.mark.parametrize("breakage", list(BAD_HISTORIES), ids=list(BAD_HISTORIES))
def test_a_bad_history_is_refused_in_one_line_and_creates_no_database(lab, sample_questions, breakage):
    path, doc = history_file(lab, sample_questions)
    broken = BAD_HISTORIES[breakage](doc)
    path.write_text(broken if isinstance(broken, str) else json.dumps(broken), encoding="utf-8")
    before = lab.snap()
    probe = run("import-history", str(path), home=lab.home, cwd=lab.work, wall_seconds=60)
    assert probe.code == 2
    line = probe.one_error_line(str(path))
    assert "\x1b" not in line
    assert changes(before, lab.snap()) == set()


@pytest.mark.parametrize("source", ["/dev/zero", "fifo"], ids=["dev-zero", "fifo-without-writer"])
def test_history_from_a_device_or_fifo_is_refused_at_once(lab, source):
    if source == "fifo":
        source = str(lab.work / "history.json")
        os.mkfifo(source)
    before = lab.snap()
    probe = run("import-history", source, home=lab.home, cwd=lab.work, cpu_seconds=10, wall_seconds=30)
    assert probe.code == 2
    probe.one_error_line(source, "not a regular file")
    assert changes(before, lab.snap()) == set()


def test_a_damaged_database_is_one_line_and_left_byte_identical(lab, sample_questions):
    path = studied_home(lab.home, sample_questions)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : 3 * page] = os.urandom(2 * page)  # table pages, not the header
    path.write_bytes(bytes(data))
    before = lab.snap()
    for command in (["stats"], ["review"], ["export-history", str(lab.work / "h.json")]):
        probe = run(*command, home=lab.home, cwd=lab.work, wall_seconds=60)
        assert probe.code == 4, command
        probe.one_error_line(str(path), "damaged")
    # The file itself is byte-identical; SQLite's read-only check may leave its empty side files.
    changed = changes(before, after := lab.snap())
    assert changed <= {"home/reviews.sqlite3-wal", "home/reviews.sqlite3-shm"}
    assert after.get("home/reviews.sqlite3-wal", (0, 0))[1] == 0


def test_the_store_reads_past_rows_it_cannot_use(lab, sample_questions):
    path = studied_home(lab.home, sample_questions)
    with contextlib.closing(sqlite3.connect(path)) as conn, conn:
        # What an older quizgen let in: a year-1 review, a year-9999 due date, an escape in a kind.
        conn.execute("UPDATE reviews SET reviewed_at = '0001-01-01T00:00:00.000000+00:00' WHERE id = 1")
        conn.execute("UPDATE cards SET due = '9999-12-31T23:59:59.000000+00:00' WHERE id = 2")
        conn.execute("UPDATE cards SET kind = 'quote' || char(27) || ']0;owned' || char(7) WHERE id = 3")
    for zone in ("Etc/GMT+12", "Etc/GMT-14"):  # far west and far east of UTC
        for fmt in ("text", "json"):
            probe = subprocess_env_run(lab, zone, "stats", "--format", fmt)
            assert probe.code == 0, probe.err
            assert "\x1b" not in probe.out and "\x07" not in probe.out
            assert "\\x1b]0;owned\\x07" in probe.out or "\\u001b]0;owned\\u0007" in probe.out
        probe = subprocess_env_run(lab, zone, "review")
        assert probe.code in (0, 2) and "internal error" not in probe.err
    with ReviewStore.open(path) as store:
        assert len(store.history()) == len(sample_questions)


def subprocess_env_run(lab, zone: str, *args: str):
    old = os.environ.get("TZ")
    os.environ["TZ"] = zone
    try:
        return run(*args, home=lab.home, cwd=lab.work, wall_seconds=60)
    finally:
        if old is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = old


def test_reading_commands_are_not_busy_while_another_process_writes(lab, sample_questions):
    path = studied_home(lab.home, sample_questions)
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # holds the write lock, as an import's transaction does
    try:
        for command in (["stats"], ["review"], ["export-history", str(lab.work / "h.json")]):
            # Well under the 10 s busy timeout: a reader that waited for the lock would fail.
            probe = run(*command, home=lab.home, cwd=lab.work, wall_seconds=9)
            assert probe.code in (0, 2), probe.err
            assert "busy" not in probe.err
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_an_import_commits_in_batches(lab, sample_questions, monkeypatch):
    path, _ = history_file(lab, sample_questions)
    monkeypatch.setattr(transfer_module, "MERGE_BATCH_REVIEWS", 2)
    with ReviewStore.open(lab.home / "reviews.sqlite3") as store:
        commits = []
        store._conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        result = import_history(path, T0, store)
    assert result.reviews_added == 3 and len(commits) >= 3


@contextlib.contextmanager
def immutable(path: Path):
    """`chattr +i` on `path` (even root cannot then write there), or skip where that is refused."""
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("chattr +i is not allowed here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_export_into_a_folder_that_refuses_writes_names_the_path_and_reason(lab, sample_questions):
    studied_home(lab.home, sample_questions)
    locked = lab.work / "locked"
    locked.mkdir()
    with immutable(locked):
        before = lab.snap()
        probe = run("export-history", str(locked / "h.json"), home=lab.home, cwd=lab.work, wall_seconds=60)
        after = lab.snap()
    assert probe.code == 5
    probe.one_error_line(f"cannot write {locked / 'h.json'}", "Operation not permitted")
    assert changes(before, after) <= {"home/reviews.sqlite3-wal", "home/reviews.sqlite3-shm"}  # SQLite's own


def test_export_over_a_file_that_cannot_be_replaced_keeps_it(lab, sample_questions):
    studied_home(lab.home, sample_questions)
    target = lab.work / "h.json"
    target.write_text("the learner's own file", encoding="utf-8")
    with immutable(target):
        probe = run("export-history", "--force", str(target), home=lab.home, cwd=lab.work, wall_seconds=60)
    assert probe.code == 5
    probe.one_error_line(f"cannot write {target}")
    assert target.read_text(encoding="utf-8") == "the learner's own file"
    assert sorted(p.name for p in lab.work.iterdir()) == ["h.json"]


def test_stale_temp_files_are_removed_by_the_next_export_to_the_folder(lab, sample_questions):
    studied_home(lab.home, sample_questions)
    stale = lab.work / ".deck.apkg.0123456789ab.tmp"  # what a kill -9 during a write leaves
    stale.write_bytes(b"half a deck")
    live = lab.work / ".other.json.ba9876543210.tmp"  # another quizgen is writing this one now
    live.write_bytes(b"")
    mine = lab.work / ".notes.tmp"  # the learner's, not of quizgen's naming
    mine.write_bytes(b"keep")
    with open(live, "rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        probe = run("export-history", str(lab.work / "h.json"), home=lab.home, cwd=lab.work, wall_seconds=60)
    assert probe.code == 0, probe.err
    assert sorted(p.name for p in lab.work.iterdir()) == [".notes.tmp", ".other.json.ba9876543210.tmp", "h.json"]
