"""Whether a verb tells of a thing an institution did, asserted as done.

Not a state ("has", "is"), not speech, not a condition, a guess or someone else's claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import REPORTING

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
}
#: Words that make a clause a condition or a guess, not a thing that happened.
UNSURE_MARKS = {"if", "unless", "whether", "lest"}
UNSURE_AUX = {"might", "may", "could", "would", "should"}


def not_asserted(verb: Token) -> bool:
    """'if the union decides …', 'the union might strike', 'analysts say the union will strike':
    a condition, a guess or someone's claim is no event to teach as fact."""
    if any(c.dep_ == "aux" and c.lower_ in UNSURE_AUX for c in verb.children):
        return True
    node = verb
    while node.head.i != node.i:
        if any(c.dep_ == "mark" and c.lower_ in UNSURE_MARKS for c in node.children):
            return True
        if node.dep_ in ("ccomp", "advcl") and node.head.lemma_ in REPORTING | {"believe", "think", "expect"}:
            return True
        if (
            node.dep_ in ("ccomp", "acl")
            and node.head.pos_ in ("NOUN", "ADJ")
            and node.head.lemma_ in ("chance", "likely", "possible", "possibility", "risk", "hope", "high")
        ):
            return True
        node = node.head
    return False
