"""Decide what each exported note is: its identity, note type, fields, tags and deck.

No genanki here: the .apkg writer and the CSV/TSV writers share this plan, and tests can read it
without building a package.

Identity. A note's GUID comes from the question's stable id only (namespaced "quizgen"), never
from its wording, so a re-worded question updates the learner's existing note in place.

Note type, one note per question, chosen from the question itself:
  * cloze — the answer stands verbatim in the source sentence: the article's own sentence with the
    answer hidden asks for recall in context, which spaced repetition rewards more than picking
    from a list. When an earlier question in the same export already clozes the same sentence
    and span (two facts read off one phrase), the later one falls back to the next type rather
    than making a twin card.
  * multiple choice — the question has choices: the quiz's own form, choices on the front.
  * basic — everything else: question on the front, answer and context on the back.
A question that changes type between exports keeps its old note in Anki (the importer reports it
as "conflicting" rather than updating across note types); nothing is duplicated.

Decks. One deck per article, "quizgen::<title>", so every quizgen deck sits under one parent
that can be studied as a whole, and the name does not change when a later export includes more
articles (Anki matches decks by name, and never moves an existing card). `--deck` puts all notes
in one deck of the learner's choosing.
"""

from __future__ import annotations

import hashlib
import re
from typing import NamedTuple

from quizgen.errors import ExportError
from quizgen.export import fields
from quizgen.models import Article, Question, QuestionBank
from quizgen.questions.title_blank import shown_article, shown_title

BASIC, CHOICE, CLOZE = "basic", "choice", "cloze"

# Field names and order are FROZEN: Anki identifies a note type by its id and compares field and
# template names on import; renaming or adding one makes every update "conflicting". Add a field
# only with a new note type id and a migration plan.
FIELDS: dict[str, tuple[str, ...]] = {
    BASIC: ("Question", "Answer", "Context", "Source", "Kind"),
    CHOICE: ("Question", "Choices", "Answer", "Context", "Source", "Kind"),
    CLOZE: ("Text", "Source", "Kind"),
}

PARENT_DECK = "quizgen"
GUID_NAMESPACE = "quizgen"

_BASE91 = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~"
_SPACES = re.compile(r"\s+")


class NoteSpec(NamedTuple):
    """One note to write, with its fields already as HTML.

    A named tuple rather than a frozen dataclass: 10,000 of them are built per big export.
    """

    guid: str
    model: str
    """BASIC, CHOICE or CLOZE."""
    fields: tuple[str, ...]
    """HTML, in the order of FIELDS[model]."""
    tags: tuple[str, ...]
    deck: str
    sort: str
    """Plain text for Anki's sort column (genanki would copy the raw HTML there)."""
    question: Question

    def digest(self) -> str:
        """A hash of everything the learner sees, to tell a changed note from an unchanged one."""
        blob = "\x1e".join((self.model, "\x1f".join(self.fields), " ".join(self.tags)))
        return hashlib.blake2b(blob.encode("utf-8"), digest_size=12).hexdigest()


def note_guid(question_id: str) -> str:
    """The note GUID for a question: `genanki.guid_for("quizgen", question_id)`, without genanki.

    Computed here so the CSV writer (which must not import genanki) gives the same identity; a
    test checks it against genanki.
    """
    digest = hashlib.sha256(f"{GUID_NAMESPACE}__{question_id}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    out = []
    while number > 0:
        number, rest = divmod(number, len(_BASE91))
        out.append(_BASE91[rest])
    return "".join(reversed(out))


def clean_deck_name(name: str) -> str:
    """A deck name as Anki stores it: `::`-separated parts, each trimmed, none empty."""
    parts = [_SPACES.sub(" ", part).strip() for part in name.split("::")]
    parts = [part for part in parts if part]
    if not parts:
        raise ExportError(f"deck name {name!r} is empty")
    return "::".join(parts)


def article_deck(article: Article | None, article_id: str) -> str:
    """The default deck for an article's notes: "quizgen::<title>" (a title never nests)."""
    title = article.title if article and article.title.strip() else article_id
    return clean_deck_name(f"{PARENT_DECK}::{title.replace('::', ':')}")


def tag(value: str) -> str:
    """An Anki tag: no spaces (genanki raises on them, Anki splits on them)."""
    return "_".join(value.split())


def tags_for(question: Question) -> tuple[str, ...]:
    """`quizgen`, the kind, the article's slug, then the question's own tags, without repeats."""
    wanted = ("quizgen", question.kind, question.article, *question.tags)
    return tuple(dict.fromkeys(t for t in map(tag, wanted) if t))


def plan_notes(bank: QuestionBank, deck: str | None = None) -> list[NoteSpec]:
    """One NoteSpec per question of `bank`, in order; `deck` overrides the per-article decks.

    A question id seen twice is one question: only its first occurrence becomes a note (two notes
    with one GUID would make Anki drop one of them anyway).
    """
    articles = {a.id: a for a in bank.articles}
    fixed_deck = clean_deck_name(deck) if deck is not None else None
    # What many questions share is worked out once (10,000 questions come from few articles).
    per_article: dict[tuple[str, str, bool], tuple[str, str]] = {}
    per_labels: dict[tuple[str, str, tuple[str, ...]], tuple[tuple[str, ...], str]] = {}
    clozed: set[tuple[str, tuple[int, int]]] = set()
    notes: list[NoteSpec] = []
    seen: set[str] = set()
    for question in bank.questions:
        if question.id in seen:
            continue
        seen.add(question.id)
        article = articles.get(question.article)
        title = shown_title(question, article)  # the answer blanked out of a title that names it
        shown = shown_article(question, article)  # no date on the front that answers the question
        where = per_article.get((question.article, title, shown is article))
        if where is None:
            where = per_article[(question.article, title, shown is article)] = (
                fields.source(shown, question.article, title),
                fixed_deck or article_deck(article, question.article),
            )
        source, deck_name = where
        labels_key = (question.kind, question.article, question.tags)
        labels = per_labels.get(labels_key)
        if labels is None:
            labels = per_labels[labels_key] = (tags_for(question), fields.plain(question.kind))
        tags, kind = labels

        span = fields.cloze_span(question)
        if span and (question.source, span) not in clozed:
            clozed.add((question.source, span))
            model = CLOZE
            values: tuple[str, ...] = (fields.cloze(question, span), source, kind)
            sort = question.source
        else:
            ask, answer, context = (
                fields.plain(question.question),
                fields.plain(question.answer),
                fields.context(question),
            )
            if len(question.choices) >= 2:
                model = CHOICE
                values = (ask, fields.choices(question), answer, context, source, kind)
            else:
                model = BASIC
                values = (ask, answer, context, source, kind)
            sort = question.question
        notes.append(NoteSpec(note_guid(question.id), model, values, tags, deck_name, sort, question))
    return notes
