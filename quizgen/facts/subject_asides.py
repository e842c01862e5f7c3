"""A subject without the asides that only describe it, so it reads whole in a question: "Reyes, 37,
and her daughter, Lily, were last seen …" → "When were Reyes and her daughter last seen?"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.joint_doers import list_in_apposition

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

_DASHES = ("-", "\u2013", "\u2014")


def without_asides(head: Token, tokens: list[Token]) -> list[Token]:
    """`tokens` (a subject whose head is `head`) without its appositives and comma- or dash-set
    clauses, and without the commas around them; "people waiting over a year" defines its subject
    and stays, and so does a place's ("Pontiac, Mich.")."""
    loose = [a for a in head.children if (a.dep_ == "appos" and not list_in_apposition(a)) or _set_off_clause(a)]
    loose += [  # deeper in: "the branch of Harbor Bank, which gained powers in 1982," too
        t
        for t in tokens
        if t.head != head
        and t not in loose
        and (_set_off_clause(t) or (t.dep_ == "appos" and t.doc[t.left_edge.i - 1].text == ","))
        and t.ent_type_ not in ("GPE", "LOC")
    ]
    spans = [(a.left_edge.i, a.right_edge.i) for a in loose]
    doc = head.doc
    commas = {i for a, b in spans for i in (a - 1, b + 1) if 0 <= i < len(doc) and doc[i].text == ","}
    return [t for t in tokens if t.i not in commas and not any(a <= t.i <= b for a, b in spans)]


def _set_off_clause(a: Token) -> bool:
    """A relative or participle clause after a comma or a dash: ", who joined in May,"."""
    if a.dep_ not in ("relcl", "acl") or a.i == 0:
        return False
    return a.doc[a.left_edge.i - 1].text in (",", *_DASHES) or a.left_edge.text in _DASHES
