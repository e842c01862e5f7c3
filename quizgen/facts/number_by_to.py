"""A change and the level it reached, in one phrase: "dropped by 52,000 to 1.38 million".

The tagger takes "52,000 to 1.38 million" as one span, which reads as a range and is asked as
one ("By how much did it drop? → 52,000 to 1.38 million"). `measures` splits it; here each part
is asked by its own role: the figure after "by" is the change, the one after "to" the level,
and each question keeps the other figure, which says which change it asks about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.measures import measure
from quizgen.facts.number_ask import ask
from quizgen.facts.number_changes import is_change
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext


def by_to(ent: Span) -> tuple[Token, int, bool] | None:
    """(the "by", the end of the level figure, is `ent` the change?) when `ent` is one part of
    "by X to Y" on a verb of change; None for any other figure."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc):
        return None
    level = doc[ent.end + 1 : ent.end + 3]  # "to 1.38 million", "to $41 million"
    if doc[ent.start - 1].lower_ == "by" and doc[ent.end].lower_ == "to" and any(t.like_num for t in level):
        by, change, end = doc[ent.start - 1], True, _entity_end(level[-1] if level[-1].like_num else level[0])
    elif doc[ent.start - 1].lower_ == "to":
        found = next((t for t in reversed(doc[max(0, ent.start - 6) : ent.start - 1]) if t.lower_ == "by"), None)
        if found is None:
            return None
        by, between = found, doc[found.i + 1 : ent.start - 1]
        if not between or not any(t.like_num for t in between):
            return None
        if any(not (t.like_num or t.is_currency or t.ent_type_) for t in between):
            return None  # "by the end of 2025 to 40": no change figure between
        change, end = False, ent.end
    else:
        return None
    verb = by.head
    if by.dep_ != "prep" or verb.pos_ != "VERB" or not is_change(verb):
        return None
    return by, end, change


def _entity_end(token: Token) -> int:
    """The end of the tagger's entity `token` stands in (the level "1.38 million" after "to")."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
        end += 1
    return end


def ask_by_to(ctx: ArticleContext, ent: Span, found: tuple[Token, int, bool]) -> tuple[str, str] | None:
    """ "By how much did the population drop to 1.38 million?" → 52,000; "To what figure did the population
    drop by 52,000?" → 1.38 million."""
    by, end, change = found
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
