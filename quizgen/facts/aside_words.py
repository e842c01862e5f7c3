"""The words of a sentence that `number_ask.asides` must look at, found through the token index.

`asides` tries a dozen shapes on every word of a figure's sentence, and each shape first asks
the word's relation, tag or lower case: most words fail every one of these first tests. The
words that pass any of them are listed once per document, so a sentence's others are never
made into `Token` objects. The lists below are the union of those first tests (see each test
in number_ask.py, number_glued.py and number_guards.py); a word missing from them could open
no aside.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from quizgen.doc_memo import doc_memo
from quizgen.nlp import tokens_where

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

#: Relations an aside's first word holds (a preposition, an apposition, a set-off noun, a clause…).
_RELATIONS = frozenset({"prep", "conj", "npadvmod", "appos", "dobj", "advcl", "nummod"})
#: Comparatives ("longer than nearly every other fish").
_TAGS = frozenset({"RBR", "JJR"})
#: Words an aside starts from ("up 9 percent from", "enough for", "more than the forecast").
_WORDS = frozenset({"above", "below", "more", "less", "fewer", "down", "up", "enough", "with"})
_WORDS |= frozenset({"percent", "cent", "%", "pct"})


def aside_openers(sent: Span) -> list[Token]:
    """The words of `sent` that may open an aside (a superset: each is still tested), in order."""
    doc = sent.doc
    memo = doc_memo(doc)
    if "aside openers" not in memo:
        found = {*tokens_where(doc, "DEP", _RELATIONS.__contains__), *tokens_where(doc, "TAG", _TAGS.__contains__)}
        found |= {*tokens_where(doc, "LOWER", _WORDS.__contains__), *tokens_where(doc, "ORTH", str.isdigit)}
        memo["aside openers"] = sorted(found)  # an age set off after a name: digits only
    at: list[int] = memo["aside openers"]
    return [doc[i] for i in at[bisect_left(at, sent.start) : bisect_left(at, sent.end)]]


def opening_brackets(sent: Span) -> list[Token]:
    """The "(" of `sent`, in order."""
    at = tokens_where(sent.doc, "ORTH", "(".__eq__)
    return [sent.doc[i] for i in at[bisect_left(at, sent.start) : bisect_left(at, sent.end)]]
