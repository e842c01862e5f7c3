"""Plain data passed between the pipeline stages: articles and questions (the facts between
them are in `quizgen.facts.fact_types`, which a review or a quiz on a ready bank never loads).

No I/O and no third-party imports here, so every part of quizgen (and its tests) can use these
types without loading spaCy, Textual or genanki.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

#: Every kind of question quizgen writes, in the order they are shown to learners.
KINDS: tuple[str, ...] = ("quote", "role", "date", "acronym", "number", "org-event")


@dataclass(frozen=True)
class Article:
    """One news article, cleaned of page furniture."""

    id: str
    """Stable identity (a slug): the same article gets the same id in every run."""
    title: str
    published: dt.date | None
    path: str
    """Where it was read from: a file path, or "-" for standard input."""
    text: str
    """The body: paragraphs separated by blank lines, boilerplate removed, title excluded."""
    url: str | None = None
    dateline: tuple[int, int] | None = None
    """(month, day) of a wire dateline that gives no year ("WASHINGTON, March 4 -"), when
    `published` is unknown: "today" and "last month" are still read against it."""

    def byline(self, title: str = "") -> str:
        """ "Title · 30 May 2020", "Title · 4 March" for a wire dateline with no year, or the title
        alone when undated: where a question comes from ("two weeks ago" counts from that day).

        `title` replaces the article's own (a title with a question's answer blanked out)."""
        title = title or self.title or self.id
        if self.published is None and self.dateline is not None:
            month, day = self.dateline
            return f"{title} · {day} {dt.date(2000, month, day):%B}"  # (2000: a leap year, so 29 February is one)
        if self.published is None:
            return title
        return f"{title} · {self.published.day} {self.published:%B %Y}"

    def info(self) -> dict[str, Any]:
        """The article as listed in generated JSON."""
        info: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "path": self.path,
        }
        if self.published is None and self.dateline is not None:
            info["dateline"] = list(self.dateline)  # [month, day]: what "two weeks ago" counts from
        return info


@dataclass(frozen=True)
class Question:
    """A question–answer pair, ready for a quiz, an Anki note or JSON."""

    id: str
    """Stable: the same article and fact give the same id across runs and wordings."""
    article: str
    """The id of the article it comes from."""
    kind: str
    question: str
    answer: str
    aliases: tuple[str, ...] = ()
    """Other answers that are also right (surname, acronym, other date formats)."""
    choices: tuple[str, ...] = ()
    """The answer plus up to three distractors, in display order; empty when none fit."""
    source: str = ""
    """The sentence the fact comes from."""
    span: tuple[int, int] | None = None
    """Character span of the answer inside `source`, for highlighting."""
    tags: tuple[str, ...] = ()
    shown_title: str | None = field(default=None, compare=False)
    """The article's title as shown above the question, with the answer blanked out of it, worked
    out when the question is written; None when not known (older banks, no title)."""

    @property
    def has_choices(self) -> bool:
        """Whether it can be asked as multiple choice: two options or more, the answer among them."""
        return len(self.choices) >= 2 and self.answer in self.choices

    def with_aliases(self, extra: Iterable[str]) -> Question:
        """This question also accepting `extra` (the learner's own answers), ignoring case repeats.

        The one way learner aliases join a question, wherever the question comes from.
        """
        seen = {a.casefold() for a in (self.answer, *self.aliases)}
        added: list[str] = []
        for alias in extra:
            if alias.strip() and alias.casefold() not in seen:
                seen.add(alias.casefold())
                added.append(alias)
        return replace(self, aliases=self.aliases + tuple(added)) if added else self

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, the one `quizgen generate --format json` prints."""
        return {
            "id": self.id,
            "article": self.article,
            "kind": self.kind,
            "question": self.question,
            "answer": self.answer,
            "aliases": list(self.aliases),
            "choices": list(self.choices),
            "source": self.source,
            "span": list(self.span) if self.span else None,
            "tags": list(self.tags),
        } | ({"shown_title": self.shown_title} if self.shown_title else {})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        """Inverse of `to_dict`; unknown keys are ignored so older files still load.

        Raises:
            KeyError, TypeError, ValueError: `data` is not a question (e.g. a hand-edited file);
                callers turn these into one-line input errors.
        """
        if not isinstance(data, dict):
            raise TypeError(f"a question must be an object, not {type(data).__name__}")
        return cls(
            id=_text(data, "id", required=True),
            article=_text(data, "article"),
            kind=_text(data, "kind"),
            question=_text(data, "question", required=True),
            answer=_text(data, "answer", required=True),
            aliases=_texts(data, "aliases"),
            choices=_texts(data, "choices"),
            source=_text(data, "source"),
            span=_span(data.get("span")),
            tags=_texts(data, "tags"),
            shown_title=_text(data, "shown_title") if data.get("shown_title") else None,
        )


def _text(data: dict[str, Any], key: str, *, required: bool = False) -> str:
    """A string field; a missing or null optional one is ""."""
    value = data[key] if required else data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise TypeError(f"{key!r} must be a string, not {type(value).__name__}")
    return value


def _texts(data: dict[str, Any], key: str) -> tuple[str, ...]:
    """A list-of-strings field; a missing or null one is empty."""
    value = data.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise TypeError(f"{key!r} must be a list of strings")
    return tuple(value)


_MAX_OFFSET = 2**31
"""Far beyond any sentence; bounds a span to what the review database can store."""


def _span(value: Any) -> tuple[int, int] | None:
    """A stored span: null, or exactly two whole numbers, start not after end."""
    if value is None:
        return None
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or not all(isinstance(n, int) and not isinstance(n, bool) for n in value)
    ):
        raise ValueError(f"'span' must be null or two whole numbers [start, end], not {value!r}")
    start, end = value
    if not 0 <= start <= end <= _MAX_OFFSET:
        raise ValueError(f"'span' must have 0 <= start <= end <= {_MAX_OFFSET}, not {list(value)!r}")
    return (start, end)


@dataclass(frozen=True)
class QuestionBank:
    """What generation produces: the articles read and the questions written from them."""

    articles: tuple[Article, ...]
    questions: tuple[Question, ...]
    warnings: tuple[str, ...] = ()
    """What a front end should tell the user: files skipped, encodings guessed."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": [a.info() for a in self.articles],
            "questions": [q.to_dict() for q in self.questions],
        }

    def article(self, article_id: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id), None)
