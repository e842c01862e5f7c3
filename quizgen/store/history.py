"""Review history as a JSON file, so a learner can move to a new machine.

The file holds every card (the full question, so it can be quizzed without its article), its
FSRS schedule, the aliases the learner added, and its review log. Importing merges into the
existing store and can be repeated without duplicating reviews.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from quizgen.errors import InputError
from quizgen.models import Question
from quizgen.srs import Schedule, require_utc
from quizgen.store.records import CardHistory, Review
from quizgen.store.repository import MergeResult, ReviewStore
from quizgen.store.schema import SCHEMA_VERSION

FORMAT = "quizgen-history"
"""The `format` field that marks a file as ours."""
VERSION = 1
"""Version of the file layout (independent of the database schema)."""


def history_document(cards: list[CardHistory], now: dt.datetime) -> dict[str, Any]:
    """The JSON-ready document for `cards`, stamped with the export time."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema_version": SCHEMA_VERSION,
        "exported_at": require_utc(now, "export time").isoformat(),
        "cards": [
            {
                **card.question.to_dict(),
                "article_title": card.article_title,
                "schedule": card.schedule.to_dict(),
                "learner_aliases": list(card.learner_aliases),
                "reviews": [review.to_dict() for review in card.reviews],
            }
            for card in cards
        ],
    }


def parse_history(data: Any, source: str = "history file") -> list[CardHistory]:
    """Validate a parsed document and return its cards; InputError (one line) if malformed.

    Everything is checked before anything is imported, so a bad file changes nothing.
    """
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(f'{source} is not a quizgen history file (no "format": "{FORMAT}")')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(f'{source} has no valid "version"')
    if version > VERSION:
        raise InputError(
            f"{source} is version {version}, newer than this quizgen reads ({VERSION}); upgrade quizgen"
        )
    cards = data.get("cards")
    if not isinstance(cards, list):
        raise InputError(f'{source} has no "cards" list')
    parsed = []
    for number, card in enumerate(cards, start=1):
        try:
            parsed.append(_card(card))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            detail = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
            raise InputError(f"{source}: card {number} is malformed ({detail})") from exc
    return parsed


def export_history(store: ReviewStore, path: Path, now: dt.datetime, *, force: bool = False) -> int:
    """Write the store's whole history to `path` atomically; return the number of cards."""
    from quizgen.atomic import check_target, write_text_atomic

    check_target(path, force)
    cards = store.history()
    text = json.dumps(history_document(cards, now), ensure_ascii=False, indent=1)
    write_text_atomic(path, text + "\n")
    return len(cards)


def import_history(path: Path, now: dt.datetime, store: ReviewStore | None = None) -> MergeResult:
    """Merge the history file at `path` into `store` (default: the learner's own store).

    The whole file is checked first; the default store is opened only once it has passed, so a
    bad file neither changes nor creates a database. `now` is when the import happens.
    """
    cards = read_history(path)
    if store is not None:
        return store.merge_history(cards, now)
    with ReviewStore.open() as opened:
        return opened.merge_history(cards, now)


def read_history(path: Path) -> list[CardHistory]:
    """Read and validate the history file at `path`; InputError (one line) if it cannot be used."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path} is a folder; give a history file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise InputError(f"{path} is not a quizgen history file (nested too deeply)") from exc
    return parse_history(data, str(path))


def _card(data: Any) -> CardHistory:
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
    reviews = data.get("reviews", [])
    if not isinstance(reviews, list):
        raise TypeError("'reviews' must be a list")
    schedule = data.get("schedule") or {"state": "new"}
    if not isinstance(schedule, dict):
        raise TypeError("'schedule' must be an object")
    return CardHistory(
        question=Question.from_dict(data),
        article_title=str(data.get("article_title") or ""),
        schedule=Schedule.from_dict(schedule),
        learner_aliases=tuple(a for a in data.get("learner_aliases", []) if a.strip()),
        reviews=tuple(sorted((Review.from_dict(r) for r in reviews), key=lambda r: r.reviewed_at)),
    )
