"""Entities the small English model gets wrong in a way no later rule can read around.

Sports copy writes a player's name right before a set score ("beat Ana Ruiz 6-3, 6-4"), and the
model tags "Ruiz 6-3" a date: the name is lost to the people, and a question that drops the dates
of its clause drops the opponent too ("When did Sol beat 6-4?"). Such a "date" is no entity.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.vocabulary import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: A score: "6-3", "2-1", "98-95".
_SCORE = re.compile(r"^\d{1,3}$")


def without_false_dates(doc: Doc) -> Doc:
    """`doc` without the DATE entities that hold a score beside a name ("Ruiz 6-3")."""
    ents = doc.ents
    kept = [e for e in ents if not _score_beside_name(e)]
    if len(kept) != len(ents):
        doc.ents = kept
    return doc


def _score_beside_name(ent: Span) -> bool:
    if ent.label_ != "DATE":
        return False
    words = [t.text for t in ent]
    scored = any(
        _SCORE.match(a) and b == "-" and _SCORE.match(c) for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    named = any(t.pos_ == "PROPN" and t.lower_.rstrip(".") not in MONTHS and t.lower_ not in WEEKDAYS for t in ent)
    return scored and named
