"""Write planned notes as an Anki package (.apkg): the only module that imports genanki.

Identity is what makes re-import update instead of duplicate:
  * note types have fixed ids (generated once, never change them) and distinct names;
  * decks get an id hashed from their name (Anki matches decks by name on import anyway);
  * notes carry the GUID from `notes.note_guid` and a per-note time from `ledger`.

The package is built in an in-memory SQLite database and zipped straight into the target, not
with genanki's `Package.write_to_file`, which leaves a temporary database in TMPDIR on every
call (genanki PR #104, never merged) and stamps every note with one time.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import sqlite3
import zipfile
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import genanki

from quizgen.export.notes import BASIC, CHOICE, CLOZE, FIELDS, NoteSpec

# Generated once with random.randrange(1 << 30, 1 << 31). NEVER change them: a new id makes Anki
# create a second note type and duplicate every note on the next import.
MODEL_IDS = {BASIC: 1441359494, CHOICE: 2046307700, CLOZE: 2097569886}
MODEL_NAMES = {BASIC: "quizgen Q&A", CHOICE: "quizgen multiple choice", CLOZE: "quizgen cloze"}

# When the templates or CSS last changed (UTC seconds). Anki replaces an existing note type's
# templates only with a newer one, so bump this with every template or CSS change, and only then:
# a learner's own tweaks to the card style survive exports that did not change ours.
MODELS_REVISED = 1796000000  # 2026-11-30: the article's title and date on the front

_BACK = (
    '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n'
    '{{#Context}}<div class="context">{{Context}}</div>{{/Context}}\n'
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
)
# "the study", "the talks", "the match": a question is read with its article's title, as the quiz
# shows it, so the front names where it comes from (title and date; the link stays on the back).
_KIND = '<div class="kind">{{Kind}}</div>\n{{#Source}}<div class="from">From: {{Source}}</div>{{/Source}}\n'
_CLOZE_FRONT = _KIND + '<div class="text">{{cloze:Text}}</div>'

# Template names are FROZEN like field names (see notes.FIELDS): Anki compares them on import.
_TEMPLATES = {
    BASIC: {"name": "Recall", "qfmt": _KIND + '<div class="question">{{Question}}</div>', "afmt": _BACK},
    CHOICE: {
        "name": "Choose",
        "qfmt": _KIND + '<div class="question">{{Question}}</div>\n<div>{{Choices}}</div>',
        "afmt": _BACK,
    },
    CLOZE: {
        "name": "Cloze",
        "qfmt": _CLOZE_FRONT,
        "afmt": _CLOZE_FRONT + '\n{{#Source}}<div class="source">{{Source}}</div>{{/Source}}',
    },
}


@functools.cache
def models() -> dict[str, genanki.Model]:
    """The three note types, built once per process."""
    css = resources.files("quizgen.export").joinpath("anki.css").read_text(encoding="utf-8")
    return {
        kind: genanki.Model(
            MODEL_IDS[kind],
            MODEL_NAMES[kind],
            fields=[{"name": name} for name in FIELDS[kind]],
            templates=[dict(_TEMPLATES[kind])],
            css=css,
            model_type=genanki.Model.CLOZE if kind == CLOZE else genanki.Model.FRONT_BACK,
        )
        for kind in (BASIC, CHOICE, CLOZE)
    }


def deck_id(name: str) -> int:
    """A stable deck id in genanki's usual range, from the deck's name."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def _csum(sort: str) -> int:
    """Anki's duplicate-check checksum of a note's sort field (first 8 hex digits of its SHA-1)."""
    return int(hashlib.sha1(sort.encode("utf-8")).hexdigest()[:8], 16)


def write_apkg(specs: Sequence[NoteSpec], target: Path, mods: dict[str, int], now: float) -> None:
    """Write the package to `target` (a temporary path: the caller renames it into place).

    genanki writes the collection skeleton: schema, configuration, note types and decks. The
    note and card rows are inserted here, in bulk, because genanki's `Note` stamps every note
    with the package time (Anki then cannot tell changed notes from unchanged ones), copies HTML
    into the sort field with a zero checksum, and is several times slower at 10,000 notes.
    Every quizgen note has exactly one card, ord 0: the Q&A and multiple-choice types have one
    template each, and a cloze note hides one span as c1.

    Note and card ids count up from `now` in milliseconds, as genanki does; Anki renumbers any
    that clash on import, so they carry no identity. New cards are due in question order.
    """
    note_types = models()
    decks: dict[str, genanki.Deck] = {}
    used_ids: set[int] = set()
    for name in dict.fromkeys(spec.deck for spec in specs):
        number = deck_id(name)
        while number in used_ids:  # two names hashing alike would merge in one package
            number += 1
        used_ids.add(number)
        decks[name] = genanki.Deck(number, name)
    first = next(iter(decks.values()))
    for kind in dict.fromkeys(spec.model for spec in specs):  # only the note types in use
        first.add_model(note_types[kind])

    ids = itertools.count(int(now * 1000))
    note_rows, card_rows = [], []
    for due, spec in enumerate(specs, 1):
        note_id, mod, deck = next(ids), mods[spec.guid], decks[spec.deck].deck_id
        tags, flds, csum = f" {' '.join(spec.tags)} ", "\x1f".join(spec.fields), _csum(spec.sort)
        # notes: id guid mid mod usn tags flds sfld csum flags data
        note_rows.append((note_id, spec.guid, MODEL_IDS[spec.model], mod, -1, tags, flds, spec.sort, csum, 0, ""))
        # cards: id nid did ord mod usn type queue due ivl factor reps lapses left odue odid flags data
        card_rows.append((next(ids), note_id, deck, 0, mod, -1, 0, 0, due, 0, 0, 0, 0, 0, 0, 0, 0, ""))

    conn = sqlite3.connect(":memory:")
    try:
        cursor = conn.cursor()
        genanki.Package(list(decks.values())).write_to_db(cursor, MODELS_REVISED, ids)
        cursor.executemany("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)", note_rows)
        cursor.executemany("INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)
        conn.commit()
        database = conn.serialize()
    finally:
        conn.close()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as package_zip:
        package_zip.writestr("collection.anki2", database)
        package_zip.writestr("media", "{}")
