"""Whether a verb tells of a thing an institution did, asserted as done.

Not a state ("has", "is"), not speech, not a condition, a guess or someone else's claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import CHANGE_VERBS, OCCASION_NOUNS, REPORTING, THING_VERBS, UNSURE_MARKS
from quizgen.facts.tail_claims import claimed_at_tail

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Verbs that say nothing an institution did.
STATIVE = {
    "be",
    "have",
    "say",
    "tell",
    "add",
    "seem",
    "become",
    "remain",
    "include",
    "mean",
    "get",
    "need",
    "want",
    "know",
    "see",
    "think",
    "make",
    "let",
    "show",
    "go",
    "come",
    "take",
    "use",
    "hope",
    "wish",
    "fear",
    "doubt",
}
#: Verbs of saying that also name a deed when they take a thing, not a clause: "the ministry announced
#: new rules", "the council called on residents to …", "the union welcomed the offer".
DEED_REPORTING = {
    "announce",
    "call",
    "urge",
    "welcome",
    "pledge",
    "promise",
    "propose",
    "report",
    "reveal",
    "disclose",
    "encourage",
    "declare",
}
UNSURE_AUX = {"might", "may", "could", "would", "should"}


#: Forms the small model lemmatises wrongly ("hopes" → "hop").
MISREAD_LEMMAS = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def stative(verb: Token) -> bool:
    """A verb that tells of no deed ("has", "is", "hopes")."""
    lemma = MISREAD_LEMMAS.get(verb.lower_, verb.lemma_)
    return lemma in STATIVE and not (lemma == "become" and _first_to(verb)) and not _deed_inside(verb, lemma)


#: What a body holds that is a deed: "the board had a first debate on …", "held talks".
MEETING_NOUNS = {"debate", "talk", "meeting", "discussion", "vote", "hearing", "consultation"}


def thing_verb(verb: Token) -> bool:
    """'The probe can withstand the heat', 'The test marked the end of the trials': a verb whose
    subject is a thing or an event, so its subject is no institution acting ("the club marked its
    centenary" is one)."""
    if verb.lemma_ != "mark":
        return verb.lemma_ in THING_VERBS
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in OCCASION_NOUNS for c in verb.children)


def _deed_inside(verb: Token, lemma: str) -> bool:
    """ "will use the coming weeks to consult …", "had a first debate on …": a light verb whose object
    or purpose names the deed."""
    kids = list(verb.children)
    if lemma == "use":
        return any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in kids)
    return lemma == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS for c in kids)


def _first_to(verb: Token) -> bool:
    """'became the first bank in the region to open …': a first is a deed, not a state."""
    first = any(
        c.dep_ == "attr" and any(m.lower_ == "first" and m.dep_ == "amod" for m in c.children) for c in verb.children
    )
    to_do = [t for t in verb.subtree if t.dep_ in ("advcl", "relcl", "acl", "xcomp") and t.tag_ == "VB"]
    return first and any(any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children) for t in to_do)


def speech_only(verb: Token) -> bool:
    """A verb of saying that reports words, not a deed: any but DEED_REPORTING, and those too when
    they take a clause ("announced that …", "called it …"): reported speech is the quotes' job."""
    if verb.lemma_ not in REPORTING:
        return False
    kids = list(verb.children)
    if verb.lemma_ == "write" and not any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in kids):
        return True  # "wrote in a blog post": words; "have written to the ministry", "wrote a letter": a deed
    if verb.lemma_ not in DEED_REPORTING | {"write"}:
        return True
    if any(c.dep_ in ("ccomp", "parataxis", "oprd") or (c.dep_ == "mark" and c.lower_ == "that") for c in kids):
        return True
    return not any(c.dep_ in ("dobj", "prep", "xcomp") for c in kids) or any(t.is_quote for t in verb.sent)


def _announced(verb: Token) -> bool:
    """'…, it was announced today': the writer's own word that a body made it known (a government release's
    way), no one's claim; "it was reported" or "it was claimed" stays hearsay."""
    return (
        verb.lemma_ in ("announce", "confirm")
        and verb.tag_ == "VBN"
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
    )


