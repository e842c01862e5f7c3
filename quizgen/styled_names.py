"""Malaysian and Bruneian names written after their styles: "Tengku Datuk Seri Zafrul Tengku Abdul Aziz".

The small model cuts such a run into pieces ("Tengku Datuk" a person, "Seri Zafrul Tengku" an
organisation, "Abdul Aziz" a person), and the speaker is then answered with "Abdul Aziz", the
father's name: a wrong name taught. The styles before the name are no part of it; the capitalised
words after them, up to the run's end, are one person ("Zafrul Tengku Abdul Aziz": a "Tengku"
inside is the father's title, part of the name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Styles and honours written before a Malay name, lower-cased; "Sri" and "Seri" follow "Tan",
#: "Puan" or "Datuk" ("Tan Sri", "Datuk Seri"), so "Tan" (a common surname) counts only before them.
_STYLES = {"tengku", "tunku", "tun", "datuk", "dato", "dato'", "datin", "seri", "sri", "haji", "hajah", "toh"}
_BEFORE_SRI = {"tan", "puan"}


def _style_at(doc: Doc, i: int) -> bool:
    word = doc[i].lower_
    if word in _BEFORE_SRI:
        return i + 1 < len(doc) and doc[i + 1].lower_ in ("sri", "seri")
    return word in _STYLES


#: Lower-case words inside a Malay name: "Ahmad Zahid bin Hamidi", "Siti Aminah binti Yusof".
_PARTICLES = {"bin", "binti"}


def _name_end(doc: Doc, i: int) -> int:
    """The end of the capitalised name starting at i (a "bin" inside it kept when a name follows)."""
    end = i
    while end < len(doc):
        tok = doc[end]
        if tok.lower_ in _PARTICLES and end + 1 < len(doc) and doc[end + 1].text[:1].isupper():
            end += 1
        elif tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha:  # a "Tengku" inside: the father's
            end += 1
        else:
            break
    return end


def styled_names(doc: Doc) -> Doc:
    """`doc` with each name after a run of at least two Malay styles made one PERSON entity (and the
    styles no entity)."""
    from spacy.tokens import Span

    found: list[tuple[int, Span]] = []
    i = 0
    while i < len(doc):
        start = i
        while i < len(doc) and doc[i].text[:1].isupper() and _style_at(doc, i):
            i += 1
        if i - start < 2:
            i = start + 1
            continue
        end = _name_end(doc, i)
        if end - i >= 2 and not any(t.ent_type_ in ("GPE", "DATE") for t in doc[i:end]):
            found.append((start, Span(doc, i, end, label="PERSON")))
        i = max(end, i + 1)
    if not found:
        return doc
    kept = [e for e in doc.ents if not any(e.start < span.end and styles < e.end for styles, span in found)]
    doc.ents = sorted(kept + [span for _, span in found], key=lambda e: e.start)
    return doc
