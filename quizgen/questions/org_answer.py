"""Is the answer to a "Which organization …?" question an organization at all?

spaCy's small model tags many names ORG that are not: a people ("most Cypriots lost …"), a country
("Slovakia's Kestrel University": the country is no employer), a person NER did not know ("Jo Okoro,
from Leeds, …"), or the first words of a longer name ("The charity Sea Watch Now estimates …" read
as "Sea Watch"). Each would teach a wrong answer, so such a question is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from quizgen.facts.context import ArticleContext
from quizgen.facts.lexicon import PERSON_NOUNS, SUBUNIT_WORDS
from quizgen.facts.places import is_country
from quizgen.facts.titles import is_post
from quizgen.text import apart_at, starts_of, strip_the, word_boundary
from quizgen.vocabulary import HONORIFICS, MONTHS, WEEKDAYS

#: Words before a plural that make it so many individuals, not one body ("most Cypriots").
QUANTIFIERS = r"(?:most|many|some|all|few|several|other|thousands of|millions of|hundreds of|\d[\d,]*)"


#: Nouns for one person, as a name in apposition after them reads ("his widow, Anjali,").
_KIN = "|".join(sorted(PERSON_NOUNS | {n + "s" for n in PERSON_NOUNS if n[-1] not in "sy"}))


def not_an_org(answer: str, sentence: str, ctx: ArticleContext, question: str = "") -> str | None:
    """Why `answer` cannot answer "Which organization …?", or None when it may (a country may
    answer "Which team …?": "India won the opening Test")."""
    name = answer.strip()
    if name and not re.search(r"[A-Z]", name) and re.search(r"(?i)\bwhich (?:organi[sz]ation|institution)", question):
        return "a thing named in common words, not an organization"  # "TVAC" spelled out: "thermal vacuum chamber"
    if (
        name.isupper()
        and name not in ctx.acronyms
        and re.search(rf"(?m)^{re.escape(name)}\s*[(,\u2013\u2014-]", ctx.text)
    ):
        return "a dateline's place, not an organization"  # "MELBOURNE (AFP) - The court …"
    if re.fullmatch(r"[A-Z]\. [A-Z][a-z'’-]+", name):
        return "a person's initial and surname, not an organization"  # "J. Orrin said", tagged ORG
    if is_country(name) and "which team" not in question.lower():
        return "a country, not an organization"
    if " " not in name and any(name in p.name.split()[1:] for p in ctx.people.people):
        return "a person's surname, not an organization"  # "Federer holds the record …"
    if name[:1].islower() and name in ctx.acronyms.values():
        return "a thing named by a common noun, not an organization"  # "the cold soak chamber (CSC)"
    if _tagged_a_thing(name, ctx) or _place_in_capitals(name, ctx):
        return "a product, vehicle or place, not an organization"  # a spacecraft's name, "OSLO (AFP) -"
    if _part_of_another(name, ctx.text):
        return "a part of a body named without it"  # "Dover Branch" of "the Maritime Administration's Dover Branch"
    if _torn_front(name, sentence):
        return "the last words of a longer name"  # "Zealand government" of "The New Zealand government"
    return _in_article(name, ctx.text) or ("the first words of a longer name" if _cut_short(name, sentence) else None)


def _tagged_a_thing(name: str, ctx: ArticleContext) -> bool:
    """The tagger calls the name a product (a craft, a vehicle, a device) somewhere in the article: the
    small model tags a spacecraft ORG in one sentence and PRODUCT in the next, and a body is never one."""
    return any(e.label_ == "PRODUCT" and strip_the(re.sub(r"['’]s$", "", e.text)) == name for e in ctx.ents)


def _place_in_capitals(name: str, ctx: ArticleContext) -> bool:
    """'DOVER', a dateline left in the text, is the place the article names as "Dover"."""
    return name.isupper() and len(name) > 4 and name.title() in ctx.place_names


@lru_cache(maxsize=4096)
def _part_of_another(name: str, text: str) -> bool:
    """A branch or department the article only ever names after its parent's possessive ("the Maritime
    Administration's Dover Branch"): alone it says not whose part it is."""
    if name.split()[-1].lower() not in SUBUNIT_WORDS:
        return False
    found = list(re.finditer(rf"(?<![\w-]){re.escape(name)}\b", text))
    return bool(found) and all(re.search(r"[A-Z][\w.&-]*['’]s $", text[: m.start()]) for m in found)


