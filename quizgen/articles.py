"""Read articles from files, folders or stdin (minimal version; being extended)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from quizgen.errors import InputError
from quizgen.models import Article


def slugify(text: str) -> str:
    """A lowercase ASCII identifier for file names, tags and ids."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:60] or "article"


def read_articles(paths: Sequence[str]) -> list[Article]:
    """Read every article named by `paths`; raise InputError with one clear line otherwise."""
    articles = []
    for name in paths:
        path = Path(name)
        if not path.exists():
            raise InputError(f"{name}: no such file or folder")
        raw = path.read_text(encoding="utf-8")
        lines = raw.strip().splitlines()
        if not lines:
            raise InputError(f"{name}: the file is empty")
        articles.append(Article(id=slugify(path.stem), title=lines[0].strip(), published=None,
                                path=str(path), text="\n".join(lines[1:]).strip()))
    return articles
