"""Given names written with a hyphen and a lower-case second syllable ("Kwon Young-se", "Moon
Jae-in"): the tokenizer splits them at the hyphen and the small model's name often stops before
it, so "Kwon Young" would be asked as the minister's name. The piece after the hyphen is read into
the name when it looks like a romanised syllable, not an English word ("Trump-led", "Bush-era")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.titles import is_post

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: One romanised (Korean, Chinese) syllable: an optional onset, vowels, an optional n/ng/l/k/p/m coda.
_SYLLABLE = re.compile(r"(?:ch|sh|ts|[bcdfghjklmnprstwyz])?[aeiouwy]{1,3}(?:ng|n|l|k|p|m)?")
#: English words of that shape that follow a name's hyphen ("the Park-run fund", "Lee-won title").
_ENGLISH = {"run", "won", "on", "up", "in-law", "way", "man", "men", "pay", "day", "sun", "ban", "bay"}


def hyphen_tail(token: Token) -> Token:
    """The syllable ending a hyphenated given name whose first part is `token` ("Young" → "se" in
    "Kwon Young-se"), when a name word stands before `token`; else `token` itself."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.i == 0 or token.whitespace_ or not token.text.istitle():
        return token
    dash, tail, before = doc[token.i + 1], doc[token.i + 2], doc[token.i - 1]
    if dash.text != "-" or dash.whitespace_ or not tail.text.isalpha() or not tail.text.islower():
        return token
    if tail.lower_ in _ENGLISH or not _SYLLABLE.fullmatch(tail.text) or len(tail.text) > 5:
        return token
    if before.pos_ != "PROPN" or not before.text.istitle() or is_post(before.text):
        return token  # one name word alone ("Park-un") is too little to go on
    nxt = doc[tail.i + 1] if tail.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and not tail.whitespace_:
        return token  # "Kim-se-ri", a longer compound: left as it is
    return tail


def is_hyphen_tail(token: Token) -> bool:
    """Does `token` end a hyphenated given name ("seo" of "Baek Min-seo", which the model may tag a noun)?"""
    return token.i >= 2 and hyphen_tail(token.doc[token.i - 2]).i == token.i
