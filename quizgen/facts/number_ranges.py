"""Figures that are one end of a range or one item of a list ("between 12.1 and 12.4", "two or
three", "37.5 percent to 38.5 percent"): no one figure is the answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.measures import CURRENCY_SIGNS, PERCENT_WORDS, SCALES
from quizgen.facts.number_earnings import is_per_share

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

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
