"""Named storms, which the small English model tags as people or bodies.

"Cyclone Amphan tore into the coast", "Storm Ciara battered Britain": the model calls the storm a
person ("Cyclone Amphan", later "Amphan") or an organisation ("Typhoon Hagibis"), and the storm is
then a speaker ("Which organization said that it has killed 35 people?"), a "he" or a who-option. A
name opened by a storm's word ("Cyclone", "Hurricane", "Typhoon", "Storm", "Tropical Storm") is a
weather event, and so is the same name written alone elsewhere in the article ("Amphan weakened").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.vocabulary import NOT_STORM_NAMES, STORM_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Labels a storm's name is misread with.
_MISREAD = {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."}


def storms_as_events(doc: Doc) -> Doc:
    """`doc` with each storm's name, and that name written alone, labelled EVENT (module docstring)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    fixed, names = [], set()
    for e in ents:
        start = _storm_start(e)
        if start is None:
            fixed.append(e)
            continue
        name = doc[max(start, e.start) : e.end]
        if name[0].lower_ in STORM_WORDS:
            name = doc[name.start + 1 : e.end]
        if not len(name):
            fixed.append(e)
            continue
        names.add(name.text)
        fixed.append(Span(doc, min(start, e.start), e.end, label="EVENT"))
    if not names:
        return doc
    fixed = [Span(doc, e.start, e.end, label="EVENT") if _alone(e, names) else e for e in fixed]
    if fixed != ents:
        doc.ents = fixed
    return doc


def _storm_start(ent: Span) -> int | None:
    """Where the storm's name starts: its first word ("Cyclone Amphan") or the word before it ("Cyclone"
    left out of a person "Amphan"); None when the entity is no storm's."""
    doc = ent.doc
    if ent.label_ not in _MISREAD and ent.label_ != "EVENT":
        return None
    words = [t for t in ent if t.lower_ not in ("the", "tropical")]
    if any(t.lower_ in NOT_STORM_NAMES for t in ent) or len(words) > 3:
        return None  # "the National Hurricane Center", "Storm Prediction Center": a body named after storms
    if len(words) >= 2 and words[0].lower_ in STORM_WORDS and words[0].is_title and words[1].is_title:
        return ent.start
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lower_ in STORM_WORDS and before.is_title and ent[0].is_title:
        return before.i
    return None


def _alone(ent: Span, names: set[str]) -> bool:
    """ "Amphan weakened": a storm's name written alone, not after "Mr" or "Dr"."""
    doc = ent.doc
    if ent.label_ not in _MISREAD or ent.text not in names:
        return False
    return ent.start == 0 or doc[ent.start - 1].lower_ not in _HONORIFICS
