"""The counts `quizgen stats` needs, counted in SQL: a history of a million reviews reaches
Python as a few thousand tallies, which `store.stats` turns into figures."""

from __future__ import annotations

import datetime as dt
import sqlite3

from quizgen.store.records import in_time_range
from quizgen.store.rows import parse_time, stamp
from quizgen.store.stats import SLOT, Tallies

#: A review's quarter hour, from its stored time ("2024-03-14T12:" and 0-3): see `stats.SLOT`.
_SLOT_SQL = "substr(reviewed_at, 1, 14) || (CAST(substr(reviewed_at, 15, 2) AS INTEGER) / 15)"


def count_tallies(conn: sqlite3.Connection, now: dt.datetime) -> Tallies:
    """Cards by kind and state, what is due at `now`, reviews by kind and by quarter hour."""
    cards = {
        (kind, state): n
        for kind, state, n in conn.execute("SELECT kind, state, count(*) FROM cards GROUP BY kind, state")
    }
    (due,) = conn.execute(  # a suspended card is never due
        "SELECT count(*) FROM cards WHERE due IS NOT NULL AND due <= ? AND NOT suspended", (stamp(now),)
    ).fetchone()
    (next_due,) = conn.execute("SELECT min(due) FROM cards WHERE due IS NOT NULL AND NOT suspended").fetchone()
    reviews = {
        kind: (n, ok)
        for kind, n, ok in conn.execute(
            # one scan of the log, grouped in a temporary b-tree: three times quicker than
            # walking the (card_id, reviewed_at) index and looking up every row for `correct`
            "SELECT c.kind, sum(g.n), sum(g.ok) FROM (SELECT card_id, count(*) AS n, sum(correct) AS ok "
            "FROM reviews NOT INDEXED GROUP BY card_id) g JOIN cards c ON c.id = g.card_id GROUP BY c.kind"
        )
    }
    slots = [
        (_slot(key), n, ok)
        for key, n, ok in conn.execute(
            f"SELECT {_SLOT_SQL}, count(*), sum(correct) FROM reviews NOT INDEXED GROUP BY 1"
        )
    ]
    return Tallies(
        cards=cards,
        due=int(due),
        next_due=parse_time(next_due),
        reviews=reviews,
        slots=[(start, n, ok) for start, n, ok in slots if start is not None],
    )


def _slot(key: str) -> dt.datetime | None:
    """The UTC start of the quarter hour `_SLOT_SQL` gave; None for a time stored wrongly or out
    of the store's range (a bad row is passed over, not a reason for `stats` to fail)."""
    try:
        start = dt.datetime.fromisoformat(f"{key[:13]}:00+00:00") + int(key[14:]) * SLOT
    except (TypeError, ValueError, OverflowError):
        return None
    return start if in_time_range(start) else None
