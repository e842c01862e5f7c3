"""A figure in the level a change started from: "rose to $8.8bn from the previous year's shortfall
of $584m". Fronted whole, its phrase reads "From the previous year's shortfall of how much did the
deficit rise …?", which no teacher writes; asked about the level itself, it reads "How much was the
previous year's shortfall from which the deficit rose to …?"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

_FRONTED = re.compile(r"^From (?P<level>.+?) of (?P<how>how (?:much|many)) did (?P<rest>.+)\?$")


def from_level(question: str, verb: Token) -> str | None:
    """The question about the starting level, its clause back in the past ("the deficit rose");
    the question unchanged when it is no such shape, None when its verb cannot be put back."""
    m = _FRONTED.match(question)
    if m is None:
        return question
    if verb.tag_ != "VBD":
        return None  # "has risen from a level of …": not a simple past to put back
    rest, n = re.subn(rf"\b{re.escape(verb.lemma_)}\b", verb.text.lower(), m.group("rest"), count=1)
    if n == 0:
        return None
    return f"{m.group('how').capitalize()} was {m.group('level')} from which {rest}?"
