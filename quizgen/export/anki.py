"""Write planned notes as an Anki package (.apkg): the only module that imports genanki.

Identity is what makes re-import update instead of duplicate:
  * note types have fixed ids (generated once, never change them) and distinct names;
  * decks get an id hashed from their name (Anki matches decks by name on import anyway);
  * notes carry the GUID from `notes.note_guid` and a per-note time from `ledger`.

The package is built in an in-memory SQLite database and zipped straight into the target:
genanki's `Package.write_to_file` leaves a temporary database in TMPDIR on every call
(genanki PR #104, never merged), and stamps every note with one time.
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
MODELS_REVISED = 1795824000  # 2026-11-28

_BACK = (
    '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>\n'
    '{{#Context}}<div class="context">{{Context}}</div>{{/Context}}\n'
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
)
_KIND = '<div class="kind">{{Kind}}</div>\n'
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


class _TimedNote(genanki.Note):
    """A note written with its own modification time instead of the package's."""

    def __init__(self, *args: object, mod: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mod = mod

    def write_to_db(self, cursor, timestamp, deck_id, id_gen):  # type: ignore[no-untyped-def]
        super().write_to_db(cursor, self.mod, deck_id, id_gen)


def build_decks(specs: Sequence[NoteSpec], mods: dict[str, int]) -> list[genanki.Deck]:
    """genanki decks holding one note per spec, each stamped with `mods[spec.guid]`."""
    note_types = models()
    decks: dict[str, genanki.Deck] = {}
    used_ids: set[int] = set()
    for spec in specs:
        deck = decks.get(spec.deck)
        if deck is None:
            number = deck_id(spec.deck)
            while number in used_ids:  # two names hashing alike would merge in one package
                number += 1
            used_ids.add(number)
            deck = decks[spec.deck] = genanki.Deck(number, spec.deck)
        deck.add_note(
            _TimedNote(
                model=note_types[spec.model],
                fields=list(spec.fields),
                sort_field=spec.sort,
                tags=list(spec.tags),
                guid=spec.guid,
                mod=mods[spec.guid],
            )
        )
    return list(decks.values())


def write_apkg(specs: Sequence[NoteSpec], target: Path, mods: dict[str, int], now: float) -> None:
    """Write the package to `target` (a temporary path: the caller renames it into place).

    Note and card ids count up from `now` in milliseconds, as genanki does; Anki re-numbers any
    that clash on import, so they carry no identity.
    """
    conn = sqlite3.connect(":memory:")
    try:
        package = genanki.Package(build_decks(specs, mods))
        package.write_to_db(conn.cursor(), MODELS_REVISED, itertools.count(int(now * 1000)))
        conn.commit()
        database = conn.serialize()
    finally:
        conn.close()
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as package_zip:
        package_zip.writestr("collection.anki2", database)
        package_zip.writestr("media", "{}")
