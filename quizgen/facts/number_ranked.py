"""A ranking written before a name, as sports wires do: "the 48th-ranked Lund", "fifth-ranked
Elena Petrova" → Where was Elena Petrova ranked? → fifth."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.number_ranks import ordinal_value

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext


def hyphen_ranks(ctx: ArticleContext) -> list[tuple[Token, str, str]]:
    """(ordinal token, question, answer) for each "Nth-ranked" before a person the article names;
    never one inside a quote, nor a team's ("the 12th-ranked Hawks": "Where was/were …" would guess)."""
    from quizgen.nlp import tokens_where

    out = []
    doc = ctx.doc
    for tok in (doc[i - 1] for i in tokens_where(doc, "ORTH", "-".__eq__) if 0 < i < len(doc) - 1):  # "48th-ranked"
        if doc[tok.i + 2].lower_ != "ranked" or ordinal_value(tok) is None:
            continue
        ranked = doc[tok.i + 2]
        if ctx.in_quote(tok.idx) or ranked.dep_ not in ("amod", "compound") or ranked.head.pos_ != "PROPN":
            continue
        person = ctx.resolve_person(ranked.head)
        if person is not None:
            out.append((tok, f"Where was {person.name} ranked?", tok.text))
    return out
