"""A clause's words joined back into text for a question, its pronouns named where the story says who."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quizgen.facts.titles import is_post
from quizgen.vocabulary import PARTY_WORDS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext


def clause_text(ctx: ArticleContext, unordered: Iterable[Token]) -> str:
    tokens = sorted(unordered, key=lambda t: t.i)
    out: list[str] = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        space = tok.whitespace_ if nxt is not None and nxt.i == tok.i + 1 else " "
        word = tok.text
        if tok.lower_ in ("he", "she", "him") and not ctx.in_quote(tok.idx):
            person = ctx.pronoun_person(tok)
            if person is not None:
                word = person.name
        if tok.lower_ in ("his", "her") and tok.dep_ == "poss" and not ctx.in_quote(tok.idx):
            person = ctx.possessive_person(tok)
            if person is not None and person.name not in "".join(out):  # "carrying X and his crew": clear as it is
                word = person.name + "'s"
        out.append(word + space)
    text = "".join(out).strip()
    text = _SPACE_BEFORE_STOP.sub(r"\1", text)
    return _EDGES.sub("", text) if text and (_edge(text[0]) or _edge(text[-1])) else text


_SPACE_BEFORE_STOP = re.compile(r"\s+([,.;:])")
_EDGES = re.compile(r"^[,;:\s]+|[,;:\s]+$")


def _edge(char: str) -> bool:
    """A character `_EDGES` strips from a clause's ends: punctuation left over, or a space."""
    return char in ",;:" or char.isspace()


def keeps_capital(first: Token) -> bool:
    """A sentence's first word that keeps its capital inside a question: an acronym ("NASA"), or a party
    or a people named by one word ("Labour candidate John Reid lost", "British officials said")."""
    if first.text.isupper() and len(first.text) > 1:
        return True
    after = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
    if first.is_title and first.pos_ in ("PROPN", "NOUN", "ADJ") and after is not None and after.is_title:
        if is_post(after.lower_):
            return True  # "Finance Minister Nirmala Sitharaman": a title, not a common "finance"
    return (first.ent_type_ == "NORP" or first.lower_ in PARTY_WORDS) and first.is_title
