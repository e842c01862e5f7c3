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


#: "-ly" adverbs before a verb that say when, how often or how sure, not how: a question does without them.
_NOT_MANNER = set(
    "currently recently reportedly allegedly initially previously finally eventually subsequently immediately "
    "originally apparently probably possibly certainly clearly really actually usually normally typically "
    "generally largely mostly mainly nearly only early likely simply lately already also still now just "
    "reliably supposedly presumably arguably undoubtedly seemingly evidently obviously ultimately "
    "essentially basically virtually practically fundamentally effectively merely simply frankly honestly".split()
)


def with_manner(verb: Token, form: str | None = None) -> str:
    """The verb (or `form` of it) with the manner adverb written right before it: "are internally
    displaced", "were seriously injured". Left out, the question would ask of another set of people."""
    word = form if form is not None else verb.text
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.dep_ == "advmod"
        and before.head == verb
        and before.lower_.endswith("ly")
        and before.lower_ not in _NOT_MANNER
        and before.is_lower
    ):
        return f"{before.text} {word}"
    return word


#: Verbs that change with "they" other than by their base form ("she was" → "they were").
_THEY_FORMS = {"is": "are", "was": "were", "has": "have", "does": "do", "'s": "are", "isn't": "aren't",
               "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}  # fmt: skip


def after_they(verb: Token) -> str:
    """The word as it reads after a singular "they" ("she thinks" → "they think", "he was" → "they
    were"): a question that keeps "said" names the speaker without telling their sex."""
    word = verb.text
    if word.lower() in _THEY_FORMS:
        form = _THEY_FORMS[word.lower()]
        return form if word.islower() else form.capitalize()
    return base_form(verb) if verb.tag_ == "VBZ" else word
