"""Spans of months: "from November 2017 to March 2018", "between March and July".

A span is one answer (naming either end is right); a span without years is placed only in a
past clause of a dated story (the months up to the story's own), never guessed for what is to come.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from quizgen.facts.relative import Reading
from quizgen.vocabulary import MONTH_NAMES, MONTHS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span

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


_D = r"(?P<d{n}>\d{{1,2}})(?:st|nd|rd|th)?"
_M = r"(?P<m{n}>[a-z]+)\.?"
_TIL = r" (?P<sep>to|until|till|through|and|-) "
_YEAR = r"(?:,? (?P<y>\d{4}))?$"
#: "6 January to 28 February", "between 3 and 9 April" (the day first) and "between March 3 and 7",
#: "from March 3 to April 7" (the month first): days, the first month left out when it is the second's.
_DAY_SPANS = (
    re.compile(
        r"^(?:(?P<lead>from|between) )?"
        + _D.format(n=1)
        + f"(?: {_M.format(n=1)})?"
        + _TIL
        + _D.format(n=2)
        + " "
        + _M.format(n=2)
        + _YEAR
    ),
    re.compile(
        r"^(?:(?P<lead>from|between) )?"
        + _M.format(n=1)
        + " "
        + _D.format(n=1)
        + _TIL
        + f"(?:{_M.format(n=2)} )?"
        + _D.format(n=2)
        + _YEAR
    ),
)


def day_span(surface: str, published: dt.date | None, future: bool | None) -> Reading | None:
    """The span of days `surface` names ("ran from 6 January to 28 February"), or None. Without a
    written year it takes the year the clause's tense points to, as a lone day does; a span whose
    year the story cannot give is answered without one."""
    low = re.sub(r"\s*([\u2013-])\s*", " - ", re.sub(r"\s+", " ", surface.strip().lower()))
    m = next((m for p in _DAY_SPANS if (m := p.match(low)) is not None), None)
    if m is None or (m["sep"] == "and") != (m["lead"] == "between"):
        return None  # ("3 and 9 April": two days; only "between" makes a span)
    m1, m2 = m["m1"] or m["m2"], m["m2"] or m["m1"]
    if m1 not in MONTHS or m2 not in MONTHS:
        return None
    try:
        start, end = dt.date(2000, MONTHS[m1], int(m["d1"])), dt.date(2000, MONTHS[m2], int(m["d2"]))
    except ValueError:
        return None
    if end <= start:
        return None  # ("from 20 December to 5 January" crosses a year: which one, the words may not say)
    words = [_day_words(start, None), _day_words(end, None)]
    if m["y"] is None and published is None:
        iso = f"XXXX-{start:%m-%d}/XXXX-{end:%m-%d}"
        return iso, _joined(start, end, None), [*words, surface.strip()], "no-year"
    year = int(m["y"]) if m["y"] else _year_for(start, end, published, future)
    if year is None:
        return None
    start, end = start.replace(year=year), end.replace(year=year)
    answer = _joined(start, end, year)
    return f"{start}/{end}", answer, [start.isoformat(), _day_words(start, year), surface.strip()], "range"


def _year_for(start: dt.date, end: dt.date, published: dt.date | None, future: bool | None) -> int | None:
    """The year of a span written without one: the story's; the one after for what is to come and
    has wholly passed this year; the one before for what is past and starts after the story ("will
    run from March 1 to April 30" in a story of March 5 is running now: this year's)."""
    if published is None:
        return None
    try:
        first, last = start.replace(year=published.year), end.replace(year=published.year)
    except ValueError:
        return None  # (29 February)
    if future is True and last < published:
        return published.year + 1
    if future is False and first > published:
        return published.year - 1
    return published.year


def _day_words(day: dt.date, year: int | None) -> str:
    return f"{day:%B} {day.day}" + (f", {year}" if year else "")


def _joined(start: dt.date, end: dt.date, year: int | None) -> str:
    """ "March 3\u20137, 2024", "January 6\u2013February 28, 2024"."""
    tail = f"{end.day}" if start.month == end.month else f"{end:%B} {end.day}"
    return f"{start:%B} {start.day}\u2013{tail}" + (f", {year}" if year else "")


def with_between(ent: Span) -> str:
    """The date's words, with the "between" the parser left outside ("between [November 3 and 7]"):
    without it, "November 3 and 7" are two days, not a span."""
    doc, text = ent.doc, ent.text.strip()
    if ent.start > 0 and doc[ent.start - 1].lower_ == "between" and " and " in text:
        return f"between {text}"
    return text
