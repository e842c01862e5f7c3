"""What a date expression means: (iso, answer, aliases, format), at the granularity it was written.

The common absolute forms ("May 30, 2020", "March 2006", "2010") are read by rule; anything else
("the end of May") goes to dateparser, whose `period` keeps the granularity ("March 2006" is a
month, not the 14th). Dates counted from the day of writing are read in `relative`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from quizgen.facts.date_numeric import open_numeric
from quizgen.facts.date_spans import day_span, month_span
from quizgen.facts.relative import Base, Reading, is_relative, resolve_relative
from quizgen.vocabulary import MONTH_NAMES, MONTHS, WEEKDAYS

#: Words that make a date count from the day of writing (or from a weekday).
RELATIVE_WORDS = frozenset(
    {"yesterday", "tomorrow", "tonight", "today", "last", "next", "ago", "this", "earlier", "later"}
)
_EARLY = re.compile(
    r"^(early|late|mid|the end of|end of|the beginning of|beginning of|the middle of|middle of)(?:\s+|-(?=[a-z]))"
)
_DECADE = re.compile(
    r"\b\d{0,2}\d0'?s\b|'\d0s\b|\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", re.I
)
_MONTH = r"(?P<month>[a-z]+)\.?"
_PLAIN = [
    re.compile(p)
    for p in (
        rf"^{_MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>\d{{4}}))?$",  # May 30, 2020
        rf"^(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MONTH}(?:,? (?P<year>\d{{4}}))?$",  # 30 May 2020
        rf"^{_MONTH}(?:,? (?P<year>\d{{4}}))?$",  # March 2006, March
        r"^(?P<year>\d{4})$",  # 2010
    )
]


#: A number alone, with no month or "th": an age or a count the tagger read as a date ("19" is no day).
_BARE_NUMBER = re.compile(r"\d{1,2}")
#: Two small numbers joined by a dash with no month: a score or a tally ("18-21"), never a day.
_BARE_PAIR = re.compile(r"\d{1,2}\s*[-\u2013\u2014]\s*\d{1,2}")
#: A day of the month with no month ("the 19th").
_BARE_DAY = re.compile(r"(?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)")


def resolve(
    surface: str, published: dt.date | None, future: bool | None = None, base: Base | None = None
) -> Reading | None:
    """See `_resolve`; a date that cannot exist ("February 29, 2023", "May 20-40") is no date.

    Dates counted from the day of writing ("last week", "two months ago") are read against
    `base` (by default the publication date), which may be a year-less wire dateline.
    """
    if _DECADE.search(surface) or _BARE_NUMBER.fullmatch(surface.strip()) or _BARE_PAIR.fullmatch(surface.strip()):
        return None  # "the 1980s", "in his 30s", "was 19 when …", "At 61, …": a decade or an age, no date
    if open_numeric(surface):
        return None  # "12/08/2025": December 8 in the US, 12 August elsewhere; the header reads it likewise
    if published is None and _BARE_DAY.fullmatch(surface.strip().lower()):
        return None  # "on the 19th" in a story with no date: of which month, only today's clock would say
    if base is None:
        base = Base.of(published, None)
    surface = _BRACKETED.sub(r"\1, \2", surface)  # "Wednesday (June 3": the parse kept the opening bracket
    festive = FESTIVE_DAYS.get(re.sub(r"^(?:on |the )+|['\u2019]s?$", "", surface.strip().lower()))
    if festive is not None:  # "due in court on Christmas Eve": December 24, placed as any day is
        placed = _resolve(festive, published, future)
        return None if placed is None else (placed[0], placed[1], [*placed[2], surface.strip()], placed[3])
    try:
        spanned = year_span(surface) or month_span(surface, published, future)
        if spanned is not None:
            return spanned
        part = _PART_OF.match(re.sub(r"\s+", " ", surface.strip().lower()))
        if part is not None:  # "the end of this month": the month it means, with its part
            return _part_of(part, base, future)
        weekend = _weekend(surface, base, future)
        if weekend is not None:
            return weekend
        if is_relative(surface):
            found = resolve_relative(surface, base, future)
            if found is not None:
                return found
            if re.search(r"\bago\b", surface, re.I):
                return None  # "40,000 years ago": no year a quiz could name (dateparser would say 1970)
        return _resolve(surface, published, future)
    except (ValueError, OverflowError):
        return None


_BRACKETED = re.compile(rf"^\s*((?:{'|'.join(WEEKDAYS)}))\s*\(\s*([^()]*?\d[^()]*?)\s*\)?\s*$", re.I)
#: Days of the year named by their feast, the same day every year (Easter moves: not here).
FESTIVE_DAYS = {
    "christmas eve": "December 24",
    "christmas day": "December 25",
    "boxing day": "December 26",
    "new year's eve": "December 31",
    "new year's day": "January 1",
    "valentine's day": "February 14",
    "halloween": "October 31",
}
_WEEKEND = re.compile(r"^(?:(?:over|at|during|on) )?(?:the )?weekend$")


def _weekend(surface: str, base: Base | None, future: bool | None) -> Reading | None:
    """ "the weekend summit", "met over the weekend": the weekend nearest the day of writing on the
    side the tense points to (a Monday story's past weekend is the one just gone). Unread when the
    tense is not known, or a story of Saturday or Sunday speaks of one to come (this or next?)."""
    low = re.sub(r"\s+", " ", surface.strip().lower())
    if not _WEEKEND.match(low) or base is None or not base.year_known or future is None:
        return None
    if future and base.day.weekday() >= 5:
        return None
    found = resolve_relative("this weekend", base, future)
    if found is None or found[0] is None:
        return None
    iso, answer, aliases, fmt = found
    return iso, answer, [a for a in aliases if a != "this weekend"] + [surface.strip()], fmt


_PART_OF = re.compile(
    r"^(?:before |by |until )?(?:the )?(?P<part>end|beginning|start|middle) of "
    r"(?P<rel>(?:this|next|last|the) (?:week|month|year))$"
)


def _part_of(m: re.Match[str], base: Base | None, future: bool | None) -> Reading | None:
    """ "the end of this month" in a story of March 16 → "the end of March" (and "by the end of next
    year" → "the end of 2024"); None when the month or year it counts from is not known. "The end of
    the year" is this year's only in a clause about what is to come: in a past one it may be the
    year the story tells of ("in 2019 it hired 200; by the end of the year …")."""
    if m["rel"].startswith("the ") and future is not True:
        return None
    rel = re.sub(r"^the ", "this ", m["rel"])
    inner = resolve_relative(rel, base, future) if not rel.endswith("week") else None
    if inner is None or inner[0] is None:
        return None  # ("the end of last week": no day a learner could name)
    iso, answer, aliases, fmt = inner
    said = f"the {m['part']} of {m['rel']}"
    return iso, f"the {m['part']} of {answer}", list(dict.fromkeys([*aliases, answer, said])), fmt


_YEAR_SPAN = re.compile(
    r"^(?:the |in |from |(?P<between>between ))?(?P<fiscal>fiscal (?:year )?)?"
    r"(?P<a>\d{4})\s*(?P<sep>/|-|\u2013|to|and)\s*(?P<b>\d{2}|\d{4})$"
)


def year_span(surface: str) -> Reading | None:
    """ "1987/88", "fiscal 1988/89", "2000 - 2050", "from 1990 to 2015", "between 2006 and 2011":
    a span of years, or None.

    A slash joins a fiscal year or season to the next ("1987/88"): the answer keeps that form.
    Raises ValueError for a span that reads no way for sure ("2011/14").
    """
    m = _YEAR_SPAN.match(re.sub(r"\s+", " ", surface.strip().lower()))
    if m is None or (m["sep"] == "and") != bool(m["between"]):
        return None  # ("in 1998 and 2003": two years, no span; only "between" makes one)
    first = int(m["a"])
    last = int(m["b"]) if len(m["b"]) == 4 else first // 100 * 100 + int(m["b"])
    slash = m["sep"] == "/"
    if (slash and last != first + 1) or last <= first:
        raise ValueError(surface)  # "2011/14", "1990 - 80": no one reading (never "October 14, 2011")
    if slash:
        answer = f"{m['fiscal'] or ''}{first}/{m['b']}"
        return f"{first}/{last}", answer, [f"{first}/{str(last)[2:]}", f"{first}/{last}"], "range"
    return f"{first}/{last}", f"{first}\u2013{last}", [f"{first} to {last}", f"{first}-{last}"], "range"


def _resolve(surface: str, published: dt.date | None, future: bool | None = None) -> Reading | None:
    """(iso, answer, aliases, format) for a date expression, or None when it names no date.

    iso keeps the granularity: YYYY-MM-DD, YYYY-MM, YYYY, or None for a weekday that cannot be
    placed (no publication date). `future` is the tense of the clause (None: not known): a day
    or month without a year is the next one for the future and the last one for the past;
    otherwise it takes the publication year. A weekday that is the publication day's own is
    that day ("said on Thursday" in a Thursday story).
    """
    text = re.sub(r"\s+", " ", surface.strip())
    said = _OF_YEAR.search(text)
    if said is not None and published is not None and said.start() > 0:  # "May 3 of next year"
        year = published.year + {"next": 1, "last": -1, "this": 0}[said[1].lower()]
        placed = _resolve(f"{text[: said.start()]}, {year}", published, future)
        return None if placed is None else (placed[0], placed[1], [*placed[2], text], placed[3])
    low = text.lower()
    words = set(re.findall(r"[a-z]+", low))
    weekday = next((w for w in WEEKDAYS if w in words), None)
    relative = bool(weekday or words & RELATIVE_WORDS)
    if relative and published is None:
        if weekday and not words & RELATIVE_WORDS and re.search(r"\d", text):
            return _written_weekday(text, weekday, future)  # "Thursday, June 6, 2024": the date is written
        return (None, text, [], "surface") if weekday else None
    ranged = day_span(text, published, future) or _month_range(text, published, future)
    if ranged is not None:
        return ranged
    cleaned = re.sub(r"^(on|in|at|by|from|the)\s+", "", low)
    cleaned = re.sub(r"^year (\d{4})$", r"\1", cleaned)  # "the year 2000"
    bare = _DAY_PART.sub("", cleaned)  # "late on Thursday", "Thursday afternoon": still that Thursday
    if weekday and published is not None and bare == weekday and WEEKDAYS[published.weekday()] == weekday:
        day = published
        answer = f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}"
        return day.isoformat(), answer, [day.isoformat(), f"{day.strftime('%B')} {day.day}", text], "weekday"
    early = _EARLY.match(cleaned)
    found = _read(cleaned[early.end() :] if early else cleaned, published, future)
    if found is None:
        return None
    day, period = found
    has_year = _year_in(text) is not None
    if not has_year and not relative and published is not None and period in ("day", "month"):
        day = _place_year(day, period, published, future)
    if weekday and period == "day" and cleaned != weekday:
        fits = _on_its_weekday(day, weekday, None if has_year else published, future)
        if fits is None:
            return None  # "Friday, May 3" in a year when May 3 is a Thursday: which is meant?
        day = fits
    if not has_year and not relative and published is None:
        return _yearless(day, period, text)
    return _worded(day, period, early.group(1) if early else None, text if relative else None)


def _written_weekday(text: str, weekday: str, future: bool | None) -> Reading | None:
    """ "Thursday, June 6, 2024" or "Saturday 20 October" in a story with no date: the day is written
    beside its weekday, so it needs no publication date. A year that puts the day on another
    weekday leaves it no date at all."""
    rest = re.sub(rf"^(?:on\s+)?{weekday}\b[\s,]*", "", text, flags=re.I)
    placed = _resolve(rest, None, future) if rest != text else None
    if placed is None or placed[3] not in ("day", "no-year"):
        return None
    iso, answer, aliases, fmt = placed
    if fmt == "day" and iso and dt.date.fromisoformat(iso).strftime("%A").lower() != weekday:
        return None  # ("Friday, May 3, 2024": May 3, 2024 was a Friday; a Thursday it was not)
    written = f"{weekday.capitalize()}, {answer}"
    aliases = list(dict.fromkeys(a for a in (*aliases, answer, text) if a != written and not a.startswith("(")))
    return iso, written, aliases, "weekday" if fmt == "day" else fmt


def _month_range(text: str, published: dt.date | None, future: bool | None) -> Reading | None:
    """ "from Oct 16 to 18", "October 16-18": a range of days in one month, or None."""
    m = re.search(r"(?:from\s+)?([A-Za-z]+)\.?\s+(\d{1,2})\s*(?:to|-|–)\s*(\d{1,2})\b", text)
    if not m or m.group(1).lower()[:3] not in [x[:3] for x in MONTH_NAMES]:
        return None
    month = [x[:3] for x in MONTH_NAMES].index(m.group(1).lower()[:3]) + 1
    year = _year_in(text)
    if year is None and published is not None:  # "will be held from June 3 to 5" in October: next June
        year = _place_year(dt.date(published.year, month, int(m.group(2))), "day", published, future).year
    if year is None:  # a story with no date: the days without a year ("June 8–10")
        first, last = dt.date(2000, month, int(m.group(2))), dt.date(2000, month, int(m.group(3)))
        if last <= first:
            return None
        iso = f"XXXX-{month:02d}-{first.day:02d}/XXXX-{month:02d}-{last.day:02d}"
        return iso, f"{first:%B} {first.day}\u2013{last.day}", [f"{first:%B} {first.day}", text], "range"
    start, end = dt.date(year, month, int(m.group(2))), dt.date(year, month, int(m.group(3)))
    answer = f"{start.strftime('%B')} {start.day}\u2013{end.day}, {year}"
    return (
        f"{start.isoformat()}/{end.isoformat()}",
        answer,
        [start.isoformat(), f"{start.strftime('%B')} {start.day}, {year}", text],
        "range",
    )


def _read(core: str, published: dt.date | None, future: bool | None) -> tuple[dt.date, str] | None:
    """(a day in the period, the period's size) by rule, else by dateparser."""
    found = _plain_date(core, published)
    if found is not None:
        return found
    if _QUARTER.search(core) or _STRETCH.search(core) or _TALLY.match(core):
        return None  # "the second quarter", "the next 23 months": dateparser reads none (and costs ~0.5 s to load)
    if published is None:  # dateparser counts from today: not the same answer every day
        return _dateparser_read(core, published, bool(future))
    return _dateparser_cached(core, published, bool(future))


#: A quarter or half of a year ("Q3 2026", "H1"), which no reader here places on the calendar (its year and
#: fiscal start vary).
_QUARTER = re.compile(r"\bquarter(?:s|ly)?\b|\b[QH][1-4]\b", re.I)
#: A vote or score ("passed 70-29", "won 3-2"): two small numbers, no month and no year, so no date.
_TALLY = re.compile(r"^\d{1,3}\s*[-–]\s*\d{1,3}$")
#: A stretch of time up to or from now ("the next 23 months", "the past two decades"): a span, no date.
_STRETCH = re.compile(
    r"\b(?:next|last|past|coming|previous)\s+(?:[\w-]+\s+)?(?:days|weeks|months|years|decades)\b", re.I
)


def _dateparser_read(core: str, published: dt.date | None, future: bool) -> tuple[dt.date, str] | None:
    data = _date_parser(published, future).get_date_data(core)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period)


#: Articles of one day share phrases ("next year", "the third quarter"): each is read once.
_dateparser_cached = functools.lru_cache(maxsize=2048)(_dateparser_read)


def _place_year(day: dt.date, period: str, published: dt.date, future: bool | None) -> dt.date:
    """A day or month written without a year, in the year the clause's tense points to."""
    day = day.replace(year=published.year)  # "May 30" in a 2020 article is May 30, 2020
    start = published.replace(day=1) if period == "month" else published
    if future is True and day < start:
        return day.replace(year=day.year + 1)  # "will take effect on April 1" in November
    if future is False and day > published:
        return day.replace(year=day.year - 1)  # "retired in December" in February
    return day


#: The part of a day written around its weekday ("early on", "afternoon"), which leaves the day.
_DAY_PART = re.compile(r"^(?:early|late)\s+(?:on\s+)?|\s+(?:morning|afternoon|evening|night)$")

#: A day written with the year counted from the story's ("May 3 of next year", "May 3 this year").
_OF_YEAR = re.compile(r",?\s+(?:of\s+)?(next|last|this)\s+year$", re.I)


def _on_its_weekday(day: dt.date, weekday: str, published: dt.date | None, future: bool | None) -> dt.date | None:
    """The day "Friday, May 3" means: its year is the one (of the story's, the one after, the one
    before, in the way the tense points) where May 3 is a Friday. With the year written
    (`published` None) only a weekday that fits stands; otherwise None."""
    years = [day.year] if published is None else [published.year, published.year + 1, published.year - 1]
    for year in years:
        try:
            found = day.replace(year=year)
        except ValueError:  # February 29
            continue
        if published is not None and (future is True and found < published or future is False and found > published):
            continue
        if found.strftime("%A").lower() == weekday:
            return found
    return None


def _yearless(day: dt.date, period: str, text: str) -> Reading | None:
    """A day or month in a story with no date: its year cannot be known."""
    if period == "month":
        return (f"XXXX-{day.month:02d}", text, [], "surface")
    if period == "day":
        return (f"XXXX-{day.month:02d}-{day.day:02d}", f"{day.strftime('%B')} {day.day}", [text], "no-year")
    return None


def _worded(day: dt.date, period: str, early: str | None, relative_text: str | None) -> Reading:
    """The answer and aliases for a placed date, as precise as the article was."""
    if period == "year":
        answer = f"{early} {day.year}" if early else str(day.year)
        return str(day.year), answer, [str(day.year)] if early else [], "year"
    if period == "month":
        answer = f"{day.strftime('%B')} {day.year}"
        if early:
            answer = f"{early} {answer}"
        return f"{day.year}-{day.month:02d}", answer, [f"{day.year}-{day.month:02d}"], "month"
    answer = f"{day.strftime('%B')} {day.day}, {day.year}"
    aliases = [day.isoformat(), f"{day.day} {day.strftime('%B')} {day.year}", f"{day.strftime('%B')} {day.day}"]
    if relative_text is None:
        return day.isoformat(), answer, aliases, "day"
    return day.isoformat(), f"{day.strftime('%A')}, {answer}", [*aliases, relative_text], "weekday"


@functools.lru_cache(maxsize=64)
def _date_parser(published: dt.date | None, future: bool) -> Any:  # dateparser has no type hints
    """A dateparser reader relative to the publication date (built once per date and tense: building
    one compiles its patterns again, which cost more than the parsing)."""
    import dateparser  # deferred: dateparser's import is slow and only dates need it

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if published is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time(12))
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)


def _plain_date(text: str, published: dt.date | None) -> tuple[dt.date, str] | None:
    """The common absolute forms, read without dateparser (whose first call costs about a second);
    anything else ("last Tuesday", "the end of May") goes to dateparser."""
    for pattern in _PLAIN:
        m = pattern.match(text)
        if m is None:
            continue
        parts = m.groupdict()
        month = MONTHS.get(parts.get("month") or "", 0) if "month" in parts else 0
        if "month" in parts and not month:
            return None
        year = int(parts["year"]) if parts.get("year") else (published.year if published else 2000)
        if parts.get("day"):
            return dt.date(year, month, int(parts["day"])), "day"
        if month:
            return dt.date(year, month, 1), "month"
        return dt.date(year, 1, 1), "year"
    return None


def _year_in(text: str) -> int | None:
    m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", text)
    return int(m.group(1)) if m else None
