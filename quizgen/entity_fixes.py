"""Entities the small English model gets wrong in a way no later rule can read around.

Sports copy writes a player's name right before a set score ("beat Ana Ruiz 6-3, 6-4"), and the
model tags "Ruiz 6-3" a date: the name is lost to the people, and a question that drops the dates
of its clause drops the opponent too ("When did Sol beat 6-4?"). Such a "date" is no entity.
A club's name ending in "FC" is often tagged a person ("leaders Odisha FC"), and then asked what
post it holds: it is an organisation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.vocabulary import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Last words that make a name a club's, whatever the model tagged it.
_CLUB_ENDINGS = {"FC", "AFC", "CF", "SC", "F.C.", "A.F.C."}
#: A score: "6-3", "2-1", "98-95".
_SCORE = re.compile(r"^\d{1,3}$")


def fix_entities(doc: Doc) -> Doc:
    """`doc` with the fixes below: no false dates, and clubs named "… FC" as organisations; and
    with the parse's split subjects joined (`parse_fixes`)."""
    from quizgen.parse_fixes import joined_subjects

    return joined_subjects(clubs_as_organisations(without_false_dates(doc)))


def clubs_as_organisations(doc: Doc) -> Doc:
    """`doc` with each name ending in "FC" (or the like) labelled ORG, as the club it names."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    club = [len(e) > 1 and e[-1].text in _CLUB_ENDINGS and e.label_ != "ORG" for e in ents]
    fixed = [Span(doc, e.start, e.end, label="ORG") if c else e for e, c in zip(ents, club, strict=True)]
    if fixed != ents:
        doc.ents = fixed
    return doc


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
