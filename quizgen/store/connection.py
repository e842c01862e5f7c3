"""Opening the review database safely: check first, then connect, migrate and tune.

A learner's review history is the one thing quizgen cannot regenerate, so an existing file is
inspected without writing to it (header bytes, then a read-only connection) before a writable
connection is made. A file that is not SQLite, is damaged, or comes from a newer quizgen raises
`StoreError` and is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from quizgen.errors import StoreError
from quizgen.store.schema import SCHEMA_VERSION, migrate, missing_indexes, user_version

_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100

BUSY_TIMEOUT_MS = 10_000
"""How long a write waits for another quizgen session's write to finish before giving up."""

FULL_CHECK_BYTES = 16_000_000
"""Databases up to this size get SQLite's full `quick_check` on every open (about 1 ms per MB);
bigger ones a cheap check (header and schema), and the full one only before a migration or when
asked (`quizgen stats --check`): a long history must not cost every command a second."""


def connect(path: Path, *, full_check: bool = False) -> sqlite3.Connection:
    """Return a writable connection to the review database at `path`, migrated to the current schema.

    The connection is in autocommit mode; writes go through `transaction()`. `full_check` runs
    SQLite's whole-file check whatever the size (see FULL_CHECK_BYTES).
    """
    path = Path(path)
    if path.exists():
        _check_existing(path, full_check)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for review database {path}: {exc.strerror}") from exc
    try:
        # check_same_thread off: ReviewStore serialises calls itself, so a TUI worker may use it.
        conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open review database {path}: {exc}") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        # WAL lets one session read while another writes; FULL syncs each commit, so an answer
        # that was acknowledged survives even a power cut, not just a killed process.
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        if user_version(conn) != SCHEMA_VERSION or missing_indexes(conn):
            # Only then the write lock: opening a current database never waits for another
            # quizgen's write (an import), so reading commands are never "busy".
            with transaction(conn):
                migrate(conn)
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise busy_error(path, exc) or StoreError(f"cannot use review database {path}: {exc}") from exc
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new database to WAL. Two quizgens creating it at once both ask; SQLite answers the
    second "locked" at once, without waiting its busy timeout (a lock upgrade it will not wait on),
    so the switch is retried for as long as that timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if busy_error(Path(), exc) is None or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def busy_error(path: Path, exc: sqlite3.Error) -> StoreError | None:
    """The error to report when `exc` means another quizgen holds the database; else None.

    The one place that tells "busy" from other failures, for opening and for every later call.
    """
    if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
        return StoreError(f"review database {path} is busy (another quizgen is using it); try again")
    return None


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block as one write transaction, committed on success and rolled back on error.

    BEGIN IMMEDIATE takes the write lock up front, so read-then-write steps (load a schedule,
    review it, save it) cannot interleave with another session's.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _check_existing(path: Path, full_check: bool = False) -> None:
    """Raise StoreError unless `path` is a healthy quizgen database this version understands.

    Reads only: the header bytes, then a read-only connection. Nothing is created or changed
    in the file itself.
    """
    if path.is_dir():
        raise StoreError(f"review database {path} is a folder")
    try:
        with open(path, "rb") as handle:
            header = handle.read(_HEADER_SIZE)
    except OSError as exc:
        raise StoreError(f"cannot read review database {path}: {exc.strerror}") from exc
    if not header:
        return  # an empty file is an empty database (SQLite treats it so); nothing to lose
    if len(header) < _HEADER_SIZE or not header.startswith(_MAGIC):
        raise StoreError(f"{path} is not a quizgen review database (not SQLite); move it aside to start afresh")
    _refuse_newer(int.from_bytes(header[60:64], "big"), path)
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open review database {path}: {exc}") from exc
    try:
        probe.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
        version = user_version(probe)  # the header can lag a write still in the WAL
        _refuse_newer(version, path)
        if version == 0 and probe.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").fetchone()[0]:
            raise StoreError(f"{path} is a SQLite file but not a quizgen review database; it was left untouched")
        probe.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # the schema itself parses
        full = full_check or version < SCHEMA_VERSION or path.stat().st_size <= FULL_CHECK_BYTES
        problems = [row[0] for row in probe.execute("PRAGMA quick_check(10)").fetchall()] if full else ["ok"]
        if problems != ["ok"]:
            lines = [line.strip() for p in problems for line in str(p).splitlines() if line.strip()]
            first = next((line for line in lines if not line.startswith("***")), lines[0])
            raise StoreError(f"review database {path} is damaged ({first}); it was left untouched")
    except sqlite3.OperationalError as exc:
        raise busy_error(path, exc) or StoreError(f"cannot read review database {path}: {exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"review database {path} is damaged ({exc}); it was left untouched") from exc
    finally:
        probe.close()


def _refuse_newer(version: int, path: Path) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"review database {path} has schema version {version}, newer than this quizgen "
            f"understands ({SCHEMA_VERSION}); upgrade quizgen"
        )
