"""Export a question bank for Anki (.apkg, or CSV/TSV for its text import), Quizlet, or as JSON.

Importing this package is cheap: genanki loads only when an .apkg is written.

    from quizgen.export import write_export
    result = write_export(bank, Path("news.apkg"), now=1_700_000_000.0)  # .path, .notes, .fmt
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.atomic import atomic_path, check_target, write_text_atomic
from quizgen.errors import ExportError

if TYPE_CHECKING:  # the bank's type only: `quizgen --help` imports this package for BANK_FORMATS
    from quizgen.models import QuestionBank

BANK_FORMATS: tuple[str, ...] = ("json", "text", "csv", "jsonl")
"""What `quizgen generate --format` writes (text and csv are for people and spreadsheets only)."""

EXPORT_FORMATS: tuple[str, ...] = ("apkg", "csv", "tsv", "json", "quizlet")
"""What `--format` accepts. "quizlet" is tab-separated term/definition text."""

_BY_SUFFIX = {".apkg": "apkg", ".csv": "csv", ".tsv": "tsv", ".json": "json"}
_QUIZLET_SUFFIXES = (".quizlet.tsv", ".quizlet.txt")


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    notes: int
    """Notes (or lines, for Quizlet; questions, for JSON) written."""
    fmt: str
    decks: tuple[str, ...] = ()
    """Anki deck names the notes go to (empty for JSON and Quizlet)."""
    warnings: tuple[str, ...] = ()
    """Problems that did not spoil the file written, one line each, for the learner to see."""


def resolve_format(path: Path, fmt: str | None = None) -> str:
    """The export format: `fmt` if given, else from the file name (`x.quizlet.tsv` → quizlet)."""
    if fmt is not None:
        chosen = fmt.strip().lower().lstrip(".")
        if chosen not in EXPORT_FORMATS:
            raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        return chosen
    name = Path(path).name.lower()
    if name.endswith(_QUIZLET_SUFFIXES):
        return "quizlet"
    found = _BY_SUFFIX.get(Path(name).suffix)
    if found is None:
        raise ExportError(
            f"cannot tell the export format of {Path(path).name!r}: "
            "end it in .apkg, .csv, .tsv or .json, or pass --format"
        )
    return found


def write_export(
    bank: QuestionBank,
    path: Path,
    *,
    fmt: str | None = None,
    deck: str | None = None,
    force: bool = False,
    now: float,
) -> ExportResult:
    """Write `bank` to `path` atomically, in `fmt` (default: from the extension).

    Args:
        deck: Anki deck for every note ("Parent::Child"); default one deck per article,
            "quizgen::<title>". Ignored by JSON and Quizlet.
        force: replace an existing file.
        now: the export time (UTC seconds), passed in so builds are repeatable: the time
            changed Anki notes are stamped with, and the base of new note ids.

    Raises:
        ExportError: unknown format, a folder or existing file as `path`, no questions, or
            the file cannot be written.
    """
    path = Path(path)
    check_target(path, force)
    kind = resolve_format(path, fmt)
    if not bank.questions:
        raise ExportError("no questions to export")
    try:
        if kind == "apkg":
            return _write_apkg(bank, path, deck, now)
        if kind == "json":
            from quizgen.export.bank import render

            write_text_atomic(path, render(bank, "json"))
            return ExportResult(path, len(bank.questions), kind)
        from quizgen.export import tabular

        if kind == "quizlet":
            write_text_atomic(path, tabular.quizlet(bank))
            return ExportResult(path, len(bank.questions), kind)
        from quizgen.export.notes import plan_notes

        specs = plan_notes(bank, deck)
        write_text_atomic(path, tabular.anki_text(bank, specs, kind))
        return ExportResult(path, len(specs), kind, tuple(dict.fromkeys(s.deck for s in specs)))
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _write_apkg(bank: QuestionBank, path: Path, deck: str | None, now: float) -> ExportResult:
    """Plan the notes, stamp each with its last-change time, write the package, record the times."""
    from quizgen.export import anki, ledger  # deferred: genanki takes a while to import
    from quizgen.export.notes import plan_notes

    specs = plan_notes(bank, deck)
    where = ledger.ledger_path()
    known = ledger.load(where)
    stamped = ledger.stamp(known, ((spec.guid, spec.digest()) for spec in specs), int(now))
    with atomic_path(path) as tmp:
        anki.write_apkg(specs, tmp, {guid: mod for guid, (_, mod) in stamped.items()}, now)
    known.update(stamped)
    warnings: tuple[str, ...] = ()
    try:
        ledger.save(where, known)
    except OSError as exc:
        # The deck is already in place and complete; only the note times are lost, which costs
        # the next re-import the learner's own edits (see export.ledger), so warn, do not fail.
        warnings = (
            f"the deck is fine, but the note times could not be saved to {where} "
            f"({exc.strerror or exc}); re-importing the next export may overwrite your edits in Anki",
        )
    return ExportResult(path, len(specs), "apkg", tuple(dict.fromkeys(s.deck for s in specs)), warnings)
