"""Dates in brackets that gloss a noun: "the growing season (April-October)" says which months
the season covers, not when the clause's event took place; asked "When did the team map …?" it
would answer with the season. A date glossing a date ("Tuesday (April 7)") is read elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.vocabulary import MONTHS, WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span


def glosses_a_noun(ent: Span) -> bool:
    """The date stands alone in brackets right after a noun that names no day, month or year
    ("the dry season (May-September)"; not "Tuesday (April 7)", "June 3 (Wednesday)")."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    noun = doc[ent.start - 2]
    return noun.pos_ in ("NOUN", "PROPN") and not noun.like_num and noun.lower_.rstrip(".") not in {*WEEKDAYS, *MONTHS}
