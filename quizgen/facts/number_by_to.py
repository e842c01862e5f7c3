"""A change and the level it reached, in one phrase: "dropped by 52,000 to 1.38 million".

The tagger takes "52,000 to 1.38 million" as one span, which reads as a range and is asked as
one ("By how much did it drop? → 52,000 to 1.38 million"). `measures` splits it; here each part
is asked by its own role: the figure after "by" is the change, the one after "to" the level,
and each question keeps the other figure, which says which change it asks about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.measures import by_to_split, measure
from quizgen.facts.number_ask import ask
from quizgen.facts.number_changes import is_change
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext


def by_to(ent: Span) -> tuple[Token, int, bool, bool] | None:
    """(the "by", the end of the level figure, is `ent` the change?, may each figure be asked
    alone?) when `ent` is one part of "by X to Y" on a verb of change; None for any other figure."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc):
        return None
    if doc[ent.start - 1].lower_ == "by" and doc[ent.end].lower_ == "to":
        by, to, change = doc[ent.start - 1], ent.end, True
    elif doc[ent.start - 1].lower_ == "to":
        found = next((t for t in reversed(doc[max(0, ent.start - 6) : ent.start - 1]) if t.lower_ == "by"), None)
        if found is None:
            return None
        by, to, change = found, ent.start - 1, False
        if any(not (t.like_num or t.is_currency or t.ent_type_) for t in doc[by.i + 1 : to]):
            return None  # "by the end of 2025 to 40": no change figure between
    else:
        return None
    split = by_to_split(doc, by.i, to)
    verb = by.head
    if split is None or by.dep_ != "prep" or verb.pos_ != "VERB" or not is_change(verb):
        return None
    level = doc[to + 1 : to + 3]
    end = _entity_end(level[-1] if level[-1].like_num else level[0]) if change else ent.end
    return by, end, change, split


def _entity_end(token: Token) -> int:
    """The end of the tagger's entity `token` stands in (the level "1.38 million" after "to")."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


def ask_by_to(ctx: ArticleContext, ent: Span, found: tuple[Token, int, bool, bool]) -> tuple[str, str] | None:
    """ "By how much did the population drop to 1.38 million?" → 52,000; "To what figure did the population
    drop by 52,000?" → 1.38 million. Nothing when the change is a bare small number ("by 2 to 12 million")."""
    by, end, change, split = found
    if not split:
        return None
    m = measure(ent)  # "640 million" with its "euros"
    start = by.i if change else ent.start - 1  # the other figure stays: it says which change this was
    target = ctx.doc[start : max(end, m.span.end)] if not change else ctx.doc[start : m.span.end]
    if change:
        wh = "By what percentage" if m.kind == "percent" else "By how much"
    else:
        unit = {"money": "amount", "percent": "level"}.get(m.kind, "figure")
        wh = f"To what {f'number of {m.unit}' if m.unit else unit}"
    question = ask(ctx, target, wh, drop_dates=False)
    return (question, answer_text(ctx, m.span, None)) if question else None
