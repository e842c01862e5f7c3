"""Who is who in one article: the people it names and every short form it uses for them.

News names a person in full once ("Jane Holt") and then by surname or title ("Ms Holt");
`People` links every such mention back to the full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from quizgen.facts.honorifics import ARABIC_PARTICLES, EUROPEAN_PARTICLES, excellency, is_address, is_honorific
from quizgen.facts.hyphen_names import hyphen_tail
from quizgen.facts.lexicon import AGED_PEOPLE, NOT_NAME_WORDS, TITLE_WORDS
from quizgen.facts.post_abbrevs import abbreviated_post
from quizgen.facts.post_words import DESCRIPTIONS
from quizgen.facts.titles import given_name_after_post, is_post
from quizgen.vocabulary import WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only, and the context that holds the registry
    from spacy.tokens import Doc, Span, Token

    from quizgen.facts.context import ArticleContext


#: Words inside names that need no capital of their own: "Anna van Dijk", "Omar bin Khalid" (honorifics.py).
NAME_PARTICLES = EUROPEAN_PARTICLES | ARABIC_PARTICLES
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PERSONAL = MALE | FEMALE
#: Words after a surname that are not it: "Mark Welsh III" is "Welsh" alone later on.
GENERATIONAL = {"jr", "sr", "ii", "iii", "iv"}
#: Letters after a name that are an honour or a rank, not the name: "Ann Lind QC", "Oskar Berg MP".
POST_NOMINALS = {"QC", "KC", "SC", "MP", "MEP", "MSP", "OBE", "CBE", "MBE", "KBE", "DBE", "FRS"}


def surname(name: str) -> str:
    """The word a later mention uses alone: the last, not "Jr." or "III"."""
    words = name.split()
    while len(words) > 2 and words[-1].lower().strip(",.") in GENERATIONAL:
        words.pop()
    return words[-1]


@lru_cache(maxsize=4096)
def _first_and_last(name: str) -> tuple[str, str]:
    """A name's first word and its surname, worked out once per name (`People.find` asks for every person)."""
    return name.split()[0], surname(name)


@dataclass
class Person:
    """One person the article names, with every form it uses for them."""

    name: str
    forms: set[str] = field(default_factory=set)
    first_seen: int = 0
    gender: str | None = None


_SPACES = re.compile(r"\s+")
_POSSESSIVE_END = re.compile(r"'s$|\u2019s$")


@lru_cache(maxsize=4096)
def clean_name(text: str) -> str:
    text = _SPACES.sub(" ", text).strip(" ,.;:'\"\u201c\u201d\u2019")
    return _POSSESSIVE_END.sub("", text)


#: Nouns a sentence opens with before a name, which NER takes into it ("Substitute Theo Marsh scored",
#: "Opener Raj Sen struck 112").
_ROLE_NOUNS = {
    *"parent resident substitute teacher student pupil patient shopper fan driver witness neighbour".split(),
    *"neighbor passenger volunteer nurse doctor farmer worker".split(),
    *"opener striker defender midfielder goalkeeper winger pacer spinner batter batsman bowler shuttler".split(),
}


def name_words(mention: str) -> list[str]:
    """The words of a name without its honorific: "Ms Jane Holt" → ["Jane", "Holt"]."""
    words = clean_name(mention).split()
    while words and (is_address(words[0]) or excellency(words, 0) or _day_before(words)):
        words = words[1:]
    while len(words) > 2 and words[0].istitle() and (is_post(words[0]) or words[0].lower() in _ROLE_NOUNS):
        words = words[1:]  # "Superintendent Marcus Hale", "Parent Teresa Gomez": a sentence's capital on a post
    while len(words) > 2 and words[-1].strip(",.") in POST_NOMINALS:
        words = words[:-1]  # "Judge Paul Farrer QC" is "Judge Farrer" later on
    return words


def _day_before(words: list[str]) -> bool:
    """'On Sunday Shorten denied …': a weekday the model read into the name after it is no part of it."""
    return len(words) > 1 and words[0].lower() in WEEKDAYS


