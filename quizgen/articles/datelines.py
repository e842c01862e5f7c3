"""Find an article's publication date in its dateline, and strip wire-service datelines.

Dates are read with a few strict patterns (a full day, month and year) rather than dateparser:
datelines are short and formulaic, and a strict reader never turns "May" the name or "2013" the
section label into a date. Callers decide *which* lines count as datelines (see `body.py`):
this module never looks at ordinary body sentences on its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from quizgen.vocabulary import MONTHS

_MONTHS = MONTHS
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

#: The date forms datelines use, most specific first.
_DATE_PATTERNS = (
    re.compile(rf"\b{_YEAR}[-/.](?P<month>[01]?\d)[-/.]{_DAY}(?!\d)"),  # 2019-10-12, 2019-10-12T08:00
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # June 4, 2020
    # 30.06.2016 or 06/30/2016: day or month first, as the site writes it (see `numeric_order`)
    re.compile(rf"(?<![\d./])(?P<first>[0-3]?\d)(?P<sep>[./])(?P<second>[0-3]?\d)(?P=sep){_YEAR}\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 14 March 2024
)

#: Words that mark a dateline as the publication date rather than a later update.
_PUBLISHED_LABEL = re.compile(r"\b(published|posted|first published|released|date)\b", re.IGNORECASE)

#: A wire-service dateline opening the first paragraph:
#: "WASHINGTON, March 14, 2024 (Reuters) - ", "BEIJING, June 4 (Xinhua) -- ", "KYIV, Ukraine (AP) — ",
#: "March 14, 2024 (Reuters) - ", "BEIJING — ", "MELBOURNE (REUTERS, AFP) - ", "BOSTON, March 4, 2024 /PRNewswire/ -- ",
#: and the Indian wires' "New Delhi, April 6 (PTI) " or "Mumbai, Jan 29: " with the place in title case (a
#: date and then a short capitalised agency, a colon or a dash needed there); "Jakarta (ANTARA) - " too.
_PLACE = r"[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+)*(?:,\s[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)*)?"
_LEAD_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
_AGENCY = (
    r"(?:\((?:[A-Z][\w.&’' ]{0,30}(?:[,/]\s?[A-Z][\w.&’' ]{0,30}){0,3})\)"  # "(REUTERS, AFP)", "(THE STAR/ANN)"
    r"|/[A-Z][\w.\-]{1,30}/)"  # a press release's wire: "/PRNewswire/", "/CNW/"
)
_DASH = r"(?:--?|–|—)"
#: Asian wires named in title case after a place in title case: "Jakarta (Antara) - ", "Hanoi (VNA) - ".
_TITLE_CASE_WIRES = "Antara|Bernama|Xinhua|Kyodo|Yonhap"
_LEAD_DATELINE = re.compile(
    rf"^(?:(?P<place>{_PLACE})(?:,\s*(?P<date>{_LEAD_DATE}))?\s*(?P<agency>{_AGENCY})?\s*(?:{_DASH}\s+|:\s+|(?:--|—)(?=[A-Z][a-z]))"
    rf"|(?P<date2>{_LEAD_DATE})\s*(?P<agency2>{_AGENCY})?\s*{_DASH}\s+"
    rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*(?P<date3>{_LEAD_DATE})\s*"
    rf"(?:(?P<agency3>\([A-Z]{{2,5}}\))\s*(?:(?::|{_DASH})\s+)?|(?::|{_DASH})\s+)"
    rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s*(?P<agency4>\((?:[A-Z]{{2,10}}|{_TITLE_CASE_WIRES})\))\s*{_DASH}\s+(?=[A-Z]))"
    r"(?=\S)"
)


def parse_date(text: str) -> dt.date | None:
    """The first complete, valid calendar date written in `text`, or None.

    Only dates with a day, a month and a year count: "June 4, 2020", "4 June 2020",
    "2020-06-04", "2020/6/4". Impossible dates ("2020-02-31") are skipped.
    """
    found = _full_dates(text)
    return min(found)[2] if found else None


#: Words that mark a dateline's date as a later revision ("Updated: 14:05 BST, 4 March 2019").
_UPDATED_LABEL = re.compile(r"\b(updated?|modified|edited|revised)\b", re.IGNORECASE)


def says_published(line: str) -> bool:
    """Whether a dateline labels its date as the publication date ("Published 14 March 2024")."""
    return bool(_PUBLISHED_LABEL.search(line))


def says_dated(line: str) -> bool:
    """Whether a line labels its date as the story's ("Published …", "Updated: …", "Posted on …")."""
    return bool(_PUBLISHED_LABEL.search(line) or _UPDATED_LABEL.search(line))


