"""What an amount is an amount of, told after it by "in": "had forecast $2.7 billion in sales",
"raised $40 million in funding". The phrase is part of what is asked ("How much in sales …?"):
left out, "How much had analysts forecast?" says nothing of what was forecast."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Nouns after "in" that are a time or a place, not a kind of money ("$5m in the year", "in total").
_NOT_KINDS = {"total", "all", "year", "quarter", "month", "week", "day", "period", "cash-flow"}


def in_kind(head: Token, span: Span) -> Token | None:
    """The "in" phrase right after an object amount that names its kind ("$2.7 billion in sales",
    "$3m in new loans"), or None: a bare common noun only, no date, place or name."""
    if head.dep_ != "dobj" or span.end >= len(span.doc):
        return None
    prep = span.doc[span.end]
    if prep.lower_ != "in" or prep.head != head or prep.dep_ != "prep":
        return None
    kind = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if kind is None or kind.pos_ != "NOUN" or kind.lemma_.lower() in _NOT_KINDS:
        return None
    if any(t.ent_type_ or t.like_num or t.pos_ in ("PROPN", "DET", "PRON") for t in kind.subtree):
        return None  # "in the first quarter", "in Ohio", "in 2023": when or where, not what
    if kind.right_edge.i != kind.i or any(c.dep_ not in ("amod", "compound") for c in kind.children):
        return None  # "$2m in sales of its new drug": the phrase ends at the noun
    return prep
