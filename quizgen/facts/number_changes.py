"""Numbers that measure a change: "fell from 7,613 to 6,630", "rose 12%", "grew by 4.7 million"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.lexicon import CHANGE_NOUNS, CHANGE_VERBS
from quizgen.facts.measures import Measure
from quizgen.facts.number_ask import ask
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def ask_change(ctx: ArticleContext, ent: Span, m: Measure) -> tuple[str, str] | None:
    """Changes: 'fell from 7,613 to 6,630, or 12.9%', 'rose 12% to $4.2 billion', 'dropping an average of 20%'."""
    root = m.head
    if " to " in ent.text:
        return None  # "$310 million to $402 million": NER joined both ends
    is_percent = m.kind == "percent"
    unit = "amount" if m.kind == "money" else "level" if is_percent else "figure"
    if m.unit:
        unit = f"number of {m.unit}"
    ent = m.span
    prep = root.head if root.dep_ == "pobj" else None
    # the chain of from/to phrases hangs off the change verb (or off each other)
    top = prep
    while (
        top is not None
        and top.head != top
        and (top.head.dep_ == "prep" or (top.head.dep_ == "pobj" and top.head.head.dep_ == "prep"))
    ):
        top = top.head if top.head.dep_ == "prep" else top.head.head
    anchor = top.head if top is not None else None
    if prep is not None and (prep.dep_ == "conj" or any(c.dep_ == "conj" for c in prep.children)):
        return None  # "rise to 26 pct in 1987 and to 44 pct by 1990": two targets, one question would mix them
    if prep is not None and prep.lower_ in ("from", "to") and anchor is not None and is_change(anchor):
        target = ctx.doc[prep.i : prep.right_edge.i + 1]
        if prep.lower_ == "to":  # keep "from X" in the question, drop "to Y" and what follows it
            target = ctx.doc[prep.i : max(prep.right_edge.i, ent.end - 1) + 1]
        question = ask(ctx, target, f"{prep.text.capitalize()} what {unit}", drop_dates=False)
        return (question, ent.text) if question else None
    if is_percent and root.dep_ == "conj" and root.head.dep_ == "pobj":  # "…, or 12.9%"
        first = root.head.head
        while first.head != first and (
            first.head.dep_ == "prep" or (first.head.dep_ == "pobj" and first.head.head.dep_ == "prep")
        ):
            first = first.head if first.head.dep_ == "prep" else first.head.head
        if first.lower_ in ("from", "to") and is_change(first.head):
            target = ctx.doc[first.i : max(first.right_edge.i, ent.end - 1) + 1]
            question = ask(ctx, target, "By what percentage", drop_dates=False)
            return (question, ent.text) if question else None
    if is_percent and root.dep_ == "npadvmod" and is_change(root.head):  # "rose 12%"
        question = ask(ctx, ent, "By what percentage", drop_dates=False)
        return (question, ent.text) if question else None
    average = prep.head if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "average" else None
    if (
        is_percent
        and average is not None
        and (
            (average.dep_ == "dobj" and is_change(average.head))  # "dropping an average of 20%"
            or (average.dep_ == "pobj" and average.head.lower_ == "by" and is_change(average.head.head))
        )
    ):
        start = average.head.i if average.dep_ == "pobj" else average.left_edge.i  # "by an average of 3.8%"
        target = ctx.doc[start : average.right_edge.i + 1]
        question = ask(ctx, target, "By what percentage, on average,", drop_dates=False)
        return (question, ent.text) if question else None
    return None


def is_change(token: Token) -> bool:
    """A verb or noun of change ("fell", "a decline"), or a verb whose object is one."""
    if token.lemma_.lower() in CHANGE_VERBS and token.pos_ == "VERB":
        return True
    if token.lemma_.lower() in CHANGE_NOUNS and token.pos_ == "NOUN":
        return True
    return token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in CHANGE_NOUNS for c in token.children)


def ask_by_amount(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'the number grew by 4.7 million' → By how much did the number grow …?"""
    head = m.head
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "by" or not is_change(prep.head) or head.pos_ != "NUM":
        return None
    target = ctx.doc[prep.i : max(m.span.end, head.right_edge.i + 1)]
    question = ask(ctx, target, "By how much", drop_dates=False)
    return (question, answer_text(ctx, m.span, None)) if question else None
