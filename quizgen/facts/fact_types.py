"""The facts an article states, one frozen dataclass per kind, with their evidence.

Apart from `quizgen.models` (articles, questions): a quiz on questions already written (a
review, a bank file) never needs these, and a dozen dataclasses take a while to define.
No I/O and no third-party imports here (spaCy's types for type checking only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:  # spaCy's type only: a speaker found in a parsed sentence keeps its token
    from spacy.tokens import Token


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


def role_key(person: str, role: str, org: str | None) -> str:
    """A role fact's key: one person, one post, one body, however the post was found."""
    return f"role|{person.lower()}|{role.lower()}|{(org or '').lower()}"


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
    ahead: bool = False
    """A post taken up later ("will join as an adviser"): asked as one to come, never as held."""


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
