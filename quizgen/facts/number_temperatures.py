"""A temperature, asked as one: "reached 41.2 degrees Celsius" → What temperature did … reach?

Weather and climate copy gives heat and cold in degrees; "How many degrees Celsius did the
temperature in Velda reach?" is how no teacher asks it, and degrees of an angle or a degree course
are no temperature: only a figure whose scale is named (Celsius, Fahrenheit, or °C/°F) is asked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.clauses import ask

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext

#: Subjects that already say the figure is a temperature ("the temperature reached …").
_TEMPERATURE_WORDS = {"temperature", "mercury", "thermometer", "reading"}
#: Words of a temperature's unit that may follow the figure the tagger found.
_SCALE_WORDS = {"degree", "degrees", "celsius", "fahrenheit", "centigrade", "°", "°c", "°f"}
#: A scale that makes degrees a temperature.
_SCALE = re.compile(r"(?i)\b(?:degrees?\s+(?:celsius|fahrenheit|centigrade)|°\s?[CF])\b|°")


def ask_temperature(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """(What temperature …?, "41.2 degrees Celsius") for a temperature the clause's verb reaches or
    an "at"/"to" phrase gives; None for any other figure."""
    doc = ctx.doc
    end = ent.end
    while end < len(doc) and doc[end].lower_ in _SCALE_WORDS:
        end += 1  # the tagger may end the figure before its unit: "[41.2] degrees Celsius"
    span = doc[ent.start : end]
    if not _SCALE.search(span.text):
        return None
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    said = any(c.dep_.startswith("nsubj") and c.lemma_.lower() in _TEMPERATURE_WORDS for c in verb.children)
    if root.dep_ in ("dobj", "attr"):  # ("What temperature did the temperature reach?" says it twice)
        question = ask(ctx, span, "What" if said else "What temperature", drop_dates=False)
    elif root.dep_ == "pobj" and root.head.lower_ in ("to", "at") and root.head.dep_ == "prep":
        wh = "what level" if said else "what temperature"
        question = ask(ctx, doc[root.head.i : span.end], wh, pied=root.head.text.capitalize(), drop_dates=False)
    else:
        return None
    return (question, span.text) if question else None
