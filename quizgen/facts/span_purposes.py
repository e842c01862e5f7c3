"""Time given for something: "police have been given seven days to question the suspect".

The purpose is what the time measures: "How many days have police been given?" asks a number the
reader cannot tie to anything. A question keeps it when it is short and has no clause of its own; a
relative clause on its last noun ("the suspect who was arrested in Bristol") is left out, as it only
says which suspect the sentence means. Longer purposes, or ones joined to another ("to fix the
lapses, or lose its licence"), are not kept, and the question is then not asked (questions/figure_scope.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: Nouns that count time: the object that a purpose after it measures.
SPAN_UNITS = {"minute", "hour", "day", "week", "fortnight", "month", "year"}
#: Past this many words (from "to" to its last kept word) a purpose is a clause of its own to read.
MAX_WORDS = 8
#: Dependents that make a clause of their own inside the purpose.
_CLAUSES = {"advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "cc", "relcl", "acl", "appos"}


def span_purpose(verb: Token, clause: Token) -> set[int] | None:
    """The tokens of `clause` to leave out when the purpose of a span of time is kept (often none), or
    None when it is not such a purpose or cannot be kept."""
    doc = verb.doc
    start = clause.left_edge
    if clause.dep_ != "advcl" or start.lower_ != "to" or start.i == 0 or clause.i < verb.i:
        return None
    span = doc[start.i - 1]
    if span.lemma_.lower() not in SPAN_UNITS or span.head != verb or span.dep_ not in ("dobj", "npadvmod"):
        return None  # "given seven days to …": the time, right before its purpose
    if not any(c.like_num or c.lower_ in ("a", "an") for c in span.children):
        return None
    cut: set[int] = set()
    tail = _tail_clause(clause)
    if tail is not None:
        cut = {t.i for t in tail.subtree}
        if doc[tail.left_edge.i - 1].text == ",":
            cut.add(tail.left_edge.i - 1)
    kept = [t for t in clause.subtree if t.i not in cut]
    if len(kept) > MAX_WORDS or any(t.is_punct for t in kept):
        return None
    if any(t.dep_ in _CLAUSES for t in kept if t != clause):
        return None  # "to fix the lapses, or lose its licence": two purposes, or one with a clause inside
    return cut


def _tail_clause(clause: Token) -> Token | None:
    """A relative clause or participle on a noun of the purpose that ends the purpose: "to question the
    suspect [who was arrested in Bristol]", "to question the captain of a ferry [that sank last week]"."""
    return next(
        (
            t
            for t in clause.subtree
            if t.dep_ in ("relcl", "acl")
            and t.head.pos_ in ("NOUN", "PROPN")
            and t.i > t.head.i
            and t.right_edge.i == clause.right_edge.i
        ),
        None,
    )
