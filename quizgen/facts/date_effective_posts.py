"""A post taken up from a date: "has appointed Priya Menon as chief executive, effective April 1" →
From when will Priya Menon serve as chief executive? The date is not when anyone appointed her (that
question is never asked, see `date_starts.takes_effect_later`), but it is when she starts in the post,
and that is worth asking while it is still to come."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.date_starts import effective_ahead, start_word
from quizgen.facts.date_values import resolve
from quizgen.facts.fact_types import DateFact

if TYPE_CHECKING:  # spaCy's types only
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.relative import Base

#: Verbs that put a named person in a post.
_PUT_IN = frozenset({"appoint", "name", "promote", "elect"})


def effective_post_fact(
    ctx: ArticleContext, ent: Span, base: Base | None, key: Callable[[str, str], str]
) -> DateFact | None:
    """The fact for an appointment's "effective" date still to come, or None."""
    word = start_word(ent)
    if word is None or word.lower_ != "effective" or ctx.published is None or ctx.in_quote(ent.start_char):
        return None
    verb = word.head
    person, post = _person(verb), _post(verb)
    if verb.lemma_ not in _PUT_IN or person is None or post is None:
        return None
    value = resolve(ent.text.strip(), ctx.published, future=effective_ahead(ent, ctx.published), base=base)
    iso = value[0] if value is not None else None
    if value is None or iso is None or len(iso) != 10 or iso <= ctx.published.isoformat():
        return None  # (a day taken up already: "From when did she serve …?" reads as a question of tenure)
    _, answer, aliases, fmt = value
    question = f"From when will {person} serve as {post}?"
    at = ent.start_char - ent.sent.start_char
    return DateFact(
        key=key(iso, question),
        sentence=ent.sent.text.strip(),
        answer_span=(at, at + len(ent.text)),
        question=question,
        answer=answer,
        aliases=tuple(aliases),
        iso=iso,
        format=fmt,
        surface=ent.text.strip(),
    )


def _person(verb: Token) -> str | None:
    """The named person the verb puts in a post: its object ("appointed Priya Menon"), or the passive's
    subject ("Priya Menon has been appointed")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.ent_type_ == "PERSON"]
    if len(found) != 1:
        return None
    tokens = [t for t in found[0].subtree if t.ent_type_ == "PERSON" or t.i == found[0].i]
    return words_of(tokens).strip() or None


def _post(verb: Token) -> str | None:
    """The post, after "as" ("as chief executive officer") or as the passive's complement ("appointed
    chief executive"), when it is a few plain words."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            tokens = [t for c in child.children if c.dep_ == "pobj" for t in c.subtree]
        elif child.dep_ in ("oprd", "attr", "xcomp") and child.pos_ == "NOUN":
            tokens = list(child.subtree)
        else:
            continue
        words = words_of(tokens).strip(" ,")
        return words if words and len(words.split()) <= 6 and "," not in words else None
    return None
