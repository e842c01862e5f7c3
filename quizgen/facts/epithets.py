"""What an epithet says of the person it stands for: news names a person, then calls them "the
32-year-old", "the Serbian", "the three-time champion" or "the veteran lawmaker" when they speak.

An epithet is never an answer itself (a nationality, an age, a common noun); whom it stands for is
worked out in `pronoun_speakers`, as for "he said". Here: whether a token is such an epithet, and
whether what the article says of a person (an age "Ann Lind, 32,", a nationality "Serbian Ann
Lind", "Serbia's Ann Lind") fits it, contradicts it, or cannot be checked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from quizgen.facts.lexicon import PERSON_EPITHETS, SPEAKER_NOUNS, TITLE_WORDS
from quizgen.facts.role_links import DEMONYM

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext, Person

#: How well a person fits an epithet: the article says so, says nothing, or says otherwise.
FITS, UNKNOWN, CONTRADICTED = 2, 1, 0

AGE = re.compile(r"\b(\d{1,3})-year-old\b")
#: Words of a name and what sits before it in one phrase ("Serbian tennis star Ann Lind").
_BEFORE_NAME = ("ADJ", "NOUN", "PROPN", "PART", "NUM")


class Epithet(NamedTuple):
    """What an epithet says: an age ("the 32-year-old"), a nationality ("the Serbian", "the
    Scottish player"), both, or neither ("the three-time champion")."""

    age: int | None
    nationality: str | None


def epithet(token: Token) -> Epithet | None:
    """What the definite singular description headed by `token` says of a person, or None when it
    is no such description: "the 32-year-old", "the Serbian", "the Scot", "the three-time champion",
    "the veteran lawmaker" (a person noun with a word that singles someone out). A post ("the
    minister") is its holder's (`post_holders`) unless an age or a count singles one out, and a
    speaker noun ("the executive") the one last described so (`described`): neither is one here."""
    if token.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    phrase = token.doc[token.left_edge.i : token.i + 1]
    found = AGE.search(phrase.text)
    age = int(found.group(1)) if found else None
    modifiers = [c for c in token.children if c.dep_ in ("amod", "compound", "nummod", "npadvmod") and c.i < token.i]
    nationality = next((m.text for m in modifiers if m.ent_type_ == "NORP"), None)
    if token.pos_ == "PROPN" and len(phrase) == 2 and (token.ent_type_ == "NORP" or _demonym_as_person(token)):
        return Epithet(age, token.text)  # "the Serbian", "the Frenchman" (which the model may call a person)
    if token.lower_ == "old" and age is not None:
        return Epithet(age, None)  # "the 32-year-old"
    if token.pos_ == "PROPN" and age is not None and token.text[:1].isupper():
        return Epithet(age, token.text)  # "the 29-year-old Spaniard", which the model may call an ORG
    noun = token.lemma_.lower()
    if token.pos_ != "NOUN" or noun not in PERSON_EPITHETS or noun in SPEAKER_NOUNS or not modifiers:
        return None
    if noun in TITLE_WORDS:
        return None  # a post's holder, or nobody: "the former minister" may be one the article never named
    return Epithet(age, nationality)


def _demonym_as_person(token: Token) -> bool:
    """'the Frenchman', 'the Venezuelan' tagged as a person; not 'the Pope' or 'the Duke', who may be
    someone the article never named."""
    word = token.text
    return token.ent_type_ == "PERSON" and (DEMONYM.search(word) is not None or word.endswith("man"))


def fit(ctx: ArticleContext, person: Person, said: Epithet) -> int:
    """Whether what the article says of `person` where it names them fits the epithet: FITS,
    UNKNOWN (it says nothing of the kind) or CONTRADICTED (another age, another nationality)."""
    ages, places = _described(ctx, person)
    level = UNKNOWN
    if said.age is not None and ages:
        if said.age not in ages:
            return CONTRADICTED
        level = FITS
    if said.nationality is not None and places:
        if not any(_same_place(said.nationality, p) for p in places):
            return CONTRADICTED
        level = FITS
    return level


def _described(ctx: ArticleContext, person: Person) -> tuple[set[int], set[str]]:
    """The ages and the nationalities or countries the article gives `person` beside a mention:
    "Ann Lind, 32,", "Ann Lind (32)", "32-year-old Ann Lind", "Serbian star Ann Lind", "Serbia's Lind"."""
    ages: set[int] = set()
    places: set[str] = set()
    doc = ctx.doc
    for at in ctx.mentions_of(person):
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            continue
        first = span[0]
        end = first.i
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and doc[end + 1].ent_type_ == "PERSON":
            end += 1
        after = doc[end + 1 : end + 4]
        if len(after) == 3 and after[0].text in (",", "(") and after[1].text.isdigit() and after[2].text in (",", ")"):
            ages.add(int(after[1].text))
        start = first.i
        while start > first.sent.start and doc[start - 1].pos_ in _BEFORE_NAME and first.i - start < 5:
            start -= 1
        before = doc[start : first.i]
        found = AGE.search(before.text)
        if found:
            ages.add(int(found.group(1)))
        places |= {t.text for t in before if t.ent_type_ in ("NORP", "GPE") and t.text[:1].isupper()}
    return ages, places


def _same_place(word: str, other: str) -> bool:
    """'Serbian' and 'Serbia', 'Scot' and 'Scottish', 'Spaniard' and 'Spain': one nation's words, by
    the letters they open with (a near miss only lets the article's topic decide, as for "he")."""
    a, b = word.lower(), other.lower()
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return common >= min(4, len(a), len(b)) or (common >= 3 and min(len(a), len(b)) <= 5)
