"""A sentence's own past verb that the parse took for a participle describing its subject.

"The fund invested in 30 percent of the startups, its chief said": the parser hangs "invested" on
"fund" as if "the fund (that was) invested in …", and a question read from that turns the doer into
the thing done to ("In what percentage was the fund invested?"). Signs of the misreading: the
participle follows the sentence's opening noun at once, and that noun is left with no verb of its
own (the sentence's root) or shares its verb with another subject ("its chief … said"). Such a
clause is asked in its own voice when its verb is one that takes its object through a preposition
("invest in", "work on"), and not at all otherwise: "Three men arrested in a raid" is a passive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: Verbs whose object comes after a preposition ("invested in", "worked on", "voted on"): beside
#: their doer they read active; their passive ("the money invested in …") needs a thing as the noun.
PREPOSITIONAL_VERBS = frozenset(
    "invest participate compete work vote focus intervene rely specialise specialize engage "
    "campaign operate serve feature appear star".split()
)
DASHES = ("-", "--", "\u2013", "\u2014")


def misread_participle(verb: Token) -> bool:
    """`verb` is a participle hung on the sentence's opening noun that the rest of the parse leaves
    without a verb of its own: it is likely that noun's own past verb, not a passive."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i != noun.i + 1 or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > noun.sent.start else None
    if not any(t.dep_ in ("det", "poss") for t in noun.children) or (before is not None and before.text not in DASHES):
        return False  # (a noun opening the sentence, or its text after a dateline's dash)
    if noun.dep_ == "ROOT":
        return True
    rivals = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and c != noun]
    return noun.dep_ in ("nsubj", "dep") and bool(rivals)  # ("dep": the noun left hanging off "said")


def active_past(verb: Token) -> bool:
    """A misread participle to ask as the past it is ("did the fund invest"): its verb takes its
    object through a preposition, and it has no object of its own."""
    return (
        misread_participle(verb)
        and verb.lemma_.lower() in PREPOSITIONAL_VERBS
        and any(c.dep_ == "prep" for c in verb.children)
        and not any(c.dep_ in ("dobj", "agent") for c in verb.children)
    )


def past_read_as_participle(verb: Token) -> bool:
    """ "The mill opened in 1990 and closed in 2004": the tagger calls "closed" a participle, yet
    beside a plain past with no auxiliary ("opened", not "was opened" or "had opened") it is one too."""
    head = verb.head
    if active_past(verb):
        return True  # "The fund invested in …, its chief said"
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and head.tag_ == "VBD"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    )


def participle_read_as_past(verb: Token) -> bool:
    """ "Volunteers interviewed in 12 towns said …": the parse takes the participle describing the
    subject for a past clause of its own ("volunteers interviewed") reported by a "said" it leaves
    without a subject; which voice it has is unsure, so it is not asked from."""
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN") or verb.i > head.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return False
    between = verb.doc[verb.right_edge.i + 1 : head.i]
    return not any(t.is_punct for t in between)
