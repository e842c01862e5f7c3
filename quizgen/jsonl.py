"""Question banks as JSON Lines: one article with its questions per line, written as soon as that
article is done, so a long run can be followed, interrupted and resumed, and memory stays flat."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from quizgen.errors import ExportError, InputError
from quizgen.models import Article, Question, QuestionBank


def record(article: Article, questions: Sequence[Question]) -> dict[str, Any]:
    """One line of a `.jsonl` bank: the article as generated JSON lists it, with its questions."""
    return {**article.info(), "questions": [q.to_dict() for q in questions]}


def line(article: Article, questions: Sequence[Question]) -> bytes:
    return (json.dumps(record(article, questions), ensure_ascii=False, separators=(",", ":")) + "\n").encode()


class LineWriter:
    """Append whole lines to a file (or write them to a stream), each flushed as it is written.

    On any interruption (ctrl+c included) the file is cut back to its last whole line, so an
    interrupted run leaves a valid bank that `--resume` continues.
    """

    def __init__(self, stream: IO[bytes], name: str) -> None:
        self.stream = stream
        self.name = name
        self.regular = _is_regular_file(stream)  # not a pipe, a terminal or /dev/null
        self.whole = stream.tell() if self.regular else 0

    def write(self, data: bytes) -> None:
        try:
            self.stream.write(data)
            self.stream.flush()
        except OSError as exc:
            raise ExportError(f"{self.name}: cannot be written ({exc.strerror or exc})") from exc
        if self.regular:
            self.whole = self.stream.tell()

    def cut_to_whole_lines(self) -> None:
        if self.regular and self.stream.tell() != self.whole:
            self.stream.truncate(self.whole)


def _is_regular_file(stream: IO[bytes]) -> bool:
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)
    except (OSError, ValueError, io.UnsupportedOperation):
        return False


def done_ids(path: Path) -> set[str]:
    """The article ids already in the bank at `path`, cutting off a last line left half-written
    by an interrupted run. A missing file has none.

    Raises:
        InputError: `path` holds something other than a quizgen `.jsonl` bank.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return set()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    whole = data.rfind(b"\n") + 1
    if whole < len(data):
        with open(path, "r+b") as handle:
            handle.truncate(whole)
    return {str(_parse(text, path, number)["id"]) for number, text in _lines(data[:whole])}


def read_bank(path: Path) -> QuestionBank:
    """The articles (without their text) and questions in the `.jsonl` bank at `path`.

    Raises:
        InputError: The file is missing or a line is not an article record.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    articles, questions = [], []
    for number, text in _lines(data):
        item = _parse(text, path, number)
        try:
            articles.append(_article(item))
            questions += [Question.from_dict(q) for q in item.get("questions") or ()]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}: line {number} is not a quizgen article record ({exc})") from exc
    return QuestionBank(tuple(articles), tuple(questions))


def _lines(data: bytes) -> list[tuple[int, bytes]]:
    return [(number, text) for number, text in enumerate(data.split(b"\n"), 1) if text.strip()]


def _parse(text: bytes, path: Path, number: int) -> dict[str, Any]:
    try:
        item = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise InputError(f"{path}: line {number} is not JSON ({exc})") from exc
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("questions"), list):
        raise InputError(f"{path}: line {number} is not a quizgen article record (no id or questions)")
    return item


def _article(item: dict[str, Any]) -> Article:
    published = item.get("published")
    return Article(id=item["id"], title=str(item.get("title") or item["id"]),
                   published=dt.date.fromisoformat(published) if published else None,
                   path=str(item.get("path") or ""), text="")
