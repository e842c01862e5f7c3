"""The review database's tables, and the ordered migrations that build them.

`PRAGMA user_version` holds the schema version. Migrations run in order from version 1 inside
one write transaction, so a database from any earlier release is brought up to date, and two
quizgen processes opening the same file at once never migrate it twice.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

# Times are stored as ISO 8601 UTC text with microseconds ("2024-03-14T12:00:00.000000+00:00"):
# readable in the sqlite3 shell, and fixed-width, so text order is time order.

_V1 = """
CREATE TABLE cards (
    id            INTEGER PRIMARY KEY,
    question_id   TEXT NOT NULL UNIQUE,   -- Question.id: stable across runs and wordings
    article_id    TEXT NOT NULL,
    article_title TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL,
    question      TEXT NOT NULL,
    answer        TEXT NOT NULL,
    aliases       TEXT NOT NULL DEFAULT '[]',  -- JSON list, from the generator
    choices       TEXT NOT NULL DEFAULT '[]',  -- JSON list, in display order
    source        TEXT NOT NULL DEFAULT '',
    span_start    INTEGER,
    span_end      INTEGER,
    tags          TEXT NOT NULL DEFAULT '[]',  -- JSON list
    state         TEXT NOT NULL DEFAULT 'new', -- new | learning | review | relearning
    step          INTEGER,
    stability     REAL,
    difficulty    REAL,
    due           TEXT,                        -- NULL while new: unanswered cards are never due
    last_review   TEXT
);
CREATE INDEX cards_due ON cards (due) WHERE due IS NOT NULL;
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    card_id     INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    reviewed_at TEXT NOT NULL,
    grade       INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    mode        TEXT NOT NULL,
    typed       TEXT,
    duration_ms INTEGER
);
CREATE INDEX reviews_card ON reviews (card_id, reviewed_at);
CREATE INDEX reviews_time ON reviews (reviewed_at);
"""

_V2 = """
CREATE TABLE learner_aliases (
    card_id INTEGER NOT NULL REFERENCES cards (id) ON DELETE CASCADE,
    alias   TEXT NOT NULL,
    added   TEXT NOT NULL,
    PRIMARY KEY (card_id, alias)
);
"""

_V3 = """
ALTER TABLE cards ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0;  -- 1: "don't ask this again"
ALTER TABLE cards ADD COLUMN article_published TEXT;               -- ISO date, NULL when unknown
ALTER TABLE reviews ADD COLUMN schedule_before TEXT;  -- JSON of the card's schedule columns, for undo
CREATE TABLE learn_progress (
    card_id INTEGER PRIMARY KEY REFERENCES cards (id) ON DELETE CASCADE,
    level   INTEGER NOT NULL   -- quizgen.session.Learning: how far an unfinished Learn session got
);
"""

_V4 = """
ALTER TABLE cards ADD COLUMN shown_title TEXT;  -- the title above the question, answer blanked (NULL: not known)
"""


@dataclass(frozen=True)
class Migration:
    """One step of the schema: run `sql` on a database at `version - 1` to reach `version`."""

    version: int
    summary: str
    sql: str

    def statements(self) -> list[str]:
        """The script split into statements (ours contain no ';' inside strings).

        `executescript` would commit the surrounding transaction, so statements run one by one.
        """
        return [s.strip() for s in self.sql.split(";") if s.strip()]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "cards with their FSRS schedule, and the review log", _V1),
    Migration(2, "answers the learner accepted by override", _V2),
    Migration(3, "suspended cards, article dates, undo of a review, Learn progress", _V3),
    Migration(4, "the title as shown above each question, its answer blanked", _V4),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

#: Indexes that change no data: created when missing, whatever the version, so a database from
#: any release gets them and an older quizgen still reads it.
INDEXES = (
    "CREATE INDEX IF NOT EXISTS cards_article ON cards (article_id)",  # titles of the due cards' articles
    "CREATE INDEX IF NOT EXISTS cards_suspended ON cards (question_id) WHERE suspended",  # the few suspended
    # what is due, counted and listed from the index alone (no look-up of each card for `suspended`)
    "CREATE INDEX IF NOT EXISTS cards_due_active ON cards (due) WHERE due IS NOT NULL AND NOT suspended",
)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def missing_indexes(conn: sqlite3.Connection) -> bool:
    """Whether one of INDEXES is not there yet (a database from before it was added)."""
    names = [statement.split()[5] for statement in INDEXES]  # CREATE INDEX IF NOT EXISTS <name> ON ...
    (found,) = conn.execute(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN (SELECT value FROM json_each(?))",
        (json.dumps(names),),
    ).fetchone()
    return int(found) < len(names)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema to `SCHEMA_VERSION`; return the version it started from.

    The caller holds a write transaction (BEGIN IMMEDIATE), so the version read here cannot
    change underneath us and a failed step leaves the database as it was.
    """
    start = user_version(conn)
    for migration in MIGRATIONS:
        if migration.version <= start:
            continue
        for statement in migration.statements():
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {migration.version:d}")
    for statement in INDEXES:
        conn.execute(statement)
    return start
