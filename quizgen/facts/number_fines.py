"""A fine's amount and whom it was laid on: "The court also fined the former mayor Rs 50 lakh".

The parser often reads "the former mayor Rs 50 lakh" as one phrase (the mayor a modifier of the amount,
or the amount his apposition); asked for the amount, the question must still say whom the court fined,
never "How much did the court fine?".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.number_ask import ask

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: "fined" as the lemmatizer reads it ("fin") and as it should.
_FINE = ("fine", "fin")


def fined_whom(question: str | None, head: Token, span: Span) -> str | None:
    """ "fined the former mayor Rs 50 lakh", parsed as one phrase (the mayor a modifier of the amount,
    or the amount his apposition): who was fined goes back after "fine"."""
    if question is None or head.dep_ != "dobj" or head.head.lemma_.lower() not in _FINE:
        return question
    if head.i < span.start:  # the amount is the fined person's apposition: the person is the object
        whom: Token | None = head
        words = words_of([t for t in head.subtree if t.i < span.start]).strip(" ,")
    else:
        whom = next((c for c in head.children if c.dep_ == "nmod" and c.i < span.start and c.pos_ == "NOUN"), None)
        words = words_of(list(whom.subtree)).strip() if whom is not None else ""
    if whom is None or not any(c.dep_ == "det" for c in whom.children) or words in question:
        return question
    return re.sub(r"\bfine\b", f"fine {words}", question, count=1)


def fined_apart(amount: Token) -> bool:
    """ "fined the former mayor Rs 50 lakh" with the amount read as the mayor's apposition."""
    fined = amount.head
    return amount.dep_ == "appos" and fined.dep_ == "dobj" and fined.head.lemma_.lower() in _FINE


def ask_fined_apart(ctx: ArticleContext, amount: Token, span: Span) -> tuple[str, str] | None:
    """How much did the court fine the former mayor? (see `fined_apart`)"""
    fined = amount.head
    question = fined_whom(ask(ctx, ctx.doc[fined.left_edge.i : span.end], "How much", drop_dates=False), fined, span)
    return (question, span.text) if question and " fine " in question else None
