"""A closing aside that sums up its clause: "launched an inquiry into the sale, a move that angered
unions". News adds such a comment after the act; a question worded from the clause ends before it,
or reads "… into the sale a move that angered unions?", a garble no teacher would write.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: Nouns that sum up a whole clause in an aside after it: "…, a move that angered unions", "…, a process
#: that took a year": a comment on the act, never part of what was done.
SUMMING_NOUNS = {"move", "process", "step", "decision", "development", "measure", "change", "sign", "blow", "boost"}


def summing_aside(token: Token) -> bool:
    """`token` heads ", a move that …" closing its sentence (the parser hangs it on the verb or on
    the object before it)."""
    if token.lemma_.lower() not in SUMMING_NOUNS or not (token.dep_ in ("npadvmod", "appos") or _second_object(token)):
        return False
    doc, start = token.doc, token.left_edge.i
    if start < 2 or doc[start].lower_ not in ("a", "an") or doc[start - 1].text != ",":
        return False
    end = token.right_edge.i + 1
    closes = all(t.is_punct or t.is_space for t in doc[end : token.sent.end])
    return closes and any(t.lower_ in ("that", "which") for t in doc[token.i + 1 : end])


def _second_object(token: Token) -> bool:
    """The parser took the aside for a second object of the verb ("began a review …, a process …")."""
    return token.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children)


def aside_tokens(tokens: list[Token]) -> set[int]:
    """The indices of any summing aside among `tokens`, with the comma before it, and of any
    describing aside ("to keep the ferry, a service that has run since 1931"), with its commas."""
    out: set[int] = set()
    kept = {t.i for t in tokens}
    for t in tokens:
        if summing_aside(t):
            out |= {t.left_edge.i - 1, *range(t.left_edge.i, t.right_edge.i + 1)}
        elif _describing_aside(t, kept):
            after = t.right_edge.i + 1
            comma = {after} if after < len(t.doc) and t.doc[after].text == "," else set()
            out |= {t.left_edge.i - 1, *range(t.left_edge.i, after), *comma}
    return out


def _describing_aside(token: Token, kept: set[int]) -> bool:
    """ ", a service that has run since 1931": an indefinite noun in apposition to a common noun,
    between commas or closing the clause. A question is whole without it, and a question cut inside
    it ("to keep the ferry, a service?") is garbled."""
    doc, start = token.doc, token.left_edge.i
    if token.dep_ != "appos" or token.pos_ != "NOUN" or token.head.pos_ != "NOUN" or start < 2:
        return False
    if doc[start].lower_ not in ("a", "an") or doc[start - 1].text != "," or start - 1 not in kept:
        return False
    after = token.right_edge.i + 1
    return after >= len(doc) or doc[after].text == "," or doc[after].is_punct or after not in kept
