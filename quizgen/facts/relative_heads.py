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


def relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause tells of: the parsed head, or for ", who …" hung on a place that
    locates the noun before it ("a fisherman from Dunmore, who turned himself in"), that noun, for no
    town is a "who"; None when the noun is in doubt."""
    who = any(c.lower_ in ("who", "whom") and c.dep_.startswith("nsubj") for c in verb.children)
    place = verb.head
    if not (who and (place.ent_type_ in ("GPE", "LOC", "FAC") or doubtful_antecedent(verb))):
        return None if doubtful_antecedent(verb) else place
    prep = place.head
    if place.dep_ != "pobj" or prep.lower_ not in _LOCATIVE or prep.i == 0:
        return None
    located = verb.doc[prep.i - 1]  # (the parse may hang "from Dunmore" on the verb: the noun is still before it)
    if located.pos_ != "NOUN" or located.ent_type_ or located.dep_ == "pobj":
        return None  # ("the head of the bank in Paris, who …": the head, not the bank)
    return located


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
    if _place_of_a_noun(noun):
        return True  # "the old library on Main Street, which opened in 1962": the library opened
    if not any(c.lower_ in ("which", "that") for c in verb.children):
        return False  # ", who …" tells of a person, and the nouns above are seldom people
    node = noun
    while node.head != node and node.dep_ not in ("nsubj", "nsubjpass", "dobj", "ROOT"):
        if node.dep_ in DESCRIBING or _bare_participle(node):
            return True  # "the agency sending aid to towns, which …": of the towns or the agency
        node = node.head
    return False


#: Prepositions that place a noun ("the library on Main Street", "the plant in Leeds", "a student
#: from Vellore, who …": a clause of "who" tells of the student, never of the town).
_LOCATIVE = {"on", "in", "at", "near", "outside", "inside", "off", "from"}


def _place_of_a_noun(noun: Token) -> bool:
    """`noun` is a named place that only locates another noun ("the library on Main Street"): a
    clause after it tells of that other noun more often than of the place."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _LOCATIVE or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.ent_type_ in ("GPE", "LOC", "FAC") or noun.pos_ == "PROPN"


def _bare_participle(node: Token) -> bool:
    """ "[the scheme put forward by the developer], which …, would harm": a participle describing a noun
    that the parser read as a reported clause of its own (a past participle with no auxiliary)."""
    return node.dep_ == "ccomp" and node.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in node.children)
