"""A count in a phrase that completes the verb's object: "has signed contracts with 11 new customers" →
With how many new customers has the company signed contracts?; "opened offices in 14 countries" → In
how many countries did … open offices? The phrase is fronted whole, as one of the verb's would be."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Prepositions whose phrase may leave its object noun for the front of a question. Not "of" ("the
#: price of 12 products" is the price, not the products), nor "for"/"on" (a purpose or a topic).
_FRONTABLE = {"with", "in", "at", "across", "among", "to", "from"}


def object_phrase(prep: Token) -> bool:
    """Whether `prep` opens a phrase right after the bare object noun of a verb (no phrase or clause of
    the object's own between, and none after it the question would strand)."""
    noun = prep.head
    if prep.lower_ not in _FRONTABLE or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or noun.i != prep.i - 1:
        return False
    if noun.head.pos_ != "VERB" or any(t.like_num for t in noun.subtree if t.i < prep.i):
        return False  # "cut 300 jobs at three plants": the object is itself a count
    return not any(c.dep_ in ("prep", "relcl", "acl", "appos", "conj") and c != prep for c in noun.children)
