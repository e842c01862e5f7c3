"""Bodies named "<body> of <place>", which the small English model cuts at "of".

"The Space Agency of Japan said …": the model tags "The Space Agency" a body and "Japan" a place, and
the body is then answered "Space Agency" and offered as such; so with "the Development Bank of
Velmora" or "the Supreme Council of Kestrel". A body whose name ends in a body's word ("Agency",
"Bank", "Council", "University", "Ministry") and is followed at once by "of" and a capitalised name
(a place, a body or a run of proper nouns) is one body, the whole name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.vocabulary import BODY_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Labels the name after "of" may carry: a place or a body ("of Japan", "of the Royal Navy").
_OWNER_LABELS = {"GPE", "LOC", "ORG", "NORP", "FAC"}


def bodies_of_places(doc: Doc) -> Doc:
    """`doc` with each "<body> of <name>" the model cut at "of" labelled one ORG (module docstring)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    by_start = {e.start: e for e in ents}
    grown: dict[int, int] = {}
    for e in ents:
        end = _owner_end(e, by_start)
        if end is not None:
            grown[e.start] = end
    if not grown:
        return doc
    taken = {i for start, end in grown.items() for i in range(start, end)}
    fixed = []
    for e in ents:
        if e.start in grown:
            fixed.append(Span(doc, e.start, grown[e.start], label="ORG"))
        elif not taken & set(range(e.start, e.end)):
            fixed.append(e)
    doc.ents = fixed
    return doc


def _owner_end(ent: Span, by_start: dict[int, Span]) -> int | None:
    """Where the name after "<body> of" ends, or None when the body's name does not go on so."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent[-1].lower_ not in BODY_WORDS or not ent[-1].is_title:
        return None
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return None
    at = ent.end + 1
    if doc[at].lower_ == "the" and at + 1 < len(doc):
        at += 1
    owner = by_start.get(at)
    if owner is not None and doc[at - 1].lower_ == "the":
        return owner.end if owner.label_ == "ORG" else None  # "Dunmore State University of the US": where it is
    if owner is not None:
        return owner.end if owner.label_ in _OWNER_LABELS else None
    end = at
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
        end += 1
    return end if end > at and doc[at - 1].lower_ != "the" else None
