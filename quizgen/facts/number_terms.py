"""The terms of a threat or offer: "threatened to fire all 2,700 cabin crew if they did not accept new
contracts". The threat was made, so its figure is asserted though its condition is not met; the
condition is part of what was threatened, and a question may leave it out ("How many cabin crew did
Skyway threaten to fire?") where its pronouns would point back into the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.vocabulary import OFFER_VERBS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token


def offer_terms(verb: Token) -> bool:
    """`verb` is a threat or offer that was made, whose condition is part of what was threatened or
    offered: the offer itself ("offered £1,500 if …") or the deed it offers ("threatened to [fire] all
    300 …"). Not one only supposed ("would offer £5m if …"): its condition is the supposition's."""
    if verb.lemma_ in OFFER_VERBS:  # ("threatened 300 pilots with dismissal if …": whom, not what; unasked)
        return _made(verb) and verb.lemma_ != "threaten"
    return verb.dep_ == "xcomp" and verb.head.lemma_ in OFFER_VERBS and verb.i > verb.head.i and _made(verb.head)


def _made(offer: Token) -> bool:
    """The threat or offer is told as made: no "would", "could" or "might" before it."""
    return not any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ not in ("will", "'ll") for c in offer.children)


def offer_condition(tok: Token) -> bool:
    """`tok` heads the condition of a threat or offer that holds a pronoun ("if they did not accept",
    "if his party won"): a question leaves it out rather than point back into the article."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return False
    verb = tok.head
    if not offer_terms(verb):
        return False
    return any(t.pos_ == "PRON" and t.lower_ not in ("it", "there") for t in tok.subtree)
