"""'She went on to say that …': a reporting verb hung on "went on to", whose subject is the speaker's."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token


def went_on_to(verb: Token) -> Token | None:
    """The "went" of 'X went on to say (that) …' when `verb` is its "say", else None: the parser makes
    the saying an xcomp of "go", with "on" as its particle and the subject on "go"."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_ != "go" or head.i > verb.i:
        return None
    if not any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "on" for c in head.children):
        return None
    return head if any(c.dep_ == "nsubj" for c in head.children) else None
