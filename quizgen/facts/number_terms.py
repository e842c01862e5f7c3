"""The terms of a threat or offer: "threatened to fire all 2,700 cabin crew if they did not accept new
contracts". The threat was made, so its figure is asserted though its condition is not met; the
condition is part of what was threatened, and a question may leave it out ("How many cabin crew did
Skyway threaten to fire?") where its pronouns would point back into the article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.vocabulary import OFFER_VERBS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: The words that open a condition: a clause of one is supposed, not asserted.
CONDITION_MARKS = {"if", "unless", "whether"}


def offer_terms(verb: Token, depth: int) -> bool:
    """`verb` is a threat or offer whose condition is part of what was threatened or offered: the offer
    itself ("offered to pay £1,500 if …"), when the figure is in the deed below it (`depth` > 0), or
    that deed ("threatened to [fire] all 300 …")."""
    if verb.lemma_ in OFFER_VERBS and depth > 0:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in OFFER_VERBS and verb.i > verb.head.i


def offer_condition(tok: Token) -> bool:
    """`tok` heads the condition of a threat or offer that holds a pronoun ("if they did not accept",
    "if his party won"): a question leaves it out rather than point back into the article."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return False
    verb = tok.head
    if not (verb.lemma_ in OFFER_VERBS or offer_terms(verb, 0)):
        return False
    return any(t.pos_ == "PRON" and t.lower_ not in ("it", "there") for t in tok.subtree)
