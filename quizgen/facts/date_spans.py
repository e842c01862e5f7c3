"""Spans of months: "from November 2017 to March 2018", "between March and July".

A span is one answer (naming either end is right); a span without years is placed only in a
past clause of a dated story (the months up to the story's own), never guessed for what is to come.
"""

from __future__ import annotations

import datetime as dt
import re

from quizgen.facts.relative import Reading
from quizgen.vocabulary import MONTH_NAMES, MONTHS

_MONTH = r"(?P<m{n}>[a-z]+)\.?(?: (?P<y{n}>\d{{4}}))?"
_SPAN = re.compile(
    r"^(?:(?P<lead>from|between) )?"
    + _MONTH.format(n=1)
    + r" (?P<sep>to|until|through|and|-|\u2013) "
    + _MONTH.format(n=2)
    + "$"
)


def month_span(surface: str, published: dt.date | None, future: bool | None) -> Reading | None:
    """The span of months `surface` names, or None (not such a span, or no year can be placed)."""
    m = _SPAN.match(re.sub(r"\s*([\u2013-])\s*", r" \1 ", re.sub(r"\s+", " ", surface.strip().lower())))
    if m is None or m["m1"] not in MONTHS or m["m2"] not in MONTHS or (m["sep"] == "and") != (m["lead"] == "between"):
        return None  # ("March and July": two months, no span; only "between" makes one)
    first, last = MONTHS[m["m1"]], MONTHS[m["m2"]]
    y1, y2 = (int(y) if y else None for y in (m["y1"], m["y2"]))
    if y2 is not None and y1 is None and first <= last:
        y1 = y2  # "from May to July 2020"
    if y1 is None and y2 is None:
        return _yearless(first, last, published, future)
    if y1 is None or y2 is None or (y1, first) >= (y2, last):
        return None
    start, end = f"{MONTH_NAMES[first - 1].title()} {y1}", f"{MONTH_NAMES[last - 1].title()} {y2}"
    return f"{y1}-{first:02d}/{y2}-{last:02d}", f"{start}\u2013{end}", [start, end, f"{start} to {end}"], "range"


def _yearless(first: int, last: int, published: dt.date | None, future: bool | None) -> Reading | None:
    """ "between March and July" in a past clause: the latest such months before the story's day."""
    if first >= last:
        return None  # ("between November and February" crosses a year: which one, the words do not say)
    start, end = MONTH_NAMES[first - 1].title(), MONTH_NAMES[last - 1].title()
    words = [start, end, f"{start} to {end}"]
    if published is None:
        return f"XXXX-{first:02d}/XXXX-{last:02d}", f"{start}\u2013{end}", words, "no-year"
    if future is not False:
        return None
    year = published.year if last <= published.month else published.year - 1
    iso = f"{year}-{first:02d}/{year}-{last:02d}"
    return iso, f"{start}\u2013{end} {year}", [*words, f"{start} {year}"], "range"
