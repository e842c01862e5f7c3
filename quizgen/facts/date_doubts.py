"""Dates of events the article does not say took place: odds, guesses and model runs.

"Chances are high that the union will strike this fall" and "reports may be correct that output
fell in May" date an event only someone thinks possible; "By 2050, yields would fall" dates the
outcome of a scenario. A "When …?" question would teach them as facts, so none is asked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.clauses import clause_verb
from quizgen.facts.lexicon import REPORTING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Words that weigh the odds of what the clause after them says ("it is likely that …").
ODDS = frozenset(
    "likely unlikely possible probable correct true chance possibility odds doubtful conceivable plausible".split()
)
#: Modals that leave open whether the clause above the date holds ("reports may be correct that …").
MAYBE = frozenset({"may", "might", "could"})


def in_doubt(ent: Span) -> bool:
    """The date's clause is only weighed as possible, or is a scenario's outcome."""
    verb = clause_verb(ent.root)
    if verb is None:
        return False
    return _weighed(verb) or _scenario(verb) or _decided_for(ent, verb)


def _weighed(verb: Token) -> bool:
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
    if len(subjects) != 1 or subjects[0].tag_ != "NNS":
        return True
    return any(c.dep_ in ("det", "poss", "prep", "nummod", "relcl", "acl") for c in subjects[0].children)