class People:
    """A registry of the people in one article, resolving short mentions to full names."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def add(self, name: str, position: int) -> Person | None:
        name = clean_name(name)
        words = name_words(name)
        if not words or not all(w[:1].isupper() or w.split("-")[0] in NAME_PARTICLES for w in words):
            return None
        full = " ".join(words)
        titled = self._named_after_title(words)
        if titled is not None:
            titled.forms.add(name)
            return titled
        known = self.find(full)
        if known is not None:
            if len(words) > len(known.name.split()) and known.name in full:
                known.forms.add(known.name)
                known.name = full
            known.forms.add(name)
            return known
        person = Person(full, {full, name}, position)
        self.people.append(person)
        return person

    def _named_after_title(self, words: list[str]) -> Person | None:
        """'Environment CS Jane Holt' after 'Jane Holt': the words before a full name the article
        already gave are a title the model read into the name, not a longer name."""
        for start in range(1, len(words) - 1):
            tail = " ".join(words[start:])
            found = [p for p in self.people if p.name == tail]
            if found:
                return found[0]
        return None

    def find(self, mention: str) -> Person | None:
        """The one person `mention` can mean ("Ye", "Ms Holt", "Xi Jinping"), or None if unsure."""
        words = name_words(mention)
        if not words:
            return None
        text = " ".join(words)
        exact = [p for p in self.people if p.name == text or text in p.forms]
        if exact:
            return exact[0]
        if len(words) == 1:
            word = words[0]
            if word.lower() in PERSONAL:
                return None  # "He" is a pronoun, even when a name ends in it ("Zhao He")
            hits = [p for p in self.people if word in _first_and_last(p.name)]
        else:
            low = text.lower()  # "Van Nistelrooy" starting a sentence is "Ruud van Nistelrooy"
            hits = [p for p in self.people if p.name.lower().endswith(" " + low) or p.name.startswith(text + " ")]
        return hits[0] if len(hits) == 1 else None

    def find_before(self, mention: str, text: str, at: int) -> Person | None:
        """The one person a lone name at `at` can mean when the article names two by it ("Xu"):
        the only one whose full name stands in `text` before it; a later namesake is introduced
        in full, so the name alone cannot yet mean them."""
        words = name_words(mention)
        if len(words) != 1 or words[0].lower() in PERSONAL:
            return None
        hits = [p for p in self.people if words[0] in _first_and_last(p.name)]
        before = [p for p in hits if 0 <= text.find(p.name) < at]
        return before[0] if len(hits) > 1 and len(before) == 1 else None


def is_pronoun(token: Token) -> bool:
    """he/she/him …, read on the parse: "He" ending a name ("Zhao He", the parser makes "Zhao"
    its compound) is a name, not a pronoun."""
    if token.lower_ not in PERSONAL:
        return False
    return not any(c.dep_ in ("compound", "flat") and c.i < token.i and c.text[:1].isupper() for c in token.children)


def person_span(token: Token) -> Span:
    """The whole name around `token`: its compound/flat children to the left, and itself."""
    doc = token.doc
    start = token.i
    while True:
        before = doc[start - 1] if start > 0 else None  # looked up once: spaCy builds it on each index
        if (
            before is not None
            and before.dep_ in ("compound", "flat")
            and start <= before.head.i <= token.i
            and (before.text[:1].isupper() or before.text in NAME_PARTICLES)
            and before.lower_ not in TITLE_WORDS
            and not (before.lower_ in AGED_PEOPLE and start < token.i)  # "Driver [Jordan Hill]", "Cyclist [Ann Lind]"
            and not (before.lower_ in DESCRIPTIONS and start < token.i)  # "Forecaster [Lina Mori]"
            and not is_post(before.text)
            and not abbreviated_post(before)  # "Environment CS [Ann Lind]"
            and not (start > 1 and doc[start - 2].lower_ == "the")  # "Minister in the Presidency [Ann Lind]"
            and not (before.ent_type_ == "ORG" and doc[start].ent_iob_ == "B")  # "[the Assembly] [Ann Lind]"
        ):
            start -= 1
        elif (
            start > 1
            and before is not None
            and before.text == "-"
            and not before.whitespace_
            and not doc[start - 2].whitespace_
            and doc[start - 2].text.istitle()
        ):
            start -= 2  # "Beaumont-Dark", "Jean-Claude": the parser splits at the hyphen
        elif (particle := _particle_before(doc, start)) is not None:
            start = particle  # "Amira bint [Salem al-Harthy]": NER and parser cut at the particle
        else:
            break
    while start < token.i and is_honorific(doc[start]):
        start += 1
    while start < token.i and start > 0 and doc[start - 1].lower_ in ("and", "&", ",") and not doc[start].ent_type_:
        start += 1  # "Minister for Arts and [Heritage] Ann Lind": the last word of a portfolio, no name
    return doc[start : token.i + 1]


def _particle_before(doc: Doc, start: int) -> int | None:
    """Where a name goes on leftwards across an Arabic particle: "Amira bint" before "Salem", "Saad al-"
    before "Harthy"; None when no particle joins a capitalised word there."""
    i = start - 1
    if i >= 1 and doc[i].text == "-" and not doc[i].whitespace_ and doc[i - 1].lower_ in ("al", "el"):
        i -= 1  # "al-Harthy"
    if i < 1 or doc[i].text not in ARABIC_PARTICLES:
        return None
    if doc[i].text in ("Al", "El", "al", "el", "Abu", "abu") and i == start - 1 and not doc[i].text.islower():
        if doc[i - 1].text[:1].isupper() and _name_word(doc[i - 1]):
            return i - 1  # "Nasser Al [Marri]"
        return i
    before = doc[i - 1]
    return before.i if before.text[:1].isupper() and _name_word(before) else None


def _name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and not is_post(tok.text) and not is_honorific(tok) and tok.ent_type_ != "GPE"


def whole_name(span: Span) -> Span:
    """A name NER cut at a particle or a hyphen, read whole: "[Khalid bin Saad] bin Nasser Al Marri",
    "[Kwon Young]-se"."""
    doc, end = span.doc, hyphen_tail(span[-1]).i + 1
    while end + 1 < len(doc) and doc[end].text in ARABIC_PARTICLES:
        nxt = end + 1
        if doc[nxt].text == "-" and not doc[end].whitespace_ and nxt + 1 < len(doc):
            nxt += 1  # "al-Harthy"
        if not (doc[nxt].text.istitle() and _name_word(doc[nxt])):
            break
        end = nxt + 1
    start = person_span(doc[end - 1]).start if end > span.end else span.start
    return doc[min(start, span.start) : end]


def in_field(first: Token) -> bool:
    """Does a name-like run starting at `first` stand in a post's field or body ("Director of [Human
    Spaceflight] David Miller", "President of the [Nordic Council] Ann Berg")? The parser makes
    such words the name's compounds; NER's shorter name is then the right one."""
    doc, i = first.doc, first.i - 1
    while i > 0 and doc[i].text[:1].isupper() and doc[i].lower_ not in ("of", "for"):
        i -= 1
        if doc[i].lower_ == "and":
            i -= 1
    i -= i > 1 and doc[i].lower_ == "the"  # "President of the [European Council] Peter Wagner"
    if not (i > 0 and doc[i].lower_ in ("of", "for")):
        return False
    if is_post(doc[i - 1].text):
        return True
    # "Minister of State for [Home Affairs] Ann Rao": a post named with two fields, the run starting
    # right at the second (a run starting later may start at the name: "… Affairs [Ann Kumar Rao]")
    return i == first.i - 1 and i > 2 and doc[i - 2].lower_ in ("of", "for") and is_post(doc[i - 3].text)


def outside_field(span: Span, ent: Span) -> Span:
    """The parser's name `span`, or NER's shorter `ent` when the words before it stand in a post's field."""
    return ent if span.start < ent.start and in_field(span[0]) else span


