"""One home for comparing text: folding case and accents, dropping a leading "the" or a title.

The grader, the question checks and the extractors all ask "is this the same name?"; they
answer it with these helpers so that "The Harbour Authority" and "harbour authority" agree
everywhere. Plain Python and rapidfuzz's `default_process`, nothing heavier.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from functools import lru_cache

from quizgen.vocabulary import HONORIFICS

#: Words dropped from the front of an answer before comparing.
ARTICLES = frozenset({"the", "a", "an"})
_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: A run of letters: "U.S." has two, each giving an initial.
_LETTERS = re.compile(r"[A-Za-z]+")
#: "World Health Organization (WHO)", also cut short as "World Health Organization (WHO".
_NAME_AND_ACRONYM = re.compile(r"^(?P<name>[^()]*\S)\s*\((?P<short>[^()\s]{2,12})\)?\s*$")


def strip_the(text: str) -> str:
    """ "The Harbour Authority" → "Harbour Authority" (only a leading "the", any case)."""
    return _THE.sub("", text.strip())


def fold(text: str) -> str:
    """Casefolded and accent-free, so "Béatrice" and "beatrice" compare equal."""
    if text.isascii():
        return text.lower()  # the same for ASCII (no accents, nothing to normalise), without a pass per letter
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def normalize(text: str, *, titles: Collection[str] = HONORIFICS) -> str:
    """Casefolded, accent-free words separated by single spaces, without a leading article or title.

    Args:
        text: Any answer, typed or stored.
        titles: Words dropped from the front (at least one word is always kept); the default
            drops only honorifics ("Dr", "Ms"), the grader passes a longer list for people.

    >>> normalize("  The  Harbor-Transit Authority's ")
    'harbor transit authority'
    """
    text = fold(text)
    text = re.sub(r"['’]s\b", "", text)  # possessive: "Okafor's" -> "Okafor"
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # "1,200" -> "1200", one token
    text = re.sub(r"(?<=\d)\.(?=\d)", "p", text)  # "2.1" stays distinct from "21"
    from rapidfuzz.utils import default_process  # on first use: rapidfuzz takes ~25 ms to import

    words = default_process(text).split()
    while len(words) > 1 and (words[0] in ARTICLES or words[0] in titles):
        words = words[1:]
    return " ".join(words)


_QUOTE_MARKS = re.compile(r"[\u2018\u2019`]")
_POSSESSIVE = re.compile(r"'s\b")
_PUNCTUATION = re.compile(r"[^\w\s%$£€&]")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the ")


@lru_cache(maxsize=4096)
def normal(text: str) -> str:
    """A loose key for "is this the same wording?": lowercase, no possessive "'s", punctuation
    as spaces (but %, $, £, €, & kept), no leading "the". Used to find duplicate questions and
    answers leaking into their question.

    >>> normal("The Harbour Board's")
    'harbour board'
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = _QUOTE_MARKS.sub("'", text)
    text = _POSSESSIVE.sub("", text)
    text = _PUNCTUATION.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


def squeeze(text: str) -> str:
    """Casefolded with runs of white space as one space: the same snippet, however it was wrapped."""
    return " ".join(text.casefold().split())


def name_and_acronym(text: str) -> tuple[str, str] | None:
    """ "World Health Organization (WHO)" → ("World Health Organization", "WHO"); else None.

    A closing bracket lost by the entity recogniser ("… (WHO") is tolerated: the parts are the same.
    """
    if "(" not in text:
        return None  # no bracket (most answers): the pattern needs one
    match = _NAME_AND_ACRONYM.match(text.strip())
    if match is None or not any(ch.isupper() for ch in match["short"]):
        return None
    return match["name"], match["short"]


def initials(name: str) -> str:
    """The first letters of a name's capitalised words, as a body's short form spells them:
    "World Health Organisation" → "WHO", "U.S. Board of Fisheries" → "USBF" (lower-case "of" is left out).

    >>> initials("the Nordic Trade Council")
    'NTC'
    """
    return "".join(part[0] for word in name.split() if word[:1].isupper() for part in _LETTERS.findall(word)).upper()


def balanced(text: str) -> str:
    """The text with an unclosed trailing bracket closed: "World Health Organization (WHO" gains its ")"."""
    text = text.strip()
    if text.count("(") == text.count(")") + 1 and name_and_acronym(text):
        return text + ")"
    return text


def whole_words(text: str, forms: Sequence[str]) -> list[int]:
    """Where one of `forms` stands as whole words in `text`: the start offsets that
    `re.finditer(r"\\b(?:form|form…)\\b", text)` finds with the forms escaped, in that order of
    preference, found with `str.find` (a pattern compiled for every name cost more than the scan).
    """
    if not forms or not all(forms):
        pattern = "|".join(re.escape(f) for f in forms)
        return [m.start() for m in re.finditer(rf"\b(?:{pattern})\b", text)]
    starts: set[int] = set()
    for form in set(forms):
        at = text.find(form)
        while at != -1:
            starts.add(at)
            at = text.find(form, at + 1)
    found: list[int] = []
    end = 0
    for at in sorted(starts):
        if at < end or not word_boundary(text, at):
            continue
        matched = next((f for f in forms if text.startswith(f, at) and word_boundary(text, at + len(f))), None)
        if matched is not None:
            found.append(at)
            end = at + len(matched)
    return found


def word_boundary(text: str, at: int) -> bool:
    """What `\\b` means at `at`: a word character on one side only."""
    return word_char_at(text, at - 1) != word_char_at(text, at)


def word_char_at(text: str, at: int) -> bool:
    """Is there a character at `at` that the pattern `\\w` matches (a letter, a digit or "_")?"""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def starts_of(text: str, needle: str) -> list[int]:
    """Every offset where `needle` starts in `text`, overlapping ones too (what a search tries)."""
    found = []
    at = text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def stands_apart(text: str, needle: str) -> bool:
    """Is `needle` in `text` with no word character or hyphen touching either end, as
    `re.search(rf"(?<![\\w-]){re.escape(needle)}(?![\\w-])", text)` finds it? Found with `str.find`:
    a pattern compiled for every name of every article cost more than the scan."""
    return any(apart_at(text, at - 1) and apart_at(text, at + len(needle)) for at in starts_of(text, needle))


def apart_at(text: str, at: int) -> bool:
    """Is there no word character and no hyphen at `at` (what `(?<![\\w-])` and `(?![\\w-])` ask)?"""
    return not word_char_at(text, at) and text[at : at + 1] != "-"


def named_mid_sentence(name: str, text: str) -> bool:
    """Does the article write `name` capitalized somewhere a sentence does not start?"""
    return any(
        (word_char_at(text, at - 1) or text[at - 1 : at] in (",", ";", ":")) and apart_at(text, at + 1 + len(name))
        for at in starts_of(text, " " + name)
    )  # `re.search(rf"[\w,;:] {re.escape(name)}(?![\w-])", text)`, without compiling a pattern per name


def written_mid_sentence(word: str, text: str) -> bool:
    """Is `word` written after a lower-case word or a comma somewhere in `text` (no sentence's first
    word there)? As `re.search(rf"[a-z,] {re.escape(word)}\\b", text)` finds it, without compiling
    a pattern per word."""
    return any(
        ("a" <= text[at - 1 : at] <= "z" or text[at - 1 : at] == ",") and word_boundary(text, at + 1 + len(word))
        for at in starts_of(text, f" {word}")
        if at
    )
