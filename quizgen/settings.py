"""The learner's few settings, kept in a small JSON file in the data folder.

Read once by the CLI and passed to the app as values; written atomically when the learner
changes one (the theme, with ctrl+t). A missing or unreadable file means the defaults: settings
are a convenience, never a reason to refuse to start.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

NEW_CARDS_PER_DAY = 20
"""Anki's default: new cards `quizgen review` introduces each day."""


@dataclass(frozen=True)
class Settings:
    theme: str | None = None
    """The Textual theme last chosen with ctrl+t; None for Textual's default."""
    new_cards_per_day: int = NEW_CARDS_PER_DAY
    """How many never-answered cards `quizgen review` adds to the due ones each day."""


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults for anything missing, malformed or of the wrong type."""
    if path is None:
        from quizgen.locations import settings_path

        path = settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Settings()
    if not isinstance(data, dict):
        return Settings()
    settings = Settings()
    for field in fields(Settings):
        value = data.get(field.name)
        default = getattr(settings, field.name)
        if field.name == "theme" and isinstance(value, str):
            settings = replace(settings, theme=value)
        elif isinstance(default, int) and isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            changes: dict[str, Any] = {field.name: value}
            settings = replace(settings, **changes)
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write `settings` atomically (a crash leaves the old file or the new one, never half)."""
    from quizgen.atomic import write_text_atomic

    if path is None:
        from quizgen.locations import settings_path

        path = settings_path()
    write_text_atomic(path, json.dumps(asdict(settings), indent=2) + "\n")
