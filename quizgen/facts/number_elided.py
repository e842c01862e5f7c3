"""A toll's second count with its noun left out, as disaster news writes it: "killing at least 40
people and injuring more than 300" counts people twice, the second time without saying so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.number_ask import ask
from quizgen.facts.number_phrases import answer_text, qualified_start

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def ask_elided_count(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """ "… and injuring more than 300" → "How many people did … injure?": a bare figure as the
    object of a verb joined to one whose object is a counted plural noun takes that noun. Only a
    noun with no words of its own besides its figure ("40 people", not "40 people in Orvena")."""
    root = ent.root
    if root.dep_ != "dobj" or root.pos_ != "NUM" or root.head.dep_ != "conj" or len(list(root.children)) > 2:
        return None
    noun = _counted_object(root.head.head)
    if noun is None:
        return None
    span = ctx.doc[qualified_start(ctx, ent) : ent.end]
    question = ask(ctx, span, f"How many {noun.text}", drop_dates=False)
    return (question, answer_text(ctx, ent, None)) if question else None


def _counted_object(verb: Token) -> Token | None:
    """The plural object of `verb` that a figure counts and nothing else describes ("40 people")."""
    for child in verb.children:
        if child.dep_ != "dobj" or child.tag_ != "NNS":
            continue
        others = [c for c in child.children if not (c.dep_ == "nummod" and c.like_num)]
        if len(others) < len(list(child.children)) and not others:
            return child
    return None
