"""Remember when each exported note's content last changed, so Anki updates only real changes.

Anki applies an incoming note to an existing one (same GUID) only when the incoming modification
time is newer. genanki stamps every note with one package time, which leaves two bad choices:
the build time (every re-import overwrites the learner's own edits to every card) or a fixed time
(re-worded questions never reach the learner). quizgen instead stamps each note with the time its
content last changed, kept in a small JSON file beside the review database:

  * unchanged note: same time as before, not newer than what Anki has, so the learner's edits stay;
  * changed note: the export time (and at least one second later than before), so it updates.

Losing the file only costs that: the next export stamps everything with its own time, the
genanki default. An unreadable file is treated as empty for the same reason.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from quizgen.atomic import write_text_atomic

_VERSION = 1


def ledger_path() -> Path:
    """Where the note times live (see quizgen.locations)."""
    from quizgen.locations import anki_note_times_path

    return anki_note_times_path()


def load(path: Path) -> dict[str, tuple[str, int]]:
    """GUID → (content digest, modification time) from an earlier export; empty if none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        notes = data["notes"] if data.get("version") == _VERSION else {}
        return {guid: (str(entry[0]), int(entry[1])) for guid, entry in notes.items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        # Losing the times only means the next import overwrites learners' edits (see module doc).
        return {}


def stamp(known: dict[str, tuple[str, int]], notes: Iterable[tuple[str, str]], now: int) -> dict[str, tuple[str, int]]:
    """The (digest, time) of each (guid, digest) in `notes`: kept when unchanged, else `now`.

    A changed note gets at least one second more than its previous time, so two exports in the
    same second still order correctly.
    """
    stamped = {}
    for guid, digest in notes:
        before = known.get(guid)
        if before is not None and before[0] == digest:
            stamped[guid] = before
        else:
            stamped[guid] = (digest, max(now, before[1] + 1) if before else now)
    return stamped


def save(path: Path, table: dict[str, tuple[str, int]]) -> None:
    """Write the table atomically (notes from other articles' exports are kept by the caller)."""
    payload = {"version": _VERSION, "notes": {guid: list(entry) for guid, entry in table.items()}}
    write_text_atomic(path, json.dumps(payload, separators=(",", ":")))
