"""Is the figure a title holds the quantity a number question asks, or another thing's?

"Storm kills 12 in coastal towns" above "How many units did sales reach? → 12 million" must not
show "Storm kills ___ in coastal towns": the blank would teach that the storm's 12 is the answer.
A title's figure is the asked quantity only when its value is the answer's (not "12" of "12
million") and the noun after it, when it names one ("12 points"), is the one the question counts.
"""

from __future__ import annotations

import re

from quizgen.models import Question
from quizgen.vocabulary import NUMBER_WORDS, TENS

#: What stands in a title for the answer's words.
BLANK = "___"
#: Words that spell a figure ("twelve", "forty", "million").
NUMBER_TERMS = {*NUMBER_WORDS, *TENS, "hundred", "thousand", "million", "billion", "trillion"}

#: Words after a title's figure that name no counted thing ("kills 12 in …", "12 dead", "12 as …").
_NO_NOUN = set(
    "in on at to for by and or of as after before from with amid over under into near dead killed hurt "
    "injured missing rescued feared more new extra other others per a an the is are was were".split()
)
#: Nouns that count people, which a question may name by any of them.
_PEOPLE = set(
    "people persons residents villagers workers staff employees passengers fans spectators children "
    "adults students patients migrants civilians soldiers troops victims tourists visitors voters".split()
)
#: The noun "how many/much" counts, never the auxiliary of a bare "How much did …?".
_ASKED = re.compile(
    r"\bhow (?:many|much)\s+(?:more\s+|fewer\s+|new\s+|other\s+)?"
    r"(?!(?:did|does|do|has|have|had|will|would|was|is|are|were|can|could)\b)([a-z]+)",
    re.I,
)
_LETTERS = re.compile(r"[A-Za-z]+")


def stem(word: str) -> str:
    """A crude stem: "nurses" and "nurse", "warned" and "warning" meet."""
    return word.lower().strip("'\u2019")[:5]


def _asked_nouns(question: Question) -> set[str]:
    """What the question counts: the noun after "how many", and the words of the answer ("7 million tonnes")."""
    nouns = {m.group(1).lower() for m in _ASKED.finditer(question.question)}
    nouns |= {w.lower() for w in _LETTERS.findall(question.answer) if w.lower() not in _NUMBERISH}
    return nouns - _NO_NOUN


_NUMBERISH = NUMBER_TERMS | set("m bn k mn tn percent per cent nearly about some over".split())


def same_quantity(question: Question, shown: str) -> bool:
    """Does every blank in `shown` stand before no noun, or before a noun the question counts?"""
    asked = _asked_nouns(question)
    if not asked:
        return True  # "How many were rescued?": nothing to tell the title's figure by
    words = {stem(w) for w in _LETTERS.findall(question.question)} | {stem(w) for w in asked}
    people = bool(asked & _PEOPLE)
    for m in re.finditer(rf"{BLANK}\s+([A-Za-z]+)", shown):
        noun = m.group(1).lower()
        if noun in _NO_NOUN or noun in _NUMBERISH or not noun.endswith("s"):
            continue  # no counted noun: "kills ___ in …", "___ dead"
        if stem(noun) in words or (people and noun in _PEOPLE):
            continue
        return False
    return True
