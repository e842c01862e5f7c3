"""The "it" that stands for nothing: "It is likely that fares will rise", "It remains unclear whether
the pier will close", "It seems the vote was lost".

The tagger calls it a subject like any other, so it was read as the last sentence's subject ("the
new terminal is likely that fares will rise"). Its clause is the one after the verb; there is no
noun to put in its place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's type only
    from spacy.tokens import Token

#: Verbs whose "it" holds the place of a clause after them: "it is likely that", "it seems that".
_LINKING = frozenset("be remain seem appear become look".split())


def expletive_it(pronoun: Token) -> bool:
    """True for an "it" whose verb takes a clause after it as what "it" stands for."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "expl"):
        return False
    verb = pronoun.head
    if verb.lemma_.lower() not in _LINKING:
        return False
    kids = {c.dep_ for c in verb.children if c.i > pronoun.i}
    if not kids & {"ccomp", "xcomp", "csubj"}:
        return False
    return verb.lemma_.lower() in ("seem", "appear") or bool(kids & {"acomp", "attr"})
