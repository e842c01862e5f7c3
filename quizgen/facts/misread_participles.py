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

from quizgen.vocabulary import DASHES

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: Verbs whose object comes after a preposition ("invested in", "worked on", "voted on"): beside
#: their doer they read active; their passive ("the money invested in …") needs a thing as the noun.
PREPOSITIONAL_VERBS = frozenset(
    "invest participate compete work vote focus intervene rely specialise specialize engage "
    "campaign operate serve feature appear star play".split()
)


def misread_participle(verb: Token) -> bool:
    """`verb` is a participle hung on the sentence's opening noun that the rest of the parse leaves
    without a verb of its own: it is likely that noun's own past verb, not a passive."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > noun.sent.start else None
    if before is not None and before.text not in DASHES:
        return False  # (a noun opening the sentence, or its text after a dateline's dash)
    if noun.dep_ == "ROOT" and _after_aside(verb):
        return True  # "Dan Okafor, signed from Leeds for £2.5m, played in 30 matches"
    if verb.i != noun.i + 1 or not any(t.dep_ in ("det", "poss") for t in noun.children):
        return False
    if noun.dep_ == "ROOT":
        return True
    rivals = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass") and c != noun]
    return noun.dep_ in ("nsubj", "dep") and bool(rivals)  # ("dep": the noun left hanging off "said")


def _after_aside(verb: Token) -> bool:
    """`verb` follows the comma that closes an aside set off after the same noun: the sentence's verb."""
    doc, noun = verb.doc, verb.head
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    asides = [c for c in noun.children if c.dep_ in ("acl", "appos") and noun.i < c.i < verb.i]
    return any(doc[c.left_edge.i - 1].text == "," and c.right_edge.i == verb.i - 2 for c in asides)


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
    if _joined_bare(verb):
        return True  # "Scientists trained on data from 1,500 hives built a model": "built" is theirs
    head = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ not in ("VBD", "VBN") or verb.i > head.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
        return False
    between = verb.doc[verb.right_edge.i + 1 : head.i]
    return not any(t.is_punct for t in between)


def _joined_bare(verb: Token) -> bool:
    """A past verb the parse joins to a later one with no "and" and no comma between: the first is
    a participle describing the subject, the later one the sentence's verb."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "cc" for c in verb.children):
        return False
    later = [
        c
        for c in verb.children
        if c.tag_ == "VBD" and c.i > verb.i and (c.dep_ == "conj" or (c.dep_ == "ccomp" and _bare(c)))
    ]
    between = [verb.doc[verb.i + 1 : c.left_edge.i] for c in later]
    return any(not any(t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ") for t in span) for span in between)


def _bare(verb: Token) -> bool:
    """A clause with no subject or marker of its own ("… built a tool", not "… that prices rose")."""
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in verb.children)


def swallows_a_verb(verb: Token) -> bool:
    """ "The fund, launched in 2016 with Rs 800 crore, invested in …": an aside's participle whose phrase
    the parse runs on into the sentence's own verb; a question from the aside would carry it along."""
    return any(
        t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ == "pobj" and verb.doc[t.i - 1].text == ","
        for t in verb.subtree
        if t != verb
    )