def header_date(line: str) -> tuple[int, dt.date] | None:
    """(rank, date) a header line gives: 1 for a date after a "Published" label, even when an
    "Updated" one comes first in the line; 2 for a plain date; 4 for a date only an "Updated"
    label heads (a revision may be days later, and would shift every weekday of the story)."""
    for label in _PUBLISHED_LABEL.finditer(line):
        date = parse_date(line[label.end() :])
        if date is not None:
            return 1, date
    date = parse_date(line)
    if date is None:
        return None
    updated = _UPDATED_LABEL.search(line)
    first = min((m.start() for p in _DATE_PATTERNS for m in [p.search(line)] if m), default=0)
    return (4 if updated is not None and updated.start() < first else 2), date


def split_lead_dateline(paragraph: str) -> tuple[str, dt.date | None]:
    """Strip a wire-service dateline from the start of the first paragraph.

    Returns the paragraph without the dateline and the date it gave (None when it gave no
    year, as in "BEIJING, June 4 (Xinhua) --", or no date at all). A paragraph without a
    dateline comes back unchanged.
    """
    match = _LEAD_DATELINE.match(paragraph)
    if not match:
        return _without_title_case_place(paragraph), None
    # A bare capitalised word followed by a dash ("NATO - the alliance ...") is not a dateline
    # unless an agency, a date or a long dash makes it one.
    has_marker = match["agency"] or match["date"] or match["date2"] or match["agency2"] or match["date3"]
    has_marker = has_marker or match["agency4"]
    long_dash = re.search(r"(--|–|—)\s*$", match.group(0))  # "PLACE, CA--Deep …" too
    if not has_marker and not long_dash and not _place_then_sentence(match, paragraph):
        return paragraph, None
    if match["place"] and len(match["place"].split(",")[0].replace(" ", "")) < 3:
        return paragraph, None
    date_text = match["date"] or match["date2"] or match["date3"] or ""
    return paragraph[match.end() :], parse_date(date_text)


def without_inner_dateline(paragraph: str) -> str:
    """A later paragraph without a wire dateline that opens it ("OSLO, May 4 - Orvane …", a second
    story run on in one page): only one in capitals with its date or agency, never a bare word and a
    dash. Left in, the place reads as the sentence's subject ("How large a loss did OSLO, May 4?")."""
    match = _LEAD_DATELINE.match(paragraph)
    if match is None or not match["place"] or not (match["date"] or match["agency"]):
        return paragraph
    place = match["place"].split(",")[0].replace(" ", "")
    return paragraph[match.end() :] if len(place) >= 3 and place.isupper() else paragraph


#: "New Delhi: The board …", as Indian papers date their own stories: a place in title case, a colon, a
#: sentence. Left as it is, the place reads as the sentence's subject ("when did New Delhi declare …").
_TITLE_CASE_PLACE = re.compile(r"^([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,}){0,2}):\s+(?=(?:The|A|An|[A-Z][a-z]+)\s)")

#: Labels that open a line the same way and are no place ("Photo: …", "Updated: …").
_LINE_LABELS = frozenset(
    "photo photos picture image caption credit credits source sources updated update published posted date "
    "filed categories tags topics related breaking exclusive watch video listen read analysis opinion editorial "
    "note correction clarification summary highlights background explainer factbox transcript question answer "
    "interview review comment warning contact email phone media website location venue time subject".split()
)


def _without_title_case_place(paragraph: str) -> str:
    """The paragraph without a leading "New Delhi: " (a title-case place and a colon), when it has one."""
    found = _TITLE_CASE_PLACE.match(paragraph)
    if not found or any(word.lower() in _LINE_LABELS for word in found[1].split()):
        return paragraph
    rest = paragraph[found.end() :]
    return rest if len(rest.split()) >= 8 else paragraph


def _place_then_sentence(match: re.Match[str], paragraph: str) -> bool:
    """ "SINGAPORE - The economy …", "MUMBAI: The bank …" and "HARWICK, Maine - The …": a
    place in capitals, long enough to be no acronym ("NATO - the alliance"), a single hyphen or a colon
    and a sentence starting after it."""
    place = (match["place"] or "").replace(" ", "")
    city, _, state = place.partition(",")  # "HARWICK, Maine - The university …", as US releases write it
    rest = paragraph[match.end() : match.end() + 2]
    return (
        match.group(0).rstrip()[-1:] in ("-", ":")
        and len(city) >= 5
        and city.isalpha()
        and (not state or state.replace(".", "").isalpha())
        and len(rest) == 2
        and rest[0].isupper()
        and rest[1].islower()
    )


#: Words around a full date that make it a past day recalled, not the day of writing ("the March 5,
#: 1990 founding", "exactly a year after the May 4, 2019 attack").
_RECALLED = re.compile(r"\b(anniversary|ago|since|founded|born|died|after|before|earlier|previous|last)\b", re.I)


