"""Where a place lies, as news locates it: "Tarvo, 40 kilometres north of the capital", "the town
of Elm, about 120 miles west of Denver", "hit Candelaria 88 kilometres (55 miles) south of Manila".

The distance locates the place named just before it, not the clause it stands in, so it is asked
as "How far north of the capital is Tarvo?"; read as a count of the clause's verb it gave
"How many kilometres did the quake strike near Tarvo …?".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.measures import LENGTH_WORDS
from quizgen.facts.number_ask import ask
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

_DIRECTION = re.compile(r"^(north|south|east|west)(-?(east|west))?(ward)?$", re.I)
_DISTANCE_UNITS = LENGTH_WORDS | {"nautical"}
_PLACE_TYPES = ("GPE", "LOC", "FAC", "ORG", "")
#: Prepositions a distance before them measures ("300 feet below the surface").
_VERTICAL = {"below", "above", "beneath", "under", "underground", "deep"}


def direction_after(ent: Span) -> Token | None:
    """The "of" after a compass word after a distance ("40 km north of …"), skipping a converted
    figure in brackets; None when the distance locates nothing."""
    if not any(t.lower_ in _DISTANCE_UNITS for t in ent):
        return None
    doc, i = ent.doc, ent.end
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i, min(i + 8, len(doc))) if doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    for width in (1, 3):  # "north", "north-east"
        if i + width < len(doc) and _DIRECTION.match(doc[i : i + width].text) and doc[i + width].lower_ == "of":
            return doc[i + width]
    return None


def ask_distance(ent: Span, of: Token) -> tuple[str, str] | None:
    """'Tarvo, 40 kilometres north of the capital' → How far north of the capital is Tarvo?"""
    place = _place_before(ent)
    direction = of.doc[ent.end : of.i].text.split(")")[-1].strip().lower()
    reference = [t for t in of.subtree if t.i > of.i and not t.is_punct] if of.head.i < of.i else []
    if not reference:
        reference = _reference(of)
    if place is None or not reference or any(t.pos_ == "PRON" for t in reference):
        return None
    answer = ent.doc[_qualified(ent) : ent.end].text.strip()
    where = lower_first(words_of(reference))
    return f"How far {direction} of {where} is {place}?", answer


def _reference(of: Token) -> list[Token]:
    """The place after "of", read from the tokens when the parse hangs it elsewhere."""
    doc, out = of.doc, []
    for t in doc[of.i + 1 : of.i + 6]:
        if t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ", "ADP"):
            break
        out.append(t)
    return out if out and out[-1].pos_ in ("PROPN", "NOUN") else []


def _place_before(ent: Span) -> str | None:
    """The named place the distance follows ("Tarvo, 40 km …", "the town of Elm, about …")."""
    doc, i = ent.doc, _qualified(ent) - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].pos_ != "PROPN" or doc[i].ent_type_ not in _PLACE_TYPES:
        return None
    start = i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == doc[i].ent_type_:
        start -= 1
    return doc[start : i + 1].text


def _qualified(ent: Span) -> int:
    start = ent.start
    if start > 0 and ent.doc[start - 1].lower_ in ("about", "some", "around", "nearly", "roughly"):
        start -= 1
    return start


def vertical_after(ent: Span) -> Token | None:
    """The preposition after a distance that says how far above or below something it lies
    ("300 feet below the surface"), or None."""
    if not any(t.lower_ in _DISTANCE_UNITS or t.lower_ == "ft" for t in ent):
        return None
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None or after.lower_ not in ("below", "above", "beneath") or after.dep_ != "prep":
        return None
    return after if any(c.dep_ == "pobj" for c in after.children) else None


def ask_vertical(ctx: ArticleContext, ent: Span, prep: Token) -> tuple[str, str] | None:
    """'found a wreck 300 feet below the surface' → How far below the surface did the divers find a
    wreck? Only when the phrase hangs on the verb: inside a list ("12 miles long and 2,000 feet
    below …") the clause could not be turned around cleanly."""
    if prep.head.pos_ not in ("VERB", "AUX") or any(t.dep_ in ("conj", "cc") for t in ent.root.subtree):
        return None
    start = _qualified(ent)
    if ent.root.head != prep or start == 0 or ctx.doc[start - 1].lower_ in ("and", "or", ","):
        return None
    where = words_of([t for t in prep.subtree if not t.is_punct and not start <= t.i < ent.end])
    question = ask(ctx, ctx.doc[start : prep.right_edge.i + 1], f"How far {where}", drop_dates=False)
    return (question, ctx.doc[start : ent.end].text.strip()) if question else None
