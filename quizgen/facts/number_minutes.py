"""When in a match: "scored in the 82nd minute" → In which minute did X score? → 82nd.

Match reports time goals, cards and substitutions by the minute of play; the minute is a number a
learner can recall, and a date question cannot ask it. "It was the 100th minute when X scored" is
asked the same way. Only the minute: "the 82nd minute of the second half" keeps its half in the question.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.number_ask import ask
from quizgen.facts.number_ranks import ORDINAL_WORDS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

_NTH = re.compile(r"^\d+(st|nd|rd|th)$", re.I)


def minute_ordinal(ent: Span) -> Token | None:
    """The ordinal of "the 82nd minute" / "the fifth minute" when the entity ends on "minute" (or
    the word after it is "minute")."""
    doc = ent.doc
    last = ent[-1] if ent[-1].lower_ == "minute" else doc[ent.end] if ent.end < len(doc) else None
    if last is None or last.lower_ != "minute" or last.i == 0:
        return None
    nth = doc[last.i - 1]
    return nth if _NTH.match(nth.text) or nth.lower_ in ORDINAL_WORDS else None


def ask_minute(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'Holm scored in the 82nd minute' → In which minute did Holm score?; 'It was the 95th minute
    when Lund stepped up' → In which minute did Lund step up?"""
    nth = minute_ordinal(ent)
    if nth is None:
        return None
    minute = nth.head if nth.head.lower_ == "minute" else nth.doc[nth.i + 1]
    prep = minute.head
    if minute.dep_ == "pobj" and prep.lower_ in ("in", "during") and prep.head.pos_ in ("VERB", "AUX"):
        of = " ".join(t.text for t in minute.subtree if t.i > minute.i)  # "of added time" stays asked
        wh = f"which minute {of}".strip()
        question = ask(ctx, ctx.doc[prep.i : prep.right_edge.i + 1], wh, pied="In", drop_dates=False)
        return (question, nth.text) if question else None
    when = _cleft_clause(minute)
    if when is None:
        return None
    question = ask(ctx, ctx.doc[when.i : when.i + 1], "In which minute", drop_dates=False)  # "when" replaced
    return (question, nth.text) if question else None


def _cleft_clause(minute: Token) -> Token | None:
    """'It was the 100th minute when Fernandes stepped up': the "when" of the clause the minute times."""
    be = minute.head
    if minute.dep_ != "attr" or be.lemma_ != "be" or not any(c.lower_ == "it" for c in be.children):
        return None
    for clause in [*minute.children, *be.children]:  # the parse hangs the clause on either
        when = next((c for c in clause.children if c.lower_ == "when" and c.dep_ == "advmod"), None)
        if clause.dep_ in ("relcl", "advcl") and when is not None and clause.i > minute.i:
            return when
    return None
