"""Values a learner may write many ways: numbers ("1,200", "twelve hundred") and dates.

They are compared as values, never as text, because 1990 and 1991 are one typo apart. dateparser
is imported on first use: it takes ~0.5 s to warm up (`warm_up` does that from a worker thread).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from quizgen.vocabulary import MONTHS, NUMBER_WORDS, TENS

# --- numbers -----------------------------------------------------------------------------------

_UNITS = {word: value for value, word in enumerate(NUMBER_WORDS[:20])}
_TENS = TENS
_SCALES = {
    "thousand": 10**3, "k": 10**3,
    "million": 10**6, "m": 10**6, "mn": 10**6, "mln": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "bln": 10**9,
    "trillion": 10**12, "tn": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,  # Indian English ("Rs 450 crore")
}  # fmt: skip
_HEDGES = frozenset(
    "about around approximately almost nearly some roughly over more than less fewer under "
    "just only exactly per cent percent usd us dollars dollar euros euro pounds rs rs. inr rupees".split()
)
#: "up to 5": a hedge of two words ("to" alone joins a range: "two to three" is no one number).
_UP_TO = re.compile(r"\bup to\b")
#: Fractions: "two-thirds" is not 2, so these never pass for a unit word after a number.
_ORDINALS = (
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth thirtieth fortieth fiftieth hundredth thousandth"
).split()
_FRACTIONS = frozenset(["half", "halves", "quarter", "quarters", *_ORDINALS, *(w + "s" for w in _ORDINALS)])
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")


@lru_cache(maxsize=8192)  # writing questions reads each of an article's figures many times over
def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words: "1,200", "1.2k", "twelve hundred".

    Currency signs, percent signs, hedges ("about", "more than") and trailing unit words
    ("workers") are ignored; anything else that is not part of the number means "not a number".
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _UP_TO.sub(" ", re.sub(r"[$€£¥₹%]", " ", text).replace("-", " "))
    text = re.sub(r"(?<=\d)(k|m|mn|bn|b|tn)\b", r" \1", text)
    tokens = [t.strip(".,;:!?()") for t in text.split()]
    tokens = [t for t in tokens if t and t not in _HEDGES and t != "and"]
    if any(t in _FRACTIONS for t in tokens):
        return None
    while (
        tokens
        and tokens[-1].isalpha()
        and tokens[-1] not in _UNITS
        and tokens[-1] not in _TENS
        and tokens[-1] not in _SCALES
        and tokens[-1] != "hundred"
    ):
        tokens.pop()  # "1,200 workers"
    if not tokens:
        return None
    if _NUMBER.match(tokens[0]):
        value = float(tokens[0].replace(",", ""))
        for token in tokens[1:]:
            if token not in _SCALES:
                return None
            value *= _SCALES[token]
        return value
    return _words_to_number(tokens)


def _words_to_number(tokens: Sequence[str]) -> float | None:
    """The value of number words in the order English writes them ("three hundred and twenty-one");
    None for words that are no one number ("two three", "ten twenty")."""
    total, current = 0, 0
    last = ""  # the kind of the word before: "unit" (0-19), "tens", "hundred" or "scale"
    for token in tokens:
        if token in _UNITS and last not in ("unit",) and not (last == "tens" and _UNITS[token] >= 10):
            current, last = current + _UNITS[token], "unit"
        elif token in _TENS and last not in ("unit", "tens"):
            current, last = current + _TENS[token], "tens"
        elif token == "hundred" and last in ("", "unit", "a") and current < 100:
            current, last = max(current, 1) * 100, "hundred"
        elif token in _SCALES and len(token) > 2 and last not in ("scale",):  # "k"/"bn" only after digits
            total, current, last = total + max(current, 1) * _SCALES[token], 0, "scale"
        elif token == "a" and not last:
            last = "a"  # "a hundred": the scale word supplies the 1
        else:
            return None
    return float(total + current) if last not in ("", "a") else None


def same_number(a: float, b: float) -> bool:
    """Equal values, allowing for float rounding ("2.1bn" is 2.1e9)."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


# --- dates -------------------------------------------------------------------------------------

_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_HAS_MONTH = re.compile(rf"\b({_MONTHS})\b\.?", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\b(1[0-9]|20)\d{2}\b")
_ISO = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\s*$")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\s*$")
_YEAR_ONLY = re.compile(r"^\s*(?:in\s+)?((?:1[0-9]|20)\d{2})\s*$", re.IGNORECASE)

_parser_lock = threading.Lock()
_parser: Any = None


@dataclass(frozen=True)
class DateValue:
    """A calendar date at the precision it was written: year, month or day."""

    year: int | None
    month: int | None
    day: int | None

    def matches(self, other: DateValue) -> bool:
        """Equal on every part both sides state ("May 12" matches "12 May 2024")."""
        parts = zip((self.year, self.month, self.day), (other.year, other.month, other.day), strict=True)
        compared = [(a, b) for a, b in parts if a is not None and b is not None]
        # Both must name the same precision of month/day: "May 2024" is not "12 May 2024".
        if (self.day is None) != (other.day is None) or (self.month is None) != (other.month is None):
            return False
        return bool(compared) and all(a == b for a, b in compared)

    def contradicts(self, other: DateValue) -> bool:
        """A part both sides state differs: "May 30, 2021" contradicts "May 30, 2020" (and "May 30")."""
        parts = zip((self.year, self.month, self.day), (other.year, other.month, other.day), strict=True)
        return any(a is not None and b is not None and a != b for a, b in parts)


def _date_parser() -> Any:
    global _parser
    if _parser is None:
        from dateparser.date import DateDataParser  # deferred: ~0.2 s import, ~0.3 s first parse

        _parser = DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past"})
    return _parser


def parse_date_value(text: str) -> DateValue | None:
    """The date a learner or an answer wrote, if it is an absolute date.

    Only text with a month name, an ISO date, a d/m/y date or a bare year counts: weekday names
    and "yesterday" depend on when the article was written, so they are left to aliases.
    """
    match = _YEAR_ONLY.match(text)
    if match:
        return DateValue(int(match.group(1)), None, None)
    numeric = _NUMERIC.match(text)
    if not (_HAS_MONTH.search(text) or _ISO.match(text) or numeric):
        return None
    with _parser_lock:
        data = _date_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    date: dt.datetime = data.date_obj
    has_year = bool(_HAS_YEAR.search(text)) or bool(numeric)
    year = date.year if has_year else None
    if data.period == "year":
        return DateValue(year, None, None)
    if data.period == "month":
        return DateValue(year, date.month, None)
    return DateValue(year, date.month, date.day)


def date_readings(text: str) -> list[DateValue]:
    """Every reading of `text`: both day/month orders for an ambiguous "05/12/2024"."""
    first = parse_date_value(text)
    if first is None:
        return []
    readings = [first]
    numeric = _NUMERIC.match(text)
    if numeric and first.day is not None and first.month is not None and first.day <= 12:
        readings.append(DateValue(first.year, first.day, first.month))
    return readings


def has_digits(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def looks_like_date(text: str) -> bool:
    """An ISO date, or a month name with digits ("May Chen" is a name, not a date)."""
    if _ISO.match(text):
        return True
    return bool(_HAS_MONTH.search(text) and has_digits(text)) and parse_date_value(text) is not None


def looks_like_number(text: str) -> bool:
    """Digits that read as one number ("Ten Downing" is a name, not 10; "Apollo 11" is no number)."""
    return has_digits(text) and parse_number(text) is not None


def warm_up() -> None:
    """Load the date parser now (call from a worker thread) so the first typed date is instant."""
    parse_date_value("12 May 2024")
