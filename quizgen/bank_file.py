"""Read back the JSON that `quizgen generate --format json` writes, as a QuestionBank."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from quizgen.errors import InputError
from quizgen.models import Article, Question, QuestionBank


def read_bank_file(path: Path) -> QuestionBank:
    """The articles (without their text) and questions stored in `path`.

    Raises:
        InputError: The file is missing or is not a question bank.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        articles = tuple(_article(a) for a in data.get("articles") or ())
        questions = tuple(Question.from_dict(q) for q in data["questions"])
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise InputError(f"{path}: not a quizgen question bank ({type(exc).__name__}: {exc})") from exc
    return QuestionBank(articles, questions)


def _article(data: dict[str, Any]) -> Article:
    published = data.get("published")
    return Article(
        id=str(data["id"]),
        title=str(data.get("title") or data["id"]),
        published=dt.date.fromisoformat(published) if published else None,
        path=str(data.get("path") or ""),
        text="",
    )
