"""A given name written in the text is whose it says: "Mairead McGuinness" is not "John McGuinness".

Questions name a person by the full name the article gave first; a surname shared by two people
must not turn the second into the first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.honorifics import is_honorific
from quizgen.facts.lexicon import ABBREVIATIONS
from quizgen.facts.titles import GIVEN_NAME_RANKS, GIVEN_NAME_TITLES, is_post
from quizgen.vocabulary import HONORIFICS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token


def other_given_name(head: Token, tokens: list[Token], name: str) -> bool:
    """The subject `tokens` write a given name before the surname `head` that is not the one in
    `name` (a post, "Ms" or "Dr" before it is no given name)."""
    words = name.split()
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is None or before not in tokens or before.pos_ != "PROPN" or not before.text[:1].isupper():
        return False
    if head.text not in words or words.index(head.text) == 0 or before.text in words:
        return False
    title = before.lower_.rstrip(".") in ABBREVIATIONS or is_post(before.text) or is_honorific(before)
    return not title


#: A capitalised word right after a given name: it opens a full name ("Ann Ruiz"), not the name alone.
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]")


def alone_count(text: str, given: str) -> int:
    """How often `given` stands alone in `text` ("Ann said"): "Ann Lind" and "Ann Ruiz" do not count,
    so another person's given name never becomes an accepted answer for this one."""
    from quizgen.text import whole_words

    return sum(1 for i in whole_words(text, [given]) if not _NAME_GOES_ON.match(text, i + len(given)))


def title_is_given_name(titles: list[Token], other_posts: bool) -> bool:
    """ "Dean Holloway, the union's national officer": a lone title word that is also a given name
    ("Dean", "Prince", "Judge") before a person the article gives another post is no post of theirs."""
    if len(titles) != 1:
        return False
    word = titles[0].lower_
    if word in GIVEN_NAME_TITLES and not _held_as_post(word, titles[0].doc.text):
        return True  # "Police arrested Dean Collier": a dean is never named as one without "dean of …"
    return other_posts and word in GIVEN_NAME_TITLES | GIVEN_NAME_RANKS


def _held_as_post(word: str, text: str) -> bool:
    """Does the article write `word` as a post anywhere: lower case ("the dean said") or "Dean of …"?"""
    return re.search(rf"\b{word}\b|\b{word.capitalize()} of\b", text) is not None


def past_a_nickname(name: str, text: str, end: int) -> str:
    """`name` (ending at `end` in `text`) with the surname written after a nickname in quote marks
    ('Juan Miguel “Migz” Zubiri'): NER ends the name at the quote, which would teach "Juan Miguel"."""
    nicknamed = _NICKNAME_THEN_SURNAME.match(text, end)
    return f"{name} {nicknamed.group(1)}" if nicknamed else name


_NICKNAME_THEN_SURNAME = re.compile(r"\s+[\"\u201c\u2018'][A-Z][\w.-]*[\"\u201d\u2019']\s+([A-Z][\w'\u2019-]+)\b")


#: Ranks and forms of address set between a post and a name: "Army chief General X", "ex-Vatican treasurer
#: Cardinal X", "party leader Dr X" (the honorifics, and the military and court ranks written the same way).
RANKS_BEFORE_NAMES = HONORIFICS | {"general", "colonel", "admiral", "brigadier", "marshal", "father", "judge", "sheikh"}


def rank_apart(title: tuple[list[Token], str | None, str]) -> tuple[list[Token], str | None, str]:
    """ "Army chief General Asim Munir": a rank or form of address after a lower-case post is no part of
    that post ("Army chief General" would be a garbled answer), so the post is what comes before it."""
    words, org, prep = title
    last = words[-1] if words else None
    before = words[:-1]
    if last is None or not last.is_title or last.lower_.rstrip(".") not in RANKS_BEFORE_NAMES:
        return title
    if not any(t.text.islower() and is_post(t.text) for t in before):
        return title
    return before, org, prep