def capital_post(tok: Token) -> bool:
    """ "Treasurer" of "Treasurer Jim Chalmers", not "Dean" of "senior meteorologist Dean Narramore"."""
    return tok.text[:1].isupper() and is_post(tok.text) and not given_name_after_post(tok)


def after_title(ent: Span) -> Span:
    """A PERSON entity without the title or owner NER took into it: "NASA Administrator Tom Vale",
    "JPL's Tom Vale" → "Tom Vale" (the owner is where the person works, not part of the name)."""
    cuts = [
        t.i
        for t in ent[:-1]
        if capital_post(t) or t.tag_ == "POS" or abbreviated_post(t)  # "CS Ann Lind"
    ]
    if not cuts and ent[0].lower_ in AGED_PEOPLE and len(ent) >= 3:
        cuts = [ent.start]  # "Driver Jordan Hill, 24, admitted …": the occupation is no part of the name
    return ent.doc[cuts[-1] + 1 : ent.end] if cuts else ent


def name_goes_on(token: Token) -> Token:
    """The last word of a name NER cut short: "[Zhao] He" (the parser joins them as one proper
    noun, the small model tags only the first), "[Kwon Young]-se" (cut at the hyphen); else `token`
    itself."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.text == "-":
        return hyphen_tail(token)  # "se" in "Young-se", not "era" in "Biden-era"
    if (
        after is None
        or token.dep_ != "compound"
        or token.head != after
        or after.pos_ != "PROPN"
        or not after.text.istitle()
        or after.ent_type_
        or is_post(after.text)
        or after.lower_ in NOT_NAME_WORDS
    ):
        return token
    return after


def registered_start(ctx: ArticleContext, name: Token, first: Token) -> Token:
    """Where the registry's name ending at `name` starts, when the parse ran it further left ("Transport
    Lim Wei Ming" after "Minister of State for"); `first` otherwise."""
    known = ctx.resolve_person(name)
    width = len(known.name.split()) if known is not None else 0
    start = name.i - width + 1
    if known is None or start <= first.i or ctx.doc[start : name.i + 1].text != known.name:
        return first
    return ctx.doc[start]