#: Nouns whose "that" clause is hearsay or a hope ("reports that the pier would reopen in June", "the
#: general belief is that a new tax will be introduced").
HEARSAY_NOUNS = frozenset(
    "report claim rumour rumor speculation suggestion hope fear belief allegation possibility prospect "
    "chance talk expectation".split()
)


def not_asserted(verb: Token, own_report: Token | None = None) -> bool:
    """'if the union decides …', 'the union might strike', 'analysts say the union will strike':
    a condition, a guess or someone's claim is no event to teach as fact. `own_report` is a verb
    of saying whose speaker speaks for the body itself ("its spokeswoman said the board will …"):
    what it reports is the body's own word."""
    if any(c.dep_ == "aux" and c.lower_ in UNSURE_AUX for c in verb.children):
        return True
    if claimed_at_tail(verb):
        return True  # "Labour will win 410 seats, an exit poll projected": the poll's forecast, misparsed
    node = verb
    while node.head.i != node.i:
        if any(c.dep_ == "mark" and c.lower_ in UNSURE_MARKS for c in node.children):
            return True
        if (
            node.dep_ in ("ccomp", "advcl")
            and node.head.lemma_ in REPORTING | {"believe", "think", "expect"}
            and node.head != own_report
            and not _announced(node.head)
        ):
            return True
        if node.dep_ == "ccomp" and _imperative(node.head):
            return True  # "Find out more and understand how the agency works …": a call to read, no news
        if (
            node.dep_ in ("ccomp", "acl")
            and node.head.pos_ in ("NOUN", "ADJ")
            and node.head.lemma_ in ("chance", "likely", "possible", "possibility", "risk", "hope", "high")
        ):
            return True
        if node.dep_ == "ccomp" and node.head.lemma_ == "be" and _hearsay_subject(node.head):
            return True  # "the general belief is that a tax will be introduced by the party": a belief
        node = node.head
    return False


def _hearsay_subject(copula: Token) -> bool:
    """ "The belief is that …", "The expectation now is that …": a copula whose subject is a hearsay noun."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in HEARSAY_NOUNS for c in copula.children)


def _imperative(verb: Token) -> bool:
    """'Understand how …', 'Find out and understand how …': a bare verb with no subject of its own,
    or one joined to such a verb."""
    while verb.dep_ == "conj" and verb.tag_ == "VB":
        verb = verb.head
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in verb.children)
    )


#: Verbs a share price moves by, beyond the change verbs: "retreated 11 percent", "advanced 2 percent".
_PRICE_VERBS = CHANGE_VERBS | {"retreat", "advance", "slide", "rally", "lose", "add", "fall", "edge"}


def price_move(verb: Token) -> bool:
    """'Harwick Foods fell 6 percent in Oslo': the company's share price moved, which the numbers ask;
    "Which organization fell 6 percent?" is no deed of the company ("cut 200 jobs" is: it has an object)."""
    if verb.lemma_ not in _PRICE_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "attr")]
    amounts = [t for t in verb.subtree if t.ent_type_ in ("PERCENT", "MONEY") or t.lower_ in ("percent", "pct", "%")]
    return bool(amounts) and all(
        o.ent_type_ in ("PERCENT", "MONEY", "CARDINAL") or o.lower_ in ("percent", "pct") for o in objects
    )


#: What a reporter asks a body for, in the story's own account of its reporting.
COMMENT_NOUNS = {"comment", "response", "reaction"}


def seeks_comment(verb: Token) -> bool:
    """ "The Herald has reached out to the council for comment", "did not respond to a request for
    comment": the reporting of the story, told in it, is no news about the one who did it."""
    return any(
        t.lemma_.lower() in COMMENT_NOUNS and t.head.lower_ == "for" and t.dep_ == "pobj" for t in verb.subtree
    ) or (verb.lemma_ in ("seek", "request") and any(c.dep_ == "dobj" and c.lemma_ == "comment" for c in verb.children))
