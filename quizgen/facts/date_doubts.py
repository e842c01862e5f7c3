"""Dates of events the article does not say took place: odds, guesses and model runs.

"Chances are high that the union will strike this fall" and "reports may be correct that output
fell in May" date an event only someone thinks possible; "By 2050, yields would fall" dates the
outcome of a scenario. A "When …?" question would teach them as facts, so none is asked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_text
from quizgen.facts.asserted import HEARSAY_NOUNS, MISREAD_LEMMAS
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.lexicon import REPORTING
from quizgen.facts.relative import is_relative
from quizgen.facts.tail_claims import tail_claim

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Words that weigh the odds of what the clause after them says ("it is likely that …").
ODDS = frozenset(
    "likely unlikely possible probable correct true chance possibility odds doubtful conceivable plausible".split()
)
#: Modals that leave open whether the clause above the date holds ("reports may be correct that …").
MAYBE = frozenset({"may", "might", "could"})


def in_doubt(ent: Span) -> bool:
    """The date's clause is only weighed as possible, hedged, or is a scenario's outcome."""
    verb = clause_verb(ent.root)
    if verb is None:
        return False
    if weighed(verb) or _scenario(verb) or _decided_for(ent, verb) or _not_until_misread(ent, verb):
        return True
    deadline = ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("by", "before", "until")
    if _unrealised(verb) and not deadline:  # ("should have filed by March": the deadline was set all the same)
        return True
    tail = tail_claim(ent.sent)
    if tail is not None and verb == tail[1]:
        return True  # "…, an exit poll projected on Thursday": the parse made the poll "projected"
    if _SOON_AS.search(ent.text):
        return True
    if ent.root.dep_ in ("poss", "compound", "nmod", "nummod", "amod"):
        return False  # "Today's sell-off may have been overdone": the date is the sell-off's, not in doubt
    return any(_hedges(node, own) for node, own in _governing(verb)) or _extended_to(ent, verb)


#: "as early as June", "as soon as next week": the earliest it might be, not when it is.
_SOON_AS = re.compile(r"\bas (?:early|soon) as\b", re.I)
#: Adverbs that say the clause is hearsay or a guess ("reportedly signed in May").
HEARSAY = frozenset(
    "reportedly allegedly supposedly purportedly apparently possibly perhaps probably maybe likely unlikely "
    "reputedly rumoredly".split()
)
#: Verbs whose clause after them is a hope, a belief or a denial, not a fact the story states
#: ("hopes the bridge will open in May", "denied that the mill closed in May").
UNSURE_ABOVE = frozenset(
    "hope wish doubt fear speculate suspect guess wonder deny believe think reckon suppose imagine assume "
    "bet question rumour rumor seem appear".split()
)
#: Passive verbs of hearsay before an infinitive ("is understood to have met", "is said to have").
HEARSAY_PASSIVE = frozenset("understand believe think say rumour rumor report allege suppose tip".split())
#: Verbs that withhold what the clause under them says ("refused to confirm", "declined to say").
WITHHOLD = frozenset({"refuse", "decline"})
#: Verbs that move an end to a later day ("extended the ban until March").
PROLONG = frozenset("extend postpone delay defer suspend adjourn prolong push".split())


def _extended_to(ent: Span, verb: Token) -> bool:
    """ "The ban was extended until March" in a story of October: whether that March has passed, the
    past tense of the extending does not say; with no year written, no date is asked."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("until", "till", "to") or verb.lemma_ not in PROLONG:
        return False
    if re.search(r"\b\d{4}\b", ent.text) or is_relative(ent.text):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return not aux & {"will", "wo", "'ll", "shall", "has", "have", "'s", "'ve"}


def _governing(verb: Token) -> list[tuple[Token, bool]]:
    """The date's verb and the verbs above it whose clause it completes, up to the sentence's root,
    each with whether it is the date's own clause: a verb the date's is joined to by "and" shares
    its "may" or "reportedly", but not its "denied" ("did not hire staff but opened a plant")."""
    chain, node, own = [(verb, True)], verb, True
    while node.dep_ in ("xcomp", "ccomp", "conj", "acl") and node.head != node and len(chain) < 8:
        if node.dep_ == "acl":  # "reports that the pier would reopen": a clause of a noun of hearsay
            said = node.head.lemma_ in HEARSAY_NOUNS and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            return [*chain, (node.head, False)] if said else chain  # (not "the report made public today")
        own = own and node.dep_ == "conj"
        node = node.head
        chain.append((node, own))
    return chain


def _hedges(node: Token, own: bool) -> bool:
    """ "whether/if …", "may/might/could …", "reportedly …" on a verb of the chain; above the date's
    own clause also "hopes/denies that …", "is understood to …", "refused to confirm …" and a
    negated verb whose clause it is ("did not say that …"). A report is hearsay as a noun ("reports
    that …"), not as a verb: "the agency reported that output fell in May" states it."""
    kids = list(node.children)
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless") for c in kids):
        return True
    if any(c.dep_ == "aux" and c.lower_ in MAYBE for c in kids):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in HEARSAY for c in kids):
        return True
    if own:
        return False
    lemma = MISREAD_LEMMAS.get(node.lower_, node.lemma_)
    passive = any(c.dep_ == "auxpass" for c in kids)
    return (
        (node.lemma_ in HEARSAY_NOUNS and not (node.pos_ == "VERB" and node.lemma_ == "report"))
        or lemma in UNSURE_ABOVE
        or lemma in WITHHOLD
        or (passive and lemma in HEARSAY_PASSIVE)
        or any(c.dep_ == "neg" for c in kids)
    )


