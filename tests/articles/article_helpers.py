"""Shared pieces of the article-reading tests: an invented article and ways to read it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quizgen.articles import read_articles
from quizgen.models import Article

DATA = Path(__file__).parents[1] / "data" / "articles"

TITLE = "Ferry service to Holm Island resumes"
LEAD = "The ferry service to Holm Island resumed on Monday after a week of storms, the operator said."
SECOND = "Around 300 passengers crossed on the first day, according to the harbour master."
LAST = "Ticket prices will stay the same until next spring, the operator added."
PARAGRAPHS = [LEAD, SECOND, LAST]


def write(tmp_path: Path, text: str, name: str = "story.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def read_one(path: Path) -> Article:
    """The one article at `path`, read without any warning."""
    reading = read_articles([str(path)])
    assert reading.warnings == ()
    [article] = reading.articles
    return article


def article_text(
    header: tuple[str, ...] = (),
    middle: tuple[str, ...] = (),
    footer: tuple[str, ...] = (),
    *,
    title: str = TITLE,
    lead: str = LEAD,
) -> str:
    """A plain-text article: headline, header lines, then paragraphs with `middle` and `footer`."""
    lines = [title, *header, "", lead, "", *middle, "", SECOND, "", LAST, "", *footer]
    return "\n".join(lines) + "\n"


def run_quizgen(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    data = stdin.decode("latin-1") if isinstance(stdin, bytes) else stdin
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args], input=data, capture_output=True, text=True, timeout=120
    )
