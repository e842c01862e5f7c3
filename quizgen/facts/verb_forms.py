"""A verb's base form for "When did the council … ?", mended where spaCy's rule lemmatizer strips
too much: it reads "hoped", "coped", "taped" as "hop", "cop", "tap" (its "-ed" rule comes before
its "-ed → -e" rule, and both stems are verbs).

English doubles a short stem's last consonant before "-ed", "-ing" ("hop" → "hopped", "hopping"),
so a word that did not double it ("hoped", "hoping") is the "-e" verb's; likewise "hopes" is
"hope" + "s" ("hop" gives "hops"). Read from the word's own spelling, so it holds for any verb.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token

#: A one-syllable stem ending consonant–vowel–consonant, whose last consonant doubles ("hop", "tap").
_SHORT_STEM = re.compile(r"^[^aeiou]*[aeiou][bcdfgklmnprtv]$")


def base_form(verb: Token) -> str:
    """The verb's base form: spaCy's lemma, with the "-e" it lost put back."""
    lemma, word = verb.lemma_, verb.lower_
    if not _SHORT_STEM.match(lemma):
        return lemma
    if word in (lemma + "ed", lemma + "ing") or (word == lemma + "es" and verb.tag_ == "VBZ"):
        return lemma + "e"  # ("hoped", "hoping", "hopes": "hopped", "hopping", "hops" would be "hop")
    return lemma
