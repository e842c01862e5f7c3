"""Figures that are one end of a range or one item of a list ("between 12.1 and 12.4", "two or
three", "37.5 percent to 38.5 percent"): no one figure is the answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import CHANGE_VERBS
from quizgen.facts.measures import CURRENCY_SIGNS, PERCENT_WORDS, SCALES, Measure, figure_entity, measure
from quizgen.facts.number_earnings import is_per_share

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: Units said after each end of a range ("37.5 percent to 38.5 percent", "2 million to 3 million").
RANGE_UNITS = PERCENT_WORDS | SCALES | {"cent"}


def in_range_or_list(ent: Span) -> bool:
    """'between 12.1 and 12.4', 'two or three', '118 to 128': no one figure is the answer."""
    doc = ent.doc
    for tok in ent:
        if tok.like_num and (
            tok.dep_ == "conj"
            and tok.head.like_num
            and not is_per_share(tok)
            or any(c.dep_ == "conj" and c.like_num and not is_per_share(c) for c in tok.children)
        ):
            return True
    before = doc[ent.start - 3 : ent.start] if ent.start >= 3 else None
    after = doc[ent.end : ent.end + 2] if ent.end + 2 <= len(doc) else None
    if ent.start > 0 and doc[ent.start - 1].lower_ == "from" or before is not None and before[0].lower_ == "from":
        return False  # "fell from 785 to 708": a change, asked as one
    money = ent.label_ == "MONEY" and not any(t.lower_ in ("cent", "percent", "%") for t in ent)
    if (
        money
        and ent.end + 2 < len(doc)
        and doc[ent.end].lower_ in ("to", "–")
        and doc[ent.end + 1].lower_ in CURRENCY_SIGNS
    ):
        after = doc[ent.end : ent.end + 3]  # "88 cents to $1.10 a share": half a range is no answer;
        # "rose 8 percent to $2.4 billion" is a change and its level, not a range
    if _share_to_level(ent):
        return False  # "rose by 12% to 650 million pounds": a change and the level it reached, not a range
    if (
        before is not None
        and before[2].lower_ in ("to", "-", "–")
        and before[0].like_num
        and _unit_again(ent, before[1])
    ):
        return True  # "37.5 percent to 38.5 percent": the unit said twice
    dated = before is not None and before[1].ent_type_ == "DATE"  # "from 26 in 2008 to 1,649 in 2014": a year
    return bool(
        before is not None and before[2].lower_ in ("to", "-", "–") and before[1].like_num and not dated
    ) or bool(after is not None and after[0].lower_ in ("to", "–") and after[-1].like_num)


def _unit_again(ent: Span, unit: Token) -> bool:
    """'37.5 percent to 38.5 percent': the first end's unit word stands in this figure too."""
    return unit.lower_ in RANGE_UNITS and any(t.lower_ == unit.lower_ for t in ent)


def _share_to_level(ent: Span) -> bool:
    """A percentage followed by "to" and a figure that is no percentage: the level a change reached."""
    doc = ent.doc
    if not any(t.lower_ in PERCENT_WORDS or t.text == "%" for t in ent) or ent.end + 1 >= len(doc):
        return False
    if doc[ent.end].lower_ != "to" or not (doc[ent.end + 1].like_num or doc[ent.end + 1].lower_ in CURRENCY_SIGNS):
        return False
    level = doc[ent.end + 1 : min(ent.end + 5, ent.sent.end)]
    return not any(t.lower_ in PERCENT_WORDS or t.text == "%" or t.lower_ in ("cent", "points") for t in level)


def range_end(ent: Span) -> Token | None:
    """The number that closes the range `ent` opens or ends: "four or five" (joined), "between 1.5
    percent and 2.5 percent" (each end with its unit), "2,000 to 3,000 jobs" (two figures to the
    tagger, asked from the second, which holds the unit). None when there is no such range."""
    doc = ent.doc
    first = next((t for t in ent if t.like_num), None)
    if first is None:
        return None
    joined = next((c for c in first.children if c.dep_ == "conj" and c.like_num), None)
    if joined is not None:
        return joined
    unit = first.head
    between = ent[0].lower_ == "between" or (ent.start > 0 and doc[ent.start - 1].lower_ == "between")
    if between and unit.lower_ in RANGE_UNITS and unit.i < ent.end:  # "between 1.5 percent and 2.5 percent"
        ends = [n for u in unit.children if u.dep_ == "conj" and u.lower_ == unit.lower_ for n in u.children]
        return next((n for n in ends if n.dep_ == "nummod" and n.like_num), None)
    to, low = (doc[ent.start - 1], doc[ent.start - 2]) if ent.start >= 2 else (None, None)
    if to is None or low is None or to.lower_ != "to" or to.dep_ != "quantmod":
        return None
    if low.like_num and low.dep_ == "quantmod" and low.head.i >= ent.start and doc[low.i - 1].lower_ != "from":
        return first  # "2,000 to 3,000 jobs": the low end hangs on the high one ("from 2,000 to" is a change)
    return None


def range_measure(ctx: ArticleContext, ent: Span) -> Measure | None:
    """The whole range `ent` belongs to as one measure, with the unit of its closing figure."""
    from quizgen.facts.number_phrases import qualified_start

    last = range_end(ent)
    ends = [e for e in ctx.ents if last is not None and e.start <= last.i < e.end]
    if last is None or not ends:
        return None
    tail = measure(figure_entity(ends[0]))  # "between 3 and 5 per cent": the tagger stops before "per cent"
    inside = last.i in range(ent.start, ent.end) and ent.start >= 2 and ctx.doc[ent.start - 1].lower_ == "to"
    low = ctx.doc[ent.start - 2 : ent.start] if inside else ent  # "2,000 to 3,000"; never "growth of" before
    span = ctx.doc[qualified_start(ctx, low) : tail.span.end]
    head = tail.head.head if tail.head.dep_ == "conj" else tail.head  # "1.5 percent and 2.5 percent": the first
    return Measure(span=span, head=head, kind=tail.kind, unit=tail.unit)


def ask_between_change(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'is expected to grow between 3 and 5 per cent this year' → By what percentage is … expected to grow
    this year? — between 3 and 5 per cent: a range that is the size of a change, asked as one."""
    from quizgen.facts.number_ask import ask

    between = m.span[0]
    verb = between.head
    if m.kind != "percent" or between.lower_ != "between" or between.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    question = ask(ctx, m.span, "By what percentage", drop_dates=False)
    return (question, m.span.text) if question else None
