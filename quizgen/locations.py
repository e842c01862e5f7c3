"""The one module that knows where quizgen's files live.

Functions, not constants: nothing is computed at import time, so tests can point
`QUIZGEN_HOME` at a temporary folder before any path is asked for.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

SEED_NAME = "000_cec4a7082d72a804.txt"


def data_directory() -> Path:
    """Return (creating it if needed) the folder for the review database and exports."""
    home = os.environ.get("QUIZGEN_HOME")
    if home:
        path = Path(home).expanduser()
    else:
        from platformdirs import user_data_path  # deferred: only needed when data is touched

        path = user_data_path("quizgen", appauthor=False)
    _make_folder(path, "QUIZGEN_HOME" if home else "quizgen's data folder")
    return path


def _make_folder(path: Path, what: str) -> None:
    """Create `path` as a folder, or say in one line why it cannot be one."""
    from quizgen.errors import QuizgenError  # deferred with the failure it reports

    if path.exists() and not path.is_dir():
        raise QuizgenError(f"{what} {path} is a file, not a folder; move it aside or point QUIZGEN_HOME elsewhere")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise QuizgenError(f"cannot create {what} {path}: {exc.strerror or exc}") from exc


def database_path() -> Path:
    """The SQLite file holding cards and review history."""
    return data_directory() / "reviews.sqlite3"


def anki_note_times_path() -> Path:
    """When each exported Anki note last changed, so re-imports update only what changed."""
    return data_directory() / "anki-note-times.json"


def exports_directory() -> Path:
    """Where the TUI writes decks it exports (created on demand)."""
    path = data_directory() / "exports"
    _make_folder(path, "the exports folder")
    return path


def seeds_directory() -> Path:
    """The founding article(s): inside the installed package, or `seeds/` in a source tree."""
    packaged = Path(str(resources.files("quizgen"))) / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


def seed_article() -> Path:
    """The article `quizgen` quizzes on when given no path."""
    return seeds_directory() / SEED_NAME


def settings_path() -> Path:
    """The learner's settings (theme, new cards a day), a small JSON file."""
    return data_directory() / "settings.json"
