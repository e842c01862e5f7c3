"""Number options that must read and reason like the answer: "three years", not "three year", and
never a figure the question's own words rule out ("rise 53 percent from $2.24 billion" cannot end
at $1.71 billion)."""

from __future__ import annotations

import re
from collections.abc import Callable

from quizgen.grading.values import parse_number

#: Units whose noun takes the number's plural ("one year" → "three years").
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
_UP = re.compile(r"\b(rise|rose|risen|rising|grow|grew|grown|climb|jump|increase|gain)\w*\b", re.I)
_DOWN = re.compile(r"\b(fall|fell|fallen|drop|decline|decrease|slide|slid|sink|sank|shrink|shrank)\w*\b", re.I)
_FROM = re.compile(r"\bfrom (\S+(?: (?:million|billion|trillion))?)", re.I)
_TO = re.compile(r"\bto (\S*\d\S*(?: (?:million|billion|trillion))?)", re.I)


def in_number(text: str, value: float) -> str:
    """'three year' → 'three years' when the figure is not one; 'one years' → 'one year'."""
    units = "|".join(TIME_UNITS)
    if value == 1:
        return re.sub(rf"\b({units})s\b", r"\1", text, count=1)
    return re.sub(rf"(?<!per )(?<!\ba )\b({units})\b(?!s)", r"\1s", text, count=1)  # not "barrels per days"


def ruled_out(question: str, value: float, same_unit: Callable[[str], bool]) -> bool:
    """Whether the question says the figure rose (fell) from a base, in the answer's unit
    (`same_unit`), that `value` is not above (below), or to an end it is not below (above)."""
    up, down = _UP.search(question), _DOWN.search(question)
    if bool(up) == bool(down):
        return False
    for pattern, after_base in ((_FROM, True), (_TO, False)):
        found = pattern.search(question)
        if found is None or not same_unit(found.group(1).rstrip(".,?")):
            continue
        bound = parse_number(found.group(1).rstrip(".,?"))
        if bound is None or bound <= 0:
            continue
        if (value <= bound) if (up is not None) == after_base else (value >= bound):
            return True
    return False
