"""Which noun a set-off relative clause tells of, when the parse cannot be trusted to know.

"…, the agency sending aid to towns hit by floods, which was later closed by the council": the
small parser hangs ", which" on the nearest noun it likes ("towns"), and a question worded from
the clause would teach that the council closed the towns. A clause set off by a comma after a
noun buried in another noun's participle or relative clause may tell of any noun above it, so it
is asked of none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: Clauses that describe a noun: a noun inside one is buried in the noun phrase they describe.
DESCRIBING = ("acl", "relcl")


def doubtful_antecedent(verb: Token) -> bool:
    """`verb` heads a relative clause set off by a comma (", which …") whose parsed antecedent is
    not the noun right before it, or lies inside another noun's describing clause: the clause may
    tell of another noun of the phrase."""
    if verb.dep_ != "relcl":
        return False
    noun, doc = verb.head, verb.doc
    start = verb.left_edge.i
    if start == 0 or doc[start - 1].text != "," or noun.i > start:
        return False  # a defining clause ("the towns that …") names its noun right before it
    between = doc[noun.i + 1 : start - 1]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return True  # "towns hit by floods, which …": the clause may tell of "floods" or "towns"
    if not any(c.lower_ in ("which", "that") for c in verb.children):
        return False  # ", who …" tells of a person, and the nouns above are seldom people
    node = noun
    while node.head != node and node.dep_ not in ("nsubj", "nsubjpass", "dobj", "ROOT"):
        if node.dep_ in DESCRIBING:
            return True  # "the agency sending aid to towns, which …": of the towns or the agency
        node = node.head
    return False
