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

from quizgen.facts.lexicon import REPORTING

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


#: Verbs whose object is told something ("inform the board that …"), besides the reporting ones.
_TELLING = REPORTING | {"inform", "remind", "assure"}


def reporting_form(word: str) -> bool:
    """Whether `word` is written as a form of a verb that reports speech ("said", "warns", "told",
    "assured", "replied"): a question's words, read untagged."""
    w = word.lower()
    stems = {w, w[:-1], w[:-2], w[:-3], w[:-2] + "e", w[:-3] + "e", w[:-3] + "y"}  # warns, noted, noting, replied
    return w in ("said", "told", "wrote") or bool(stems & _TELLING)


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
_THEY_FORMS = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
               "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}  # fmt: skip
#: Finite verb tags: the verb or auxiliary that agrees with its subject.
_FINITE = ("VBZ", "VBD", "VBP", "MD")


def after_they(verb: Token) -> str:
    """The word as it reads after a singular "they" ("she thinks" → "they think", "he was" → "they
    were"): a question that keeps "said" names the speaker without telling their sex."""
    word = verb.text
    if word.lower() == "'s":  # "she's been" is "she has been", "she's expected" "she is expected"
        return "have" if _has(verb) else "are"
    if word.lower() in _THEY_FORMS:
        form = _THEY_FORMS[word.lower()]
        return form if word.islower() else form.capitalize()
    return base_form(verb) if verb.tag_ == "VBZ" else word


def _has(verb: Token) -> bool:
    """Whether "'s" is "has": its lemma says so, or "been", "got", "had" follows it."""
    after = next((t for t in verb.doc[verb.i + 1 : verb.i + 4] if t.pos_ != "ADV"), None)
    return verb.lemma_ == "have" or (after is not None and after.lower_ in ("been", "got", "gotten", "had"))


def they_clause(head: Token, rest: list[Token], words: str, gender: str) -> str | None:
    """`words` (the clause `rest` after its "he" or "she" subject, verb `head`) as it reads after
    "they": its first finite verb or auxiliary changed ("she also thinks" → "they also think"), the
    subject's own "his"/"her" made "their" (not an object: "she had met her" keeps "her"). None when
    the words no longer line up with the tokens."""
    finite = next((n for n, t in enumerate(rest) if t.tag_ in _FINITE or t.lower_ == "'s"), None)
    if finite is None:
        return None
    verb = rest[finite]
    if not (verb == head or (verb.head == head and verb.dep_ in ("aux", "auxpass"))):
        return None  # a finite verb of another clause comes first
    split = words.split(" ")
    if [t.text for t in rest[: finite + 1]] != split[: finite + 1]:
        return None
    split[finite] = after_they(verb)
    words = " ".join(split)
    self_word, own = ("himself", "his") if gender == "m" else ("herself", "her")
    owned = [t.dep_ == "poss" for t in rest if t.lower_ == own]
    if len(re.findall(rf"\b{own}\b", words)) != len(owned) and len(set(owned)) > 1:
        return None  # some were resolved to a name: which is which is not known
    marks = iter(owned + owned[-1:] * len(words))
    words = re.sub(rf"\b{own}\b", lambda m: "their" if next(marks) else m[0], words)
    return re.sub(rf"\b{self_word}\b", "themselves", words)
