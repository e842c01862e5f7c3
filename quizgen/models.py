"""Plain data passed between the pipeline stages: articles, facts and questions.

No I/O and no third-party imports here (spaCy's types for type checking only), so every part of
quizgen (and its tests) can use these types without loading spaCy, Textual or genanki.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, ClassVar

if TYPE_CHECKING:  # spaCy's type only: a speaker found in a parsed sentence keeps its token
    from spacy.tokens import Token

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
        """ "Title · 30 May 2020", or the title alone when undated: where a question comes from.

        `title` replaces the article's own (a title with a question's answer blanked out)."""
        title = title or self.title or self.id
        if self.published is None:
            return title
        return f"{title} · {self.published.day} {self.published:%B %Y}"

    def info(self) -> dict[str, Any]:
        """The article as listed in generated JSON."""
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "path": self.path,
        }


@dataclass(frozen=True)
class Speaker:
    """Who made a statement: a person, a body ("the ministry"), a country or a document."""

    name: str
    aliases: tuple[str, ...]
    """Other names that are also right (surname, acronym, the description without "a")."""
    wh: str
    """How a question asks for them: "Who", "Which country", "Which organization", "Which report" ..."""
    key: str
    """Identity that does not depend on wording: the same speaker has the same key all article long."""
    token: Token | None = field(default=None, compare=False)
    """Where the extractor found them named, while it reads the article (None on a fact)."""
    mention: Token | None = field(default=None, compare=False)
    """Where they were referred to, a pronoun included (None on a fact)."""


@dataclass(frozen=True, kw_only=True)
class Fact:
    """Something an article states that is worth a question, with its evidence.

    One subclass per kind of fact holds its parts; equal facts have the same kind, key, sentence and span.
    """

    kind: ClassVar[str]
    """One of `KINDS`."""
    key: str
    """Identity within the article that does not depend on wording (e.g. "role|xi jinping|president")."""
    sentence: str
    """The source sentence, as it stands in the article."""
    answer_span: tuple[int, int] | None
    """Character span of the main answer inside `sentence`, when it appears there."""


@dataclass(frozen=True, kw_only=True, eq=False)
class QuoteFact(Fact):
    """Who said (or reported, found, warned …) what."""

    kind: ClassVar[str] = "quote"
    speaker: Speaker
    text: str
    """What was said, as the article gives it."""
    predicate: str
    """The question's verb phrase after the wh-word: 'said "we will rebuild the pier"'."""
    direct: bool
    """Quoted word for word (not reported speech)."""


@dataclass(frozen=True, kw_only=True, eq=False)
class RoleFact(Fact):
    """A person holds a post, at an organization or not."""

    kind: ClassVar[str] = "role"
    person: str
    person_aliases: tuple[str, ...]
    role: str
    """The post as the article words it ("finance minister"); "" when only the organization is known."""
    role_display: str | None
    """The post with a vague "the rocket" replaced by the article's fuller name for it."""
    org: str | None
    """The organization's long form, when the article names one."""
    org_aliases: tuple[str, ...]
    org_prep: str
    """How the post joins the organization: "of", "at", "for" …"""
    head: str
    """The post word ("minister"), lower case."""
    shared: bool
    """The post is one many hold ("member", "analyst"): "Who is the …?" has no one answer."""
    org_is_place: bool
    qualified: bool
    """The post says where it is held ("Welsh Health Minister"), so it names one holder."""
    # What the other role facts of the article say (filled by facts.role_links.link_roles):
    other_posts: tuple[str, ...] = ()
    """The same person's other posts, with their organizations."""
    other_orgs: tuple[str, ...] = ()
    other_roles: tuple[str, ...] = ()
    unique_holder: bool = False
    """No one else in the article holds this post here."""
    org_question: str | None = None
    """The question "Which organization is X the chief of?", when there is an organization to ask for."""


@dataclass(frozen=True, kw_only=True, eq=False)
class AcronymFact(Fact):
    """A short form and what it stands for."""

    kind: ClassVar[str] = "acronym"
    short: str
    long: str


@dataclass(frozen=True, kw_only=True, eq=False)
class AskedFact(Fact):
    """A fact that carries its question from the clause it comes from (dates, numbers, org-events)."""

    kind: ClassVar[str]
    answer_type: ClassVar[str]
    """What kind of false options fit the answer."""
    question: str
    answer: str
    aliases: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    """Other right answers (the other members of the same list): never offered as false options."""
    needs_choices: bool = False
    """Only the options make the answer unique ("Which of these …?")."""


@dataclass(frozen=True, kw_only=True, eq=False)
class DateFact(AskedFact):
    """When something happened or will happen."""

    kind: ClassVar[str] = "date"
    answer_type: ClassVar[str] = "date"
    iso: str | None
    """The date as far as it is known: "2024-05-03", "2024-05", "XXXX-05-03"; None for a bare weekday."""
    format: str
    """How precise the answer is ("day", "month", "year", "no-year", "weekday", "surface" …)."""
    surface: str
    """The date as the article words it."""


@dataclass(frozen=True, kw_only=True, eq=False)
class NumberFact(AskedFact):
    """How many, how much, what share."""

    kind: ClassVar[str] = "number"
    answer_type: ClassVar[str] = "number"


@dataclass(frozen=True, kw_only=True, eq=False)
class OrgEventFact(AskedFact):
    """Which organization did something."""

    kind: ClassVar[str] = "org-event"
    answer_type: ClassVar[str] = "org"


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
