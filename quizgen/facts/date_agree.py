"""A weekday written beside its date ("Saturday (Sept 23)") fixes the year: the tense of the clause
may point ahead ("The move follows a crash on Saturday (Sept 23)"), yet only one year near the
story puts September 23 on a Saturday. A date the weekday contradicts is never taught."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from quizgen.facts.date_values import resolve
from quizgen.facts.relative import Base, Reading
from quizgen.vocabulary import WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span


def read_beside_weekday(
    weekday: str, named: Span | None, plain: str, published: dt.date | None, future: bool | None, base: Base | None
) -> Reading | None:
    """The reading of the date `named` beside `weekday` ("Tuesday (April 7)"), in the year that puts
    it on that weekday; without one, the reading of the `plain` date text."""
    value = resolve(named.text if named is not None else plain, published, future=future, base=base)
    return weekday_agreed(value, weekday, named, published)


def weekday_agreed(
    value: Reading | None, weekday: str, named: Span | None, published: dt.date | None
) -> Reading | None:
    """`value` (the reading of the date `named` beside `weekday`) when its day falls on the weekday,
    else the reading of the nearest year around the story's date that does, else None (a written
    year that disagrees, or no such year: the article or the reading is wrong, and the quiz says
    nothing). Without a date written beside the weekday, `value` as it is."""
    if value is None or named is None:
        return value
    iso, written = value[0] or "", named.text
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", iso) or weekday.strip().lower() not in WEEKDAYS:
        return value  # ("XXXX-09-23": no year to check the weekday against)
    day, want = dt.date.fromisoformat(iso), WEEKDAYS.index(weekday.strip().lower())
    if day.weekday() == want:
        return value
    if re.search(r"\b(1[5-9]|20)\d\d\b", written) or published is None:
        return None
    for year in sorted((published.year - 1, published.year, published.year + 1), key=lambda y: abs(y - day.year)):
        try:
            other = day.replace(year=year)
        except ValueError:  # (February 29)
            continue
        if other != day and other.weekday() == want and abs((other - published).days) <= 200:
            return resolve(f"{written.strip()}, {year}", published)
    return None