@lru_cache(maxsize=4096)
def _in_article(name: str, text: str) -> str | None:
    """What the whole article shows `name` to be, when not an organization (once per name: every
    question's false options ask again)."""
    if name.endswith("s") and re.search(rf"\b{QUANTIFIERS} {re.escape(name)}\b", text, re.I):
        return "a people counted, not an organization"
    if " " not in name and _named_like_a_person(name, text):
        return "a person, not an organization"
    return None


@lru_cache(maxsize=4096)
def _torn_front(name: str, sentence: str) -> bool:
    """Every time the sentence writes `name`, a capitalised word other than "The", a post or a
    possessive stands right before it inside the sentence ("The New Zealand government" read as
    "Zealand government")."""
    found = _uses(name, sentence, lambda end: _whole(sentence, end))
    if not found:
        return False
    for start, _end in found:
        before = _CAPITAL_BEFORE.search(sentence, max(0, start - _LOOK_BACK), start)
        if before is None or before.group(1) == "The" or is_post(before.group(1)):
            return False
    return True


@lru_cache(maxsize=4096)
def _cut_short(name: str, sentence: str) -> bool:
    """Every time the sentence (or the article, for a false option) writes `name`, a capitalised word
    goes on with it ("Sea Watch Now"), one that is no post ("Apple Chief Executive …"), weekday or
    month ("told Reuters Tuesday")."""
    if f"{name} " not in sentence:
        return False
    found = _uses(name, sentence, lambda end: _word_after(sentence, end))
    if not found or len(found) != len(_uses(name, sentence, lambda end: _whole(sentence, end))):
        return False
    for start, end in found:
        word = sentence[start + len(name) + 1 : end]
        if is_post(word) or word.lower() in WEEKDAYS or word.lower() in MONTHS or word.isupper():
            return False
    return True


def _uses(name: str, sentence: str, end_of: Callable[[int], int | None]) -> list[tuple[int, int]]:
    """Where `name` stands with no word or hyphen before it and `end_of` (given where the name ends)
    says where the use ends, never one inside the one before: what `re.finditer` would find, with no
    pattern compiled per name."""
    found: list[tuple[int, int]] = []
    for at in starts_of(sentence, name):
        if (found and at < found[-1][1]) or not apart_at(sentence, at - 1):
            continue
        end = end_of(at + len(name))
        if end is not None:
            found.append((at, end))
    return found


def _whole(sentence: str, at: int) -> int | None:
    """`at`, when a word ends there (the name is no part of a longer word)."""
    return at if word_boundary(sentence, at) else None


def _word_after(sentence: str, at: int) -> int | None:
    """Where the capitalised word after a space at `at` ends ("Sea Watch" + " Now"), or None."""
    if sentence[at : at + 1] != " ":
        return None
    word = _CAPITAL_WORD.match(sentence, at + 1)
    return word.end() if word else None


def _named_like_a_person(name: str, text: str) -> bool:
    """A one-word name the article writes as a person's: after a title ("Ms Okoro"), or as a full name
    introduced with where the person is from or their age ("Jo Okoro, from Leeds,", "Jo Okoro, 55,").
    Looked for where the name stands, with patterns compiled once (one per name cost more than the scan)."""
    for at in starts_of(text, f" {name}"):
        after = at + 1 + len(name)
        before = max(0, at - _LOOK_BACK)
        if word_boundary(text, after) and _AFTER_TITLE.search(text, before, at + 1):
            return True
        if text[after : after + 1] != ",":
            continue
        if _AFTER_KIN.search(text, before, at):
            return True  # "Mr Sharma's widow, Anjali, said", "A survivor, Emine, said"
        if _AFTER_WORD.search(text, before, at) and _INTRODUCED.match(text, after):
            return True
    return False


#: How far back a title or a given name may start: longer than any title, kin noun or given name.
_LOOK_BACK = 40
_AFTER_TITLE = re.compile(r"\b(?:{})\.? \Z".format("|".join(re.escape(h.rstrip(".").capitalize()) for h in HONORIFICS)))
_AFTER_KIN = re.compile(rf"\b(?:{_KIN}),\Z")
_CAPITAL_BEFORE = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+) (?=\n?\Z)")
_CAPITAL_WORD = re.compile(r"[A-Z][\w&-]*")
_AFTER_WORD = re.compile(r"\b[A-Z][a-z]+\Z")
_INTRODUCED = re.compile(r", (?:from [A-Z]|aged \d|\d{1,2},)")
