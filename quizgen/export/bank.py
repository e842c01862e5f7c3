"""The question-bank file format, read and written: what `quizgen generate` prints or saves
(json, text, csv, jsonl) and what `quizgen quiz --bank` and `export` read back (json, jsonl).

A `.jsonl` bank holds one article with its questions per line, written as soon as that article
is done, so a long run can be followed, interrupted and resumed, and memory stays flat.
"""

from __future__ import annotations

import csv
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
from quizgen.questions.title_blank import shown_title


# --- writing ----------------------------------------------------------------------------------
def render(bank: QuestionBank, fmt: str) -> str:
    """The text `quizgen generate --format FMT` prints (json, csv, else the readable text)."""
    if fmt == "json":
        articles = {a.id: a for a in bank.articles}
        data = {
            "articles": [a.info() for a in bank.articles],
            "questions": [_question(q, articles.get(q.article)) for q in bank.questions],
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(bank)
    return _text(bank)


def _question(question: Question, article: Article | None) -> dict[str, Any]:
    """A question as JSON, with "shown_title" when the quiz shows its article's title blanked."""
    data = question.to_dict()
    data.pop("shown_title", None)
    title = shown_title(question, article)
    if article is not None and title != article.title:
        data["shown_title"] = title
    return data


def _text(bank: QuestionBank) -> str:
    out = []
    for article in bank.articles:
        date = f" ({article.published.isoformat()})" if article.published else ""
        out.append(f"{article.title}{date}")
        out.append("=" * min(len(out[-1]), 79))
        questions = [q for q in bank.questions if q.article == article.id]
        for number, q in enumerate(questions, 1):
            out.append(f"{number}. [{q.kind}] {q.question}")
            title = shown_title(q, article)
            if title != article.title:
                out.append(f"   Shown from: {title}")
            out.append(f"   Answer: {q.answer}")
            if q.choices:
                out.append("   Choices: " + " | ".join(q.choices))
        out.append("")
    return "\n".join(out)


def _csv(bank: QuestionBank) -> str:
    """CSV with every cell that a spreadsheet would run as a formula made text (OWASP)."""
    from quizgen.export.tabular import inert_cell

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "article", "kind", "question", "answer", "aliases", "choices", "source"])
    for q in bank.questions:
        row = [q.id, q.article, q.kind, q.question, q.answer, "; ".join(q.aliases), "; ".join(q.choices), q.source]
        writer.writerow([inert_cell(cell) for cell in row])
    return buffer.getvalue()


def record(article: Article, questions: Sequence[Question]) -> dict[str, Any]:
    """One line of a `.jsonl` bank: the article as generated JSON lists it, with its questions."""
    return {**article.info(), "questions": [_question(q, article) for q in questions]}


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


# --- reading ----------------------------------------------------------------------------------
def read_bank_file(path: Path) -> QuestionBank:
    """The articles (without their text) and questions in the JSON bank at `path`.

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


def read_jsonl_bank(path: Path) -> QuestionBank:
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


def done_ids(path: Path) -> set[str]:
    """The article ids already in the `.jsonl` bank at `path`, cutting off a last line left
    half-written by an interrupted run. A missing file has none.

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


def _article(data: dict[str, Any]) -> Article:
    """An article as a bank lists it: no text, the title falling back to the id."""
    published = data.get("published")
    return Article(
        id=str(data["id"]),
        title=str(data.get("title") or data["id"]),
        published=dt.date.fromisoformat(published) if published else None,
        path=str(data.get("path") or ""),
        text="",
        dateline=_dateline(data.get("dateline")),
    )


def _dateline(value: Any) -> tuple[int, int] | None:
    """[month, day] of a year-less wire dateline, or None for anything else (an older bank has none)."""
    if not (isinstance(value, list) and len(value) == 2 and all(type(v) is int for v in value)):
        return None
    try:
        dt.date(2000, value[0], value[1])
    except ValueError:
        return None
    return (value[0], value[1])
