"""A tagged question copied into plain Python objects, for the grammar checks to read.

The checks of grammar.py and slips.py read each token's text, lower form, tag and index many
times over; on a spaCy `Token` every such read builds the string again from the vocabulary
(about a tenth of writing's time went there). `plain` copies the few attributes they read
once per question, from the document's arrays, and offers the same names (`tag_`, `lower_`,
`i`, `nbor`, `doc[a:b].text`), so the checks read alike from either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The token attributes read from the arrays, in `Doc.to_array` order (a word's lower form and
#: punctuation flag belong to the word, and are read once per word: see `_word`).
_ATTRS: list[int | str] = []  # ORTH, TAG, SPACY, IDX as ids (names are looked up on every call), set on first use


class PlainToken:
    """One token's text, lower form, tag, index, offset, punctuation flag and trailing space."""

    __slots__ = ("doc", "i", "idx", "is_punct", "lower_", "tag_", "text", "whitespace_")

    def __init__(self, doc: PlainDoc, i: int, text: str, lower: str, tag: str, space: bool, punct: bool, idx: int):
        self.doc, self.i, self.text, self.lower_, self.tag_ = doc, i, text, lower, tag
        self.whitespace_ = " " if space else ""
        self.is_punct, self.idx = punct, idx

    def nbor(self, step: int = 1) -> PlainToken:
        """The token `step` places on, as spaCy's `Token.nbor` (an IndexError past either end)."""
        at = self.i + step
        if not 0 <= at < len(self.doc):
            raise IndexError("token index out of bounds")
        return self.doc[at]


class PlainSpan(list[PlainToken]):
    """A run of plain tokens, with spaCy's `text` (no last space) and `text_with_ws`."""

    @property
    def text_with_ws(self) -> str:
        return "".join([t.text + t.whitespace_ for t in self])

    @property
    def text(self) -> str:
        return "".join([t.text + t.whitespace_ for t in self[:-1]]) + (self[-1].text if self else "")


class PlainDoc(list[PlainToken]):
    """A tagged question's tokens; a slice is a `PlainSpan`, `text` the question."""

    text: str

    @overload  # type: ignore[override]
    def __getitem__(self, at: int) -> PlainToken: ...
    @overload
    def __getitem__(self, at: slice) -> PlainSpan: ...
    def __getitem__(self, at: int | slice) -> PlainToken | PlainSpan:
        if isinstance(at, slice):
            return PlainSpan(list.__getitem__(self, at))
        return list.__getitem__(self, at)


#: What each word read so far is (text, lower form, punctuation), by its hash, with the vocabulary
#: read from: a dictionary look-up costs a sixth of the string store's.
_WORDS: dict[int, tuple[str, str, bool]] = {}
_TAGS: dict[int, str] = {}
_READ_FROM: list[object] = [None]


def _word(doc: Doc, orth: int) -> tuple[str, str, bool]:
    lexeme = doc.vocab[orth]
    found = _WORDS[orth] = (lexeme.orth_, lexeme.lower_, lexeme.is_punct)
    return found


def plain(doc: Doc) -> PlainDoc:
    """`doc`'s tokens as plain objects (read from its arrays: no spaCy `Token` is made)."""
    if _READ_FROM[0] is not doc.vocab or len(_WORDS) > 200_000:
        _WORDS.clear()  # another pipeline's words, or a long run's: kept bounded
        _TAGS.clear()
        _READ_FROM[0] = doc.vocab
    if not _ATTRS:
        from spacy.attrs import IDX, ORTH, SPACY, TAG  # (spaCy loads only where questions are tagged)

        _ATTRS.extend([ORTH, TAG, SPACY, IDX])
    words, tags, strings = _WORDS, _TAGS, doc.vocab.strings
    out = PlainDoc()
    for i, (orth, tag, space, idx) in enumerate(doc.to_array(_ATTRS).tolist()):
        text, lower, punct = words.get(orth) or _word(doc, orth)
        tag_ = tags.get(tag)
        if tag_ is None:
            tag_ = tags[tag] = strings[tag]
        out.append(PlainToken(out, i, text, lower, tag_, space, punct, idx))
    out.text = "".join([t.text + t.whitespace_ for t in out])
    return out
