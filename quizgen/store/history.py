"""Review history as a JSON file, so a learner can move to a new machine.

The file holds every card (the full question, so it can be quizzed without its article), its
FSRS schedule, the aliases the learner added, and its review log. Importing merges into the
existing store and can be repeated without duplicating reviews.

Both directions stream, so a history of a million reviews needs the memory of one card, not
of the file: export writes one card at a time; import reads the file with an incremental
parser twice, once to check every field of every card (a bad file changes nothing) and once
to merge it in short transactions.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from quizgen.errors import ExportError, InputError
from quizgen.models import Question
from quizgen.srs import Schedule, require_utc
from quizgen.store.records import EARLIEST, LATEST, CardHistory, Review, in_time_range
from quizgen.store.repository import ReviewStore
from quizgen.store.schema import SCHEMA_VERSION
from quizgen.store.transfer import MergeResult

FORMAT = "quizgen-history"
"""The `format` field that marks a file as ours."""
VERSION = 1
"""Version of the file layout (independent of the database schema)."""
MAX_DEPTH = 32
"""Deepest nesting of arrays and objects read; ours go 4 deep. Deeper is not our file (and a
parser's memory for it grows with the square of the depth)."""
_KIND = re.compile(r"[a-z0-9-]{0,40}")
_OPEN, _CLOSE = ("start_map", "start_array"), ("end_map", "end_array")


def write_history(cards: Iterable[CardHistory], now: dt.datetime, out: IO[str]) -> int:
    """Write the history file for `cards` to `out`, one card a line; return the number of cards."""
    header = {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": SCHEMA_VERSION,
        "exported_at": require_utc(now, "export time").isoformat(),
    }
    out.write(json.dumps(header, ensure_ascii=False)[:-1] + ', "cards": [')
    count = 0
    for card in cards:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(_card_dict(card), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


def export_history(store: ReviewStore, path: Path, now: dt.datetime, *, force: bool = False) -> int:
    """Write the store's whole history to `path` atomically; return the number of cards."""
    from quizgen.atomic import atomic_path, check_target

    check_target(path, force)
    try:
        with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as out:
            return write_history(store.iter_history(), now, out)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc


def import_history(path: Path, now: dt.datetime, store: ReviewStore | None = None) -> MergeResult:
    """Merge the history file at `path` into `store` (default: the learner's own store).

    The whole file is checked first; the default store is opened only once it has passed, so a
    bad file neither changes nor creates a database. `now` is when the import happens.
    """
    for _ in iter_history_file(path):
        pass
    if store is not None:
        return store.merge_history(iter_history_file(path), now)
    with ReviewStore.open() as opened:
        return opened.merge_history(iter_history_file(path), now)


def read_history(path: Path) -> list[CardHistory]:
    """Read and validate the history file at `path`; InputError (one line) if it cannot be used."""
    return list(iter_history_file(path))


def iter_history_file(path: Path) -> Iterator[CardHistory]:
    """The cards of the history file at `path`, each checked; InputError at the first problem.

    The file is read twice: first only its shape (nesting depth, header, a "cards" list), then
    its cards, built by ijson's C parser. Building cards before the depth is known to be sane
    would let a file of nested brackets take gigabytes.
    """
    import ijson  # deferred: only import-history needs the streaming parser

    source = str(path)
    number = 0
    try:
        with _open(path) as handle:
            _check_shape(ijson.basic_parse(handle), source)
        with _open(path) as handle:
            for number, data in enumerate(ijson.items(handle, "cards.item", use_float=True), 1):
                yield _checked_card(data, number, source)
    except ijson.JSONError as exc:
        where = f" after card {number}" if number else ""
        raise InputError(f"{source} is not valid JSON{where} ({_first_line(exc)})") from exc
    except (UnicodeDecodeError, OSError) as exc:
        raise InputError(f"cannot read {source}: {_first_line(exc)}") from exc


def _open(path: Path) -> IO[bytes]:
    """The history file, opened for reading; refused when it is not a regular file (it is read twice)."""
    from quizgen.inputs import open_binary

    try:
        handle = open_binary(path)
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path} is a folder; give a history file") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
        handle.close()
        raise InputError(f"{path} is not a regular file (a device or pipe); save the history to a file first")
    return handle


def _check_shape(events: Iterable[tuple[str, Any]], source: str) -> None:
    """Check, from parser events, that the file is an object no deeper than MAX_DEPTH whose
    "format" and "version" are ours and whose "cards" is a list."""
    header: dict[str, Any] = {}
    depth, key = 0, ""
    for event, value in events:
        if event in _OPEN:
            depth += 1
            if depth > MAX_DEPTH:
                raise InputError(f"{source} is not a quizgen history file (nested too deeply)")
            if depth == 1 and event != "start_map":
                break
            if depth == 2 and key == "cards":
                header["cards"] = event == "start_array"
        elif event in _CLOSE:
            depth -= 1
        elif depth == 1:
            if event == "map_key":
                key = value
            else:
                header[key] = value
        elif depth == 0:
            break  # a bare number or string
    _check_header(header, source)
    if header.get("cards") is not True:
        raise InputError(f'{source} has no "cards" list')


def _check_header(header: dict[str, Any], source: str) -> None:
    if header.get("format") != FORMAT:
        raise InputError(f'{source} is not a quizgen history file (no "format": "{FORMAT}")')
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(f'{source} has no valid "version"')
    if version > VERSION:
        raise InputError(f"{source} is version {version}, newer than this quizgen reads ({VERSION}); upgrade quizgen")


def _checked_card(data: Any, number: int, source: str) -> CardHistory:
    try:
        return _card(data)
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as exc:
        detail = f"missing {exc}" if isinstance(exc, KeyError) else _first_line(exc)
        raise InputError(f"{source}: card {number} is malformed ({detail})") from exc


def _card_dict(card: CardHistory) -> dict[str, Any]:
    return {
        **card.question.to_dict(),
        "article_title": card.article_title,
        "schedule": card.schedule.to_dict(),
        "learner_aliases": list(card.learner_aliases),
        "reviews": [review.to_dict() for review in card.reviews],
    }


def _card(data: Any) -> CardHistory:
    """One card, checked field by field against what the store can hold and show."""
    if not isinstance(data, dict):
        raise TypeError("expected an object")
    for key in ("id", "question", "answer"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise ValueError(f"{key!r} must be a non-empty string")
    for key in ("aliases", "choices", "tags", "learner_aliases"):
        if not isinstance(data.get(key, []), list):
            raise TypeError(f"{key!r} must be a list")
    if not all(isinstance(alias, str) for alias in data.get("learner_aliases", [])):
        raise TypeError("'learner_aliases' must be a list of strings")
    if not isinstance(data.get("article_title") or "", str):
        raise TypeError("'article_title' must be a string")
    if not _KIND.fullmatch(data.get("kind") or ""):
        raise ValueError("'kind' must be a short name of lowercase letters, digits and hyphens")
    _check_text(data)
    reviews = data.get("reviews", [])
    if not isinstance(reviews, list):
        raise TypeError("'reviews' must be a list")
    schedule = data.get("schedule") or {"state": "new"}
    if not isinstance(schedule, dict):
        raise TypeError("'schedule' must be an object")
    card = CardHistory(
        question=Question.from_dict(data),
        article_title=str(data.get("article_title") or ""),
        schedule=Schedule.from_dict(schedule),
        learner_aliases=tuple(a for a in data.get("learner_aliases", []) if a.strip()),
        reviews=tuple(sorted((Review.from_dict(r) for r in reviews), key=lambda r: r.reviewed_at)),
    )
    times = [card.schedule.due, card.schedule.last_review, *(r.reviewed_at for r in card.reviews)]
    for when in times:
        if when is not None and not in_time_range(when):
            raise ValueError(f"time {when.isoformat()} is outside {EARLIEST.year}-{LATEST.year}")
    return card


def _check_text(data: dict[str, Any]) -> None:
    """Every string in the card must be storable as UTF-8 (JSON can spell lone surrogates)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("a text field holds an unpaired surrogate (\\ud800-\\udfff)") from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
