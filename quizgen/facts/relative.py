"""Dates said relative to the day of writing: "today", "last week", "two months ago", "last November".

News counts time from its own day. The day is the publication date, or, for wire copy whose
dateline gives a month and day but no year ("WASHINGTON, March 4 -"), that day with the year
unknown: then "yesterday" is still "March 3", but "last year" can only be answered in the
article's own words. Read by rule, not by dateparser: these forms are few and the reading must
not guess (a weekday in a year-less story has no date).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from quizgen.vocabulary import MONTHS, NUMBER_WORDS, WEEKDAYS

#: A stand-in year for a dateline without one: a leap year, so "February 29" exists.
_NO_YEAR = 2000

SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}
_COUNT = r"(?P<n>\d+|a|an|one|" + "|".join(NUMBER_WORDS[2:]) + r")"
_AGO = re.compile(rf"^(?:some |about |nearly |almost |more than )?{_COUNT} (?P<unit>day|week|month|year)s? ago$")
_DAY_WORDS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "last night": -1,
    "tomorrow night": 1,
    **{
        f"{day} {part}": offset
        for day, offset in (("yesterday", -1), ("tomorrow", 1))
        for part in ("morning", "afternoon", "evening")
    },
}


#: What reading a date gives: (ISO form or None, answer, other right answers, format).
Reading = tuple[str | None, str, list[str], str]


@dataclass(frozen=True)
class Base:
    """The day a story counts from; `year_known` is False for a year-less dateline."""

    day: dt.date
    year_known: bool = True

    @staticmethod
    def of(published: dt.date | None, dateline: tuple[int, int] | None) -> Base | None:
        if published is not None:
            return Base(published)
        if dateline is not None:
            try:
                return Base(dt.date(_NO_YEAR, *dateline), year_known=False)
            except ValueError:
                return None
        return None


def is_relative(text: str) -> bool:
    """Whether a date expression counts from the day of writing."""
    low = text.lower()
    return bool(re.search(r"\b(today|tonight|yesterday|tomorrow|ago|last|next|this|earlier|later)\b", low))


def resolve_relative(text: str, base: Base | None, future: bool | None = None) -> Reading | None:
    """(iso, answer, aliases, format) for a relative date, or None when it is not one of the known forms.

    With a year-less base that cannot place it ("last year", "this weekend") the answer is the
    article's own words and iso is None: the story is dated, so the words still mean a time a
    learner can be asked about, and nothing is guessed. With no base at all (an undated story)
    the same holds only for forms that name a month or weekday ("March last year", "last
    Friday"): "last week" or "yesterday" there is an offset from a day the learner cannot know.
    """
    low = re.sub(r"^(on|in|at|by|from|since|until|the)\s+", "", re.sub(r"\s+", " ", text.strip().lower()))
    low = re.sub(r"'s$|’s$", "", low)
    found = _read(low, base, future) if base is not None else None
    if found is None and _weekday_shape(low):
        return None, re.sub(r"'s$|’s$", "", text.strip()), [], "surface"
    if found is None and own_words(low):  # ("last October": the month keeps its capital)
        return None, re.sub(r"[a-z]+", lambda m: m[0].title() if m[0] in MONTHS else m[0], low), [], "relative"
    return found


_UNITS = "(?:day|week|month|year)s?"
#: Relative dates whose own words are a sure answer when the story's day is unknown: "yesterday",
#: "last week", "earlier this month", "two years ago", "last October". Not "this week", "this
#: year" or "this weekend": the ongoing present, or a weekend either side of the day of writing.
_OWN_WORDS = re.compile(
    r"(?:today|tonight|yesterday|tomorrow"
    r"|(?:this|yesterday|tomorrow) (?:morning|afternoon|evening)|(?:last|tomorrow) night"
    r"|(?:early |late |earlier |later )?(?:last|next) (?:week|month|year|" + "|".join(MONTHS) + ")"
    r"|earlier this (?:week|month|year)"
    r"|(?:" + "|".join(MONTHS) + r") (?:last|next) year"
    r"|" + _COUNT.replace("?P<n>", "?:") + r" " + _UNITS + r" ago)"
)


def own_words(low: str) -> bool:
    """Whether `low` (lower case, no leading preposition) is a relative date a learner can give in
    the article's own words, which are right whatever day the story was written."""
    return bool(_OWN_WORDS.fullmatch(low))


def _weekday_shape(low: str) -> bool:
    """ "last Friday", "this Tuesday": a weekday whose date cannot be placed (no year known); only the
    day of the week is left to ask about. "last year", "March last year", "this fall" with no year
    mean nothing outside the article, so they give no reading at all."""
    return bool(re.fullmatch(r"(early |late )?(last|next|this) (" + "|".join(WEEKDAYS) + ")", low))


def _read(low: str, base: Base, future: bool | None) -> Reading | None:
    today = base.day
    if low in _DAY_WORDS:
        return _day(today + dt.timedelta(days=_DAY_WORDS[low]), base, low)
    m = _AGO.match(low)
    if m:
        n = {"a": 1, "an": 1}.get(m["n"]) or (int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS.index(m["n"]))
        return _ago(n, m["unit"], base, low)
    m = re.fullmatch(r"(?P<part>early |late |earlier |later )?(?P<rel>last|next|this) (?P<what>[a-z]+)", low)
    if m:
        return _named(m["part"], m["rel"], m["what"], base, low, future)
    m = re.fullmatch(r"(?P<rel>last|next) (?P<month>[a-z]+)\.? (?P<d>\d{1,2})(st|nd|rd|th)?", low)
    if m and m["month"] in MONTHS:  # "last November 13"
        day = dt.date(today.year, MONTHS[m["month"]], int(m["d"]))
        day = _shift_year(day, today, m["rel"] == "next", strict=True)
        return _day(day, base, low)
    m = re.fullmatch(r"(?P<month>[a-z]+) (?P<rel>last|next|this) year", low)
    if m and m["month"] in MONTHS:  # "March last year"
        year = today.year + {"last": -1, "next": 1, "this": 0}[m["rel"]]
        return _month(dt.date(year, MONTHS[m["month"]], 1), base, low)
    return None


def _named(part: str | None, rel: str, what: str, base: Base, low: str, future: bool | None) -> Reading | None:
    """ "last week", "this weekend", "next month", "last year", "this fall", "last November", "last Friday"."""
    today = base.day
    step = {"last": -1, "next": 1, "this": 0}[rel]
    part = (part or "").strip()
    if what in MONTHS:  # "last November": the latest November before (or next after) today
        day = _shift_year(dt.date(today.year, MONTHS[what], 1), today.replace(day=1), rel == "next", strict=True)
        return _month(day, base, low, part)
    if what == "month":
        month = today.month - 1 + step
        return _month(dt.date(today.year + month // 12, month % 12 + 1, 1), base, low, part)
    if what == "year":
        if part in ("earlier", "later") and step == 0:
            part = ""
        return _year(today.year + step, base, low, part)
    if not base.year_known:
        return _dateline_anchored(part, step, what, base, low, future)
    if what in SEASONS:
        first, last = SEASONS[what]
        year = today.year + step
        if step == 0 and future is False and today.month < first:
            return None
        months = _season_months(what, "\u2013")  # what "fall" means, spelled out
        return (
            f"{year}-{first:02d}/{year}-{last:02d}",
            f"{what} {year} ({months})",
            [f"{what} {year}", f"{dt.date(year, first, 1):%B} {year}", low, *_season_words(what)],
            "range",
        )
    monday = today - dt.timedelta(days=today.weekday())
    if what == "week" and not part:
        start = monday + dt.timedelta(weeks=step)
        end = start + dt.timedelta(days=6)
        return _span(start, end, f"the week of {_md(start)}\u2013{_md_end(start, end)}, {end.year}", low)
    if what == "week" and part == "earlier" and step == 0 and today > monday:
        end = today - dt.timedelta(days=1)
        return _span(monday, end, f"earlier in the week of {_md(monday)}, {monday.year}", low)
    if what == "weekend":
        saturday = monday + dt.timedelta(days=5)
        if step == 0 and today.weekday() < 5 and future is not True:
            saturday -= dt.timedelta(weeks=1)  # "this weekend" in a Monday story is the one just past
        saturday += dt.timedelta(weeks=step if step else 0)
        sunday = saturday + dt.timedelta(days=1)
        return _span(
            saturday, sunday, f"the weekend of {_md(saturday)}\u2013{_md_end(saturday, sunday)}, {sunday.year}", low
        )
    if what in WEEKDAYS and not part:
        delta = (WEEKDAYS.index(what) - today.weekday()) % 7
        if step < 0:
            delta = delta - 7 if delta else -7
        elif step > 0:
            delta = delta if delta else 7
        else:
            delta = delta - 7 if future is False and delta else delta
        if step and abs(delta) == 1:
            return None  # "last Thursday" in a Friday story: yesterday, or the week before's? Unsure
        return _day(today + dt.timedelta(days=delta), base, low, weekday=True)
    return None


def _season_words(what: str) -> list[str]:
    """What a learner types for a season: "fall", "the autumn", "September to November"."""
    names = {what, *(["autumn", "fall"] if what in ("fall", "autumn") else [])}
    return [*sorted(names), *(f"the {n}" for n in sorted(names)), _season_months(what, " to ")]


def _season_months(what: str, between: str) -> str:
    """A season's first and last months: "September\u2013November", "September to November"."""
    first, last = SEASONS[what]
    return f"{dt.date(_NO_YEAR, first, 1):%B}{between}{dt.date(_NO_YEAR, last, 1):%B}"


def _dateline_anchored(part: str, step: int, what: str, base: Base, low: str, future: bool | None) -> Reading | None:
    """ "last week" in a story dated "March 31" with no year: "the week before March 31", which a
    learner can answer away from the article; "this fall" is September to November. The weekday of
    the dateline is unknown, so a week is named by its neighbour day, never by its own days."""
    day = _md(base.day)
    if what in SEASONS and not part:
        first, last = SEASONS[what]
        months = _season_months(what, "\u2013")
        iso = f"XXXX-{first:02d}/XXXX-{last:02d}"
        return iso, f"{low} ({months})", [low, f"{what} ({months})", *_season_words(what)], "no-year"
    if what == "week" and not part and step:
        anchor = f"the week {'before' if step < 0 else 'after'} {day}"
    elif what == "week" and part == "earlier" and step == 0:
        anchor = f"the days just before {day}"
    elif what == "weekend" and not part and (step < 0 or (step == 0 and future is False)):
        anchor = f"the weekend before {day}"
    else:
        return None  # "this week", "next weekend", "this year": no day or year a learner could name
    return None, f"{low} ({anchor})", [low, anchor], "no-year"


def _shift_year(day: dt.date, today: dt.date, ahead: bool, strict: bool) -> dt.date:
    if ahead and (day <= today if strict else day < today):
        return day.replace(year=day.year + 1)
    if not ahead and (day >= today if strict else day > today):
        return day.replace(year=day.year - 1)
    return day


def _ago(n: int, unit: str, base: Base, low: str) -> Reading | None:
    today = base.day
    if unit == "year":
        return _year(today.year - n, base, low, "", keep_words=True)
    if unit == "month":
        month = today.month - 1 - n
        return _month(dt.date(today.year + month // 12, month % 12 + 1, 1), base, low, "", keep_words=True)
    days = n * (7 if unit == "week" else 1)
    return _day(today - dt.timedelta(days=days), base, low, keep_words=True)


def _md(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def _md_end(start: dt.date, end: dt.date) -> str:
    return str(end.day) if end.month == start.month else _md(end)


def _span(start: dt.date, end: dt.date, answer: str, low: str) -> Reading:
    return f"{start.isoformat()}/{end.isoformat()}", answer, [start.isoformat(), _md(start), low], "range"


def _with_words(answer: str, low: str, keep_words: bool) -> str:
    """ "17 years ago" stays in the answer beside the year it means: both are what the article says."""
    return f"{low} ({answer})" if keep_words else answer


def _across_years(answer: str, day: dt.date, low: str, keep_words: bool) -> str:
    """A day or month of another year than a year-less dateline's: "March" alone would read as this
    year's, so the answer keeps the article's words ("March last year", "last November 13", "next
    month (January)")."""
    if day.year == _NO_YEAR:
        return _with_words(answer, low, keep_words)
    if re.search(r"\b(?:" + "|".join(MONTHS) + r")\b", low):
        return re.sub(r"[a-z]+", lambda m: m[0].title() if m[0] in MONTHS else m[0], low)
    return _with_words(answer, low, True)


def _day(day: dt.date, base: Base, low: str, *, keep_words: bool = False, weekday: bool = False) -> Reading:
    if not base.year_known:
        answer = _across_years(_md(day), day, low, keep_words)
        return f"XXXX-{day.month:02d}-{day.day:02d}", answer, [low], "no-year"
    answer = f"{_md(day)}, {day.year}"
    if weekday or low in _DAY_WORDS:
        answer = f"{day:%A}, {answer}"
    aliases = [day.isoformat(), f"{day.day} {day:%B} {day.year}", _md(day), low]
    return day.isoformat(), _with_words(answer, low, keep_words), aliases, "weekday"


def _month(day: dt.date, base: Base, low: str, part: str = "", *, keep_words: bool = False) -> Reading:
    part = f"{part} " if part in ("early", "late") else ""
    if not base.year_known:
        return f"XXXX-{day.month:02d}", _across_years(f"{part}{day:%B}", day, low, keep_words), [low], "no-year"
    answer = f"{part}{day:%B} {day.year}"
    return (
        f"{day.year}-{day.month:02d}",
        _with_words(answer, low, keep_words),
        [f"{day.year}-{day.month:02d}", low],
        "month",
    )


def _year(year: int, base: Base, low: str, part: str, *, keep_words: bool = False) -> Reading | None:
    if not base.year_known:
        return None
    part = f"{part} " if part in ("early", "late") else ""
    return str(year), _with_words(f"{part}{year}", low, keep_words), [str(year), low], "year"
