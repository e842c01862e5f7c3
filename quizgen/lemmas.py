"""spaCy's rule lemmatizer, run once per distinct word instead of once per word.

In rule mode a word's lemma follows from its text, part of speech and morphology alone, yet
spaCy's lemmatizer makes a Token and asks again for every word of every document (3% of the
parse). `install` gives it a `__call__` that reads those three values for the whole document at
once, asks spaCy's own `lemmatize` once per distinct triple and writes the lemmas back in one go:
the same lemmas, by the same rules.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Distinct (text, part of speech, morphology) triples remembered; past this the memory starts afresh.
KEPT = 50_000


def install(lemmatizer: Any) -> bool:  # spaCy's Lemmatizer
    """Give a rule-mode `lemmatizer` the faster `__call__`; say whether it was given."""
    if getattr(lemmatizer, "mode", None) != "rule" or lemmatizer.overwrite:
        return False
    kind: Any = type(lemmatizer)
    lemmatizer.__class__ = _per_distinct_word(kind)  # `nlp.pipe` calls type(pipe).__call__
    return True


@cache
def _per_distinct_word(base: Any) -> Any:
    class PerDistinctWord(base):  # type: ignore[misc]
        """`base`, lemmatizing each distinct (text, POS, morphology) once."""

        def __call__(self, doc: Doc) -> Doc:
            if not len(doc):
                return doc
            return _lemmatize(self, doc)

    PerDistinctWord.__name__ = PerDistinctWord.__qualname__ = base.__name__
    return PerDistinctWord


def _lemmatize(lemmatizer: Any, doc: Doc) -> Doc:
    """As `Lemmatizer.__call__`: a word without a lemma gets `lemmatize(word)[0]`."""
    import numpy

    if not lemmatizer._validated:
        lemmatizer._validate_tables()
    known: dict[tuple[int, int, int], int] = lemmatizer.__dict__.setdefault("_quizgen_lemmas", {})
    if len(known) >= KEPT:
        known.clear()
    rows = doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"])
    lemmas = rows[:, 3].copy()
    strings = doc.vocab.strings
    for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
        if lemma == 0:
            key = (orth, pos, morph)
            if key not in known:
                known[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = known[key]
    doc.from_array(["LEMMA"], lemmas.astype(numpy.uint64))  # type: ignore[arg-type]
    return doc
