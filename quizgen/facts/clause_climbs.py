"""Clauses with no subject of their own that a question climbs out of, to the clause whose subject
they share: a gerund completing a verb or noun ("was convicted of assaulting three boys", "were
arrested on suspicion of stealing 14 laptops") and the second of two joined infinitives ("plans to
close 18 stores and cut 3,000 jobs"). The question keeps the verb above, which carries the meaning:
"How many boys was Pellow convicted of assaulting?", "How many jobs does the chain plan to cut?"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Prepositions whose gerund completes the word before it ("convicted of", "charged with", "jailed for").
COMPLEMENT_PREPS = frozenset({"of", "with", "for"})
#: Nouns whose gerund says what someone is blamed for ("on suspicion of stealing", "on charges of killing"):
#: the only nouns a question climbs over; "warned of the risk of losing 300 jobs" is nobody's act.
CHARGE_NOUNS = frozenset("suspicion charge charges count counts accusation accusations allegation allegations".split())
#: Words that give a gerund a subject or a clause of its own ("his stealing", "of how …").
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "poss", "mark", "expl"})


def climbs_from(verb: Token) -> bool:
    """A verb with no subject whose question climbs to the verb above (besides an xcomp, acl or advcl)."""
    return complement_gerund(verb) or joined_infinitive(verb)


#: Verbs of expecting whose object does the infinitive after it ("expects inflation to ease by 2026").
EXPECTING = frozenset({"expect", "predict", "forecast", "project", "estimate", "anticipate"})


def expected_infinitive(verb: Token) -> bool:
    """ "The bank expects inflation to ease by early 2026": the date is of what the bank expects, so the
    question is asked of the expecting ("By when does the bank expect inflation to ease?"), never of
    the easing as a fact; the parse gives the infinitive the expected thing as its own subject."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ccomp", "xcomp")
        and verb.head.lemma_ in EXPECTING
        and verb.head.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)
    )


def complement_gerund(verb: Token) -> bool:
    """ "charged with killing two pedestrians": a gerund right after "of", "with" or "for", no subject of its own."""
    prep = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and prep.dep_ == "prep"
        and prep.lower_ in COMPLEMENT_PREPS
        and prep.i == verb.i - 1
        and not any(c.dep_ in _OWN_SUBJECT for c in verb.children)
        and (prep.head.pos_ not in ("NOUN", "PROPN") or prep.head.lower_ in CHARGE_NOUNS)
    )


def gerund_between(verb: Token, top: Token) -> bool:
    """A complement gerund on the way from `verb` up to `top`, the verb a question climbed to: a phrase
    of the gerund's cannot be fronted ("charged with setting fire to three trawlers")."""
    while verb != top and verb.head != verb:
        if complement_gerund(verb):
            return True
        verb = verb.head
    return False


def joined_infinitive(verb: Token) -> bool:
    """ "plans to close 18 stores and (to) cut 3,000 jobs": a bare verb joined to an infinitive with no subject."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ not in ("xcomp", "acl") or not _to(first):
        return False
    if any(c.dep_ in _OWN_SUBJECT or (c.dep_ == "aux" and c.lower_ != "to") for c in verb.children):
        return False
    return verb.tag_ == "VB" or _to(verb) or (verb.tag_ in ("VBD", "VBP") and verb.lower_ == verb.lemma_.lower())


def conjunct_words(verb: Token) -> set[int]:
    """The first infinitive's own words, which a question about the second leaves out ("plan to [close
    18 stores and] cut"); its "to" stays when the second has none."""
    if not joined_infinitive(verb):
        return set()
    first = verb.head
    own = {t.i for t in verb.subtree}
    keep = set() if _to(verb) else {c.i for c in first.children if c.dep_ == "aux" and c.lower_ == "to"}
    return {t.i for t in first.subtree if t.i not in own and t.i not in keep}


def keeps_conjunct(child: Token, drop: set[int]) -> bool:
    """A verb left out whose joined verb stays ("to [close …] cut 3,000 jobs"): its phrase is still said."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i not in drop for c in child.children)


def set_off_participle(verb: Token) -> bool:
    """A participle after a comma, hung on a prepositional object or a list's last member: it may
    describe the clause's subject as well ("goes on sale in Canada and the UK, priced at $349")."""
    noun = verb.head
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and after_comma and noun.dep_ in ("pobj", "conj")


def _to(verb: Token) -> bool:
    """An infinitive's "to" before the verb ("to cut")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)
