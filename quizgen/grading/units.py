"""The unit a number answer is given in: "12 cents" is not "$12", nor "six months" "six weeks".

A typed number is judged by value; when both it and the answer name a unit, the units must be
the same too (cents count as hundredths of a dollar). A typed number with no unit is judged by
value alone, as the question already says what it counts.
"""

from __future__ import annotations

import re
import unicodedata

#: Unit words and signs, each with the unit it names and how many of that unit it is worth.
_UNIT_WORDS: dict[str, tuple[str, float]] = {
    **{w: ("dollar", 1.0) for w in ("$", "dollar", "dollars", "dlr", "dlrs", "usd")},
    **{w: ("dollar", 0.01) for w in ("cent", "cents")},
    **{w: ("pound", 1.0) for w in ("£", "pound", "pounds", "stg", "sterling", "gbp")},
    **{w: ("pound", 0.01) for w in ("pence", "penny")},
    **{w: ("euro", 1.0) for w in ("€", "euro", "euros", "eur")},
    **{w: ("yen", 1.0) for w in ("¥", "yen")},
    **{w: ("percent", 1.0) for w in ("%", "percent", "pct", "per cent")},
    **{w: (w.rstrip("s"), 1.0) for w in ("seconds", "minutes", "hours", "days", "weeks", "months", "years")},
    **{w: (w, 1.0) for w in ("second", "minute", "hour", "day", "week", "month", "year", "decade", "fortnight")},
    **{w: ("decade", 1.0) for w in ("decades",)},
    **{w: ("century", 1.0) for w in ("century", "centuries")},
    **{w: ("mile", 1.0) for w in ("mile", "miles", "mi")},
    **{w: ("kilometre", 1.0) for w in ("km", "kilometre", "kilometres", "kilometer", "kilometers")},
    **{w: ("foot", 1.0) for w in ("foot", "feet", "ft")},
    **{w: ("metre", 1.0) for w in ("metre", "metres", "meter", "meters")},
    **{w: ("inch", 1.0) for w in ("inch", "inches")},
    **{w: ("tonne", 1.0) for w in ("tonne", "tonnes", "ton", "tons")},
    **{w: ("acre", 1.0) for w in ("acre", "acres")},
    **{w: ("hectare", 1.0) for w in ("hectare", "hectares")},
}
#: One-letter and everyday words ("c", "p", "in") are left out: "in 3 weeks" names no inches.
_TOKEN = re.compile(r"per cent|[$£€¥%]|[a-z]+")


def unit_of(text: str) -> tuple[str | None, float]:
    """The unit `text` names and what one of it is worth in that unit's family ("cents" → dollar,
    0.01); (None, 1.0) when it names none. "12 cents a share" names cents, not shares."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if text.startswith(("a$", "us$", "s$", "c$", "hk$")):
        text = text[text.index("$") :]  # "A$3 billion": dollars of some country; the question says which
    found = [w for w in _TOKEN.findall(text) if w in _UNIT_WORDS]
    if not found:
        return None, 1.0
    units = {_UNIT_WORDS[w][0] for w in found}
    if len(units) > 1:
        return "mixed", 1.0  # "$1 and 20 cents": no one unit to compare
    return _UNIT_WORDS[found[-1]]


def same_unit(typed: str, answer: str) -> tuple[bool, float, float]:
    """Whether a typed number's unit can be the answer's, and the factor each value is scaled by
    (so "$0.12" and "12 cents" compare as 0.12 and 12 × 0.01)."""
    mine, my_factor = unit_of(typed)
    theirs, their_factor = unit_of(answer)
    if mine is None or theirs is None:
        return True, 1.0, 1.0
    if mine != theirs or "mixed" in (mine, theirs):
        return False, 1.0, 1.0
    return True, my_factor, their_factor
