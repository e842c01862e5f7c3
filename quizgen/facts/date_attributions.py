"""A date the parse hung on a saying that comes after it: "Divers found the body in the lake around
5 p.m. Monday, police said in a statement." The saying is the attribution closing the sentence; the
date stands inside what is reported, so it is the reported clause's ("When did divers find the
body?"), never the saying's ("When did police say …?" would teach the finding's day as the statement's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import REPORTING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def reported_before(ent: Span, verb: Token | None) -> Token | None:
    """The reported clause's verb when `verb` is a closing attribution's saying and the date stands
    between that clause and it ("…, around 5 p.m. Monday, police said"); else None."""
    if verb is None or verb.lemma_ not in REPORTING or verb.i < ent.end:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.right_edge.i < ent.start]
    if not subjects or any(s.left_edge.i < ent.end for s in subjects) or len(clauses) != 1:
        return None  # ("Police on Monday said …": the saying's own day)
    return clauses[0]