def _not_until_misread(ent: Span, verb: Token) -> bool:
    """ "won't deal with the crisis that has embroiled seven MPs until October": "not … until" belongs
    together, yet the parse hung the date on the relative clause between them; asked from there it
    would date the wrong event, and in the wrong year."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("until", "till") or verb.dep_ not in ("relcl", "acl"):
        return False
    return any(any(c.dep_ == "neg" for c in node.children) for node in verb.ancestors if node.pos_ in ("VERB", "AUX"))


#: Modals whose perfect ("should have opened in May") says what did not happen, or is only inferred.
UNREALISED_MODALS = frozenset("should could might ought must".split())


def _unrealised(verb: Token) -> bool:
    """ "should have announced the dates in May", "could have opened in 2019": the event the date
    would belong to never took place (or is a guess), so it has no date to teach."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return "have" in aux and any(a in UNREALISED_MODALS for a in aux) and verb.tag_ == "VBN"


def weighed(verb: Token) -> bool:
    """ "chances are high that X will …", "reports may be correct that X …", "it is possible that X …"."""
    if verb.dep_ != "ccomp":
        return False
    above = [verb.head, *([verb.head.head] if verb.head.dep_ in ("acomp", "attr") else [])]
    for node in above:
        near = [node, *(c for c in node.children if c.dep_ in ("acomp", "attr", "nsubj", "aux") and c != verb)]
        if any(t.lemma_.lower() in ODDS or t.lower_ in MAYBE for t in near):
            return True
    return False


#: Verbs of deciding whose infinitive names a second event with a time of its own ("voted to close it on May 1").
DECIDING = frozenset(
    "agree vote decide resolve approve promise pledge vow threaten offer refuse choose elect undertake consent".split()
)


def _decided_for(ent: Span, verb: Token) -> bool:
    """ "The council voted to close the library on March 1": the parse hangs the date on the
    closing, while "When did the council vote to close the library?" would ask for the vote. Which
    of the two the date is, the sentence does not settle, so a plain "When" is not asked ("by
    June", "starting May 1" can only be the closing's, and read right as "By when …")."""
    while verb.dep_ == "conj" and verb.head.dep_ == "xcomp":
        verb = verb.head  # "agreed to raise fares and to go back to paper tickets starting May 1"
    if verb.dep_ != "xcomp" or verb.head.lemma_ not in DECIDING or verb.head.i > ent.start:
        return False
    prep = ent.root.head if ent.root.dep_ == "pobj" else None
    return prep is None or prep.lower_ in ("on", "in", "at", "during")


def _scenario(verb: Token) -> bool:
    """ "By 2050, yields would fall by a tenth": "would" in a sentence's own main clause, with no
    one reported as saying it, is what a model or a condition gives, not an event."""
    if verb.dep_ != "ROOT" or verb.lemma_ in REPORTING:
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if "would" not in aux:
        return False
    return not any(c.dep_ in ("ccomp", "parataxis") and c.lemma_ in REPORTING for c in verb.children)


#: "When have prices begun to fall?": the question's subject follows its auxiliary with no determiner.
_BARE_SUBJECT = re.compile(
    r"^(?:When|On what day of the week) (?:did|do|does|have|has|had|were|are|will) (?!(?:the|a|an)\b)"
)


#: Plurals that name the story's one body at work, not a measure or a crowd: "When will police
#: continue searching for the boy?" places its event as well as "the police" would.
_AGENT_BODIES = frozenset("police authorities investigators prosecutors rescuers firefighters divers troops".split())


def names_its_event(question: str, ent: Span) -> bool:
    """ "When have case numbers begun to drop?" names no event a reader could place: a bare plural
    subject ("prices", "case numbers") and no name, number or date beside it. Which ones, only the
    story knows, so such a question is not asked ("When did rainfall decline?" is one thing, and
    "When did construction of the pier begin?" says which)."""
    rest = question.split(" ", 1)[1] if " " in question else ""
    verb = clause_verb(ent.root)
    if re.search(r"\b[A-Z0-9]", rest) or verb is None or not _BARE_SUBJECT.match(question):
        return True
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and verb.dep_ in ("xcomp", "acl", "advcl", "conj") and verb.head != verb:
        verb = verb.head  # "have begun to fall this week": the subject is the verb's above
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].tag_ != "NNS" or subjects[0].lower_ in _AGENT_BODIES:
        return True
    return any(c.dep_ in ("det", "poss", "prep", "nummod", "relcl", "acl") for c in subjects[0].children)


def asks(ent: Span) -> bool:
    """ "How are the ministers feeling today?": a sentence that asks states no event to date."""
    return re.search(r"\?[\s\"'\u201d\u2019)]*$", span_text(ent.sent)) is not None
