"""The unit a number answer is given in: "12 cents" is not "$12", nor "six months" "six weeks".

A typed number is judged by value; when it names a unit, the answer must name the same one
(cents count as hundredths of a dollar), or the question must ask for it ("How many miles …").
A typed number with no unit is judged by value alone, as the question already says what it
counts. A rate ("a year", "per share") is not a second unit; two rates must agree.
"""

from __future__ import annotations

import re
import unicodedata

from quizgen.facts.measures import CURRENCY_WORDS
from quizgen.vocabulary import LENGTH_UNITS, TIME_UNITS

#: "pounds" alone may be money or weight; `_resolve` decides which.
_POUND = "pound?"
#: Words that make "pounds" money: "£2,000" or "2,000 pounds sterling" (see `_resolve`).
_STERLING = "sterling"
#: Unit words and signs, each with the unit it names and how many of that unit it is worth.
_UNIT_WORDS: dict[str, tuple[str, float]] = {
    # Currencies the fact extractor reads ("yuan", "francs"): each its own unit, singular or plural.
    **{w: (w.removesuffix("s"), 1.0) for w in CURRENCY_WORDS},
    **{w.removesuffix("s"): (w.removesuffix("s"), 1.0) for w in CURRENCY_WORDS},
    **{w: ("lira", 1.0) for w in ("lira", "lire")},
    **{w: ("dollar", 1.0) for w in ("$", "dollar", "dollars", "dlr", "dlrs", "usd")},
    **{w: ("dollar", 0.01) for w in ("cent", "cents")},
    **{w: (_POUND, 1.0) for w in ("pound", "pounds")},
    **{w: (_STERLING, 1.0) for w in ("£", "stg", "sterling", "gbp")},
    **{w: (_STERLING, 0.01) for w in ("pence", "penny")},
    **{w: ("pound weight", 1.0) for w in ("lb", "lbs")},
    **{w: ("euro", 1.0) for w in ("€", "euro", "euros", "eur")},
    **{w: ("yen", 1.0) for w in ("¥", "yen")},
    **{w: ("rupee", 1.0) for w in ("₹", "rs", "inr", "rupee", "rupees")},
    **{w: ("percent", 1.0) for w in ("%", "percent", "pct", "per cent")},
    **{w: ("percentage point", 1.0) for w in ("percentage point", "percentage points", "point", "points")},
    **{w: ("percentage point", 0.01) for w in ("basis point", "basis points", "bps")},
    **{w: (unit, 1.0) for unit in (*TIME_UNITS, "second", "fortnight") for w in (unit, unit + "s")},
    **{w: ("century", 1.0) for w in ("century", "centuries")},
    **{w: (unit, 1.0) for unit, short in (("year", "yr"), ("hour", "hr")) for w in (short, short + "s")},
    # Lengths, British and American spellings alike ("metres" is "meters").
    **{w: (unit.replace("meter", "metre"), 1.0) for unit, plural in LENGTH_UNITS.items() for w in (unit, plural)},
    **{w: (unit, 1.0) for w, unit in (("km", "kilometre"), ("mi", "mile"), ("ft", "foot"), ("cm", "centimetre"))},
    **{w: ("yard", 1.0) for w in ("yd", "yds")},
    **{w: ("tonne", 1.0) for w in ("tonne", "tonnes", "ton", "tons")},
    **{w: ("kilogram", 1.0) for w in ("kg", "kilogram", "kilograms", "kilo", "kilos")},
    **{w: ("ounce", 1.0) for w in ("oz", "ounce", "ounces")},
    **{w: ("barrel", 1.0) for w in ("barrel", "barrels")},
    **{w: ("acre", 1.0) for w in ("acre", "acres")},
    **{w: ("hectare", 1.0) for w in ("hectare", "hectares")},
}
#: One-letter and everyday words ("c", "p", "in") are left out: "in 3 weeks" names no inches.
_TOKEN = re.compile(r"percentage points?|basis points?|per cent|[$£€¥₹%]|[a-z]+")
#: "square miles" and "cubic metres" are units of their own.
_POWERS = {"square": "square", "sq": "square", "cubic": "cubic", "cu": "cubic"}
_LENGTH_FAMILIES = {_UNIT_WORDS[w][0] for w in ("mile", "foot", "metre", "km", "inch", "yard", "cm")}
#: A rate: what the amount is for ("a year", "per share", "$20/hour"), never the amount's own unit.
_RATE = re.compile(r"(?:\b(?:a|an|per|each|every)\s+|/\s*)(?!cent\b)([a-z]+)")
#: What "a" or "an" may make a rate of besides a unit ("12 cents a share"); "per" and "/" take any word.
_RATE_NOUNS = {"share", "head", "person", "capita"}
#: Rates said in one word, and units that carry their own rate.
_RATE_WORDS = {
    "annually": "year", "yearly": "year", "annum": "year", "monthly": "month", "weekly": "week",
    "daily": "day", "hourly": "hour",
}  # fmt: skip
_RATED_UNITS = {"bpd": ("barrel", "day"), "mph": ("mile", "hour")}
#: How many: the unit a question counts in ("How many square miles …").
_HOW_MANY = re.compile(r"\bhow many\s+((?:square|sq|cubic)\s+)?([a-z]+)")


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.startswith(("a$", "us$", "s$", "c$", "hk$")):
        text = text[text.index("$") :]  # "A$3 billion": dollars of some country; the question says which
    return text


