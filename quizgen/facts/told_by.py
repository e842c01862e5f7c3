"""Whose word a reported clause is when another speaker reports it after it: "Many traders fear the
rally will not last, dealers said" is the dealers' word, and "many traders" only what they speak of.
A question giving the clause's subject as its speaker would name the wrong one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import VIEW_VERBS
from quizgen.facts.reported import SPEAKING
from quizgen.facts.speakers import speaker_of

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Speaker

#: Verbs that ascribe a view rather than report words: a view is told by whoever ascribes it.
_VIEWS = VIEW_VERBS | {"believe"}
#: Verbs of a statement made, which an outlet "reports" only by passing it on.
_SAYING = {"say", "tell", "announce", "add", "state"}


def told_by_another(ctx: ArticleContext, verb: Token, speaker: Speaker) -> bool:
    """'Many traders fear …, dealers said', 'Police believe …, the Courier reported': a statement another
    speaker reports after it is that speaker's word; the subject of the clause is only what they
    speak of ("…, the university said" after the university's own "has announced" is its own). A
    named person's words stay theirs; a view ascribed to them ("Lind fears …, aides said") is the aides'."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ not in SPEAKING or head.i < verb.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return False
    if verb.lemma_ not in _VIEWS and ctx.people.find(speaker.name) is not None:
        return False  # "Dlamini said …, Mokoena told the BBC": a named person's words, relayed
    reporter = speaker_of(ctx, head)
    return reporter is None or reporter.key != speaker.key


def relays_another(verb: Token) -> bool:
    """'The provincial government said …, state broadcaster CCTV reported': what a "reported" reports
    is itself someone else's statement, so its subject (an outlet, most often) only passed it on;
    asked "Who said that the government said …?" it would be named the speaker. A pronoun saying it
    ('… reported that he said …') may be the reporter itself, and stays the reporter's."""
    if verb.lemma_ != "report":
        return False  # "X said the Treasury expected …", "Y recalled that Z had suggested …": a view they give
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_ not in _SAYING or clause.pos_ != "VERB":
            continue
        if any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in clause.children):
            return True
    return False