def dateline_year(month_day: tuple[int, int], paragraphs: list[str]) -> dt.date | None:
    """The day of a year-less wire dateline ("BEIJING, April 29 (Xinhua) --"), when the story writes
    that same day in full ("… is held on April 29, 2009", as a wire photo caption does): one year
    only, in no sentence that recalls a past day, and no full date in the story after it."""
    found: set[dt.date] = set()
    latest: dt.date | None = None
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“(])", paragraph):
            for at, end, date in _full_dates(sentence):
                latest = max(latest or date, date)
                near = sentence[max(0, at - 40) : end + 30]  # (the words around the date, not the whole sentence)
                if (date.month, date.day) == month_day and not _RECALLED.search(near):
                    found.add(date)
    if len(found) != 1 or latest is None:
        return None
    (date,) = found
    return date if latest <= date else None


#: How many days after a wire story's dateline a page may post it ("NAIROBI, March 5" under "March 6, 2025").
POSTED_WITHIN_DAYS = 7


def dateline_before(month_day: tuple[int, int], posted: dt.date) -> dt.date | None:
    """The day of a year-less wire dateline ("NEW DELHI, Dec 20 (PTI)") on a page dated a few days
    later ("Last Updated: 21 Dec 2025"): the story is the dateline's, in the year the page gives."""
    for year in (posted.year, posted.year - 1):
        try:
            day = dt.date(year, *month_day)
        except ValueError:
            continue
        if 0 <= (posted - day).days <= POSTED_WITHIN_DAYS:
            return day
    return None


#: Whether the article being read writes its numeric dates day first (True), month first (False), or
#: does not say (None): set by `numeric_order` while one article's header is read.
_DAY_FIRST: ContextVar[bool | None] = ContextVar("day_first", default=None)
_NUMERIC = _DATE_PATTERNS[2]


@contextmanager
def numeric_order(lines: Iterable[str]) -> Iterator[None]:
    """Read "06.07.2016" or "06/07/2016" in the article's own order while the block runs. Sites in
    the US write the month first and most others the day first, so such a date is no date at all
    unless the article settles it: another numeric date in it with a day over 12 ("15.08.2016",
    "07/20/2016"), all of one order."""
    orders = set()
    for line in lines:
        for match in _NUMERIC.finditer(line):
            first, second = int(match["first"]), int(match["second"])
            if (first > 12) != (second > 12):
                orders.add(first > 12)
    token = _DAY_FIRST.set(orders.pop() if len(orders) == 1 else None)
    try:
        yield
    finally:
        _DAY_FIRST.reset(token)


def _numeric_day_month(match: re.Match[str]) -> tuple[int, int] | None:
    """(day, month) of a numeric date, or None when its order is open (both parts 12 or less and the
    article does not settle which comes first)."""
    first, second = int(match["first"]), int(match["second"])
    if first == second or (first > 12) != (second > 12):
        return (first, second) if first > 12 or first == second else (second, first)
    day_first = _DAY_FIRST.get()
    if day_first is None:
        return None
    return (first, second) if day_first else (second, first)


def looks_dated(text: str) -> bool:
    """Whether `text` writes a full date, even one whose numeric order the article leaves open."""
    return parse_date(text) is not None or bool(_NUMERIC.search(text))


def _full_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every complete, valid calendar date written in `text`."""
    dates = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if pattern is _NUMERIC:
                if (day_month := _numeric_day_month(match)) is None:
                    continue
                try:
                    dates.append((match.start(), match.end(), dt.date(int(match["year"]), day_month[1], day_month[0])))
                except ValueError:
                    pass
                continue
            month = match["month"].lower().rstrip(".")
            month_number = _MONTHS.get(month) if not month.isdigit() else int(month)
            try:
                date = dt.date(int(match["year"]), month_number or 0, int(match["day"]))
            except ValueError:
                continue
            dates.append((match.start(), match.end(), date))
    return dates


def lone_dateline(line: str) -> bool:
    """Whether a header line is a wire dateline on its own ("NEW DELHI, Nov 14:", "Nov 14 (Reuters) -"),
    a blank line away from the sentence it dates: the whole line is the dateline, and it gives a date."""
    line = line.strip()
    if not line or len(line.split()) > 8:
        return False
    rest, _ = split_lead_dateline(f"{line} Text")
    match = _LEAD_DATELINE.match(f"{line} Text")
    return rest == "Text" and match is not None and bool(match["date"] or match["date2"] or match["date3"])


def lead_month_day(paragraph: str) -> tuple[int, int] | None:
    """(month, day) of a lead dateline that gives no year ("LONDON, March 5 - ..."), or None.

    Wire copy dates its story this way; the year is then unknown, but "today" is still March 5.
    """
    match = _LEAD_DATELINE.match(paragraph)
    if not match or split_lead_dateline(paragraph)[0] == paragraph:
        return None
    found = re.fullmatch(
        r"(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]+)\.?",
        match["date"] or match["date2"] or match["date3"] or "",
    )
    if not found:
        return None
    month = _MONTHS.get((found["month"] or found["month2"]).lower())
    day = int(found["day"] or found["day2"])
    if not month or not 1 <= day <= 31:
        return None
    try:
        dt.date(2000, month, day)  # a leap year: February 29 may be a dateline
    except ValueError:
        return None
    return month, day