def _rate(text: str) -> tuple[str, str | None]:
    """`text` without its rate, and the rate: "year" for "$5 million a year" or "annually",
    "share" for "12 cents per share", "day" for "bpd" (whose barrels stay in the text)."""
    rates = [m for m in _RATE.finditer(text) if m.group(0)[0] in "p/"] + [
        m for m in _RATE.finditer(text) if m.group(1) in _UNIT_WORDS or m.group(1) in _RATE_NOUNS
    ]
    rate = None
    if rates:
        match, word = rates[0], rates[0].group(1)
        rate = _RATE_WORDS.get(word) or (_UNIT_WORDS[word][0] if word in _UNIT_WORDS else word)
        text = text[: match.start()] + " " + text[match.end() :]
    for word, unit in _RATE_WORDS.items():
        if re.search(rf"\b{word}\b", text):
            rate, text = rate or unit, re.sub(rf"\b{word}\b", " ", text)
    for word, (unit, per) in _RATED_UNITS.items():
        if re.search(rf"\b{word}\b", text):
            rate, text = rate or per, re.sub(rf"\b{word}\b", unit, text)
    return text, rate


def _found(text: str) -> list[tuple[str, float]]:
    """Each unit `text` names, in order, with "square"/"cubic" joined to the length after it."""
    tokens = _TOKEN.findall(text)
    found = []
    for i, word in enumerate(tokens):
        if word not in _UNIT_WORDS:
            continue
        unit, factor = _UNIT_WORDS[word]
        if unit in _LENGTH_FAMILIES and i and tokens[i - 1] in _POWERS:
            unit = f"{_POWERS[tokens[i - 1]]} {unit}"
        found.append((unit, factor))
    return found


def _resolve(units: set[str]) -> set[str]:
    """Read "pounds" beside "£", "sterling" or "pence" as money, beside "lb" as weight."""
    if _POUND in units and _STERLING in units:
        return units - {_POUND}
    if _POUND in units and "pound weight" in units:
        return units - {_POUND}
    return units


def unit_of(text: str) -> tuple[str | None, float]:
    """The unit `text` names and what one of it is worth in that unit's family ("cents" → dollar,
    0.01); (None, 1.0) when it names none. "12 cents a share" names cents, not shares."""
    found = _found(_rate(_clean(text))[0])
    if not found:
        return None, 1.0
    units = _resolve({unit for unit, _ in found})
    if len(units) > 1:
        return "mixed", 1.0  # "$1 and 20 cents": no one unit to compare
    unit = units.pop()
    return unit, next(factor for u, factor in reversed(found) if u in (unit, _POUND))


def rate_of(text: str) -> str | None:
    """What an amount is for: "year" for "$5 million a year", "share" for "12 cents a share"."""
    return _rate(_clean(text))[1]


def asked_unit(question: str) -> str | None:
    """The unit a "How many …" question counts in, if it is a unit: "miles" in "How many miles"."""
    match = _HOW_MANY.search(_clean(question))
    if match is None or match.group(2) not in _UNIT_WORDS:
        return None
    unit = _UNIT_WORDS[match.group(2)][0]
    return f"{_POWERS[match.group(1).split()[0]]} {unit}" if match.group(1) and unit in _LENGTH_FAMILIES else unit


def _fits(mine: str, theirs: str) -> bool:
    """Whether a typed unit can be the answer's: a typed "pounds" may be sterling or weight; an
    answer's "pounds" is money only beside "£", "sterling" or "stg", so weight otherwise."""
    theirs = "pound weight" if theirs == _POUND else theirs
    return mine == theirs or (mine == _POUND and theirs in (_STERLING, "pound weight"))


def same_unit(typed: str, answer: str, question: str = "") -> tuple[bool, float, float]:
    """Whether a typed number's unit can be the answer's, and the factor each value is scaled by
    (so "$0.12" and "12 cents" compare as 0.12 and 12 × 0.01)."""
    mine, my_factor = unit_of(typed)
    theirs, their_factor = unit_of(answer)
    my_rate, their_rate = rate_of(typed), rate_of(answer)
    if my_rate and their_rate and my_rate != their_rate:
        return False, 1.0, 1.0  # "$5 million a month" for "$5 million a year"
    if mine is None:
        return True, 1.0, 1.0
    if theirs is None:
        # "$5 million" for "5 million yuan": only a unit the question asks for ("How many miles")
        asked = asked_unit(question)
        return (asked is not None and _fits(mine, asked)), my_factor, 1.0
    if "mixed" in (mine, theirs) or not _fits(mine, theirs):
        return False, 1.0, 1.0
    return True, my_factor, their_factor
