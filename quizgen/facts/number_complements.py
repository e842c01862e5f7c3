"""A count whose noun the tagger took for a modifier: "make 300 staff redundant", "left 2,000 people
homeless", where "redundant" is read as the object noun and "staff" as its compound. The count is of
the people; the adjective stays after the verb ("How many staff will Harbour Bank make redundant?")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.lexicon import OBJECT_ADJECTIVES
from quizgen.facts.number_ask import ask
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext


def object_adjective(noun: Token) -> bool:
    """Whether `noun` is such an adjective read as a noun, right after the counted words."""
    return noun.lower_ in OBJECT_ADJECTIVES and noun.dep_ == "dobj" and noun.head.lemma_ in ("make", "leave")


def ask_complemented(ctx: ArticleContext, ent: Span, adjective: Token) -> tuple[str, str] | None:
    """'make 300 staff redundant' → How many staff will Harbour Bank make redundant?"""
    counted = [t for t in ctx.doc[ent.end : adjective.i] if t.dep_ == "compound" and t.head == adjective]
    if not counted or len(counted) != adjective.i - ent.end or any(t.i < ent.start for t in adjective.subtree):
        return None  # "the 300 staff redundant", "its 300 …": only the count and its noun before the adjective
    target = ctx.doc[ent.start : adjective.i]
    question = ask(ctx, target, f"How many {words_of(counted)}", drop_dates=False)
    return (question, answer_text(ctx, ent, None)) if question else None
