"""Dates still counted from a year the story never gives: "last November", "March last year".

In a story with no publication date (or a year-less wire dateline), "When did the talks
collapse? — last November" teaches nothing a learner can place, and a year guessed for it could
be wrong. Such a date is not asked. A weekday is left to `date_weekdays`, and "last week (the
week before February 26)" keeps a day to count from.
"""

from __future__ import annotations

import re

from quizgen.vocabulary import MONTHS

_MONTH = "|".join(MONTHS)
#: "last November", "next March", "March last year", "last year" (a season keeps the months it
#: spans in its answer: "this fall (September–November)").
_COUNTED = re.compile(
    rf"\b(?:(?:last|next|this|past|coming) (?:{_MONTH}|year)|(?:{_MONTH}) (?:of )?(?:last|next|this) year)\b", re.I
)


def year_unknown(iso: str | None, answer: str) -> bool:
    """The answer counts a month or a year from the day of writing, and that day's year is not known."""
    if iso is not None and not iso.startswith("XXXX") and re.match(r"\d{4}", iso):
        return False
    return bool(_COUNTED.search(answer)) and not re.search(r"\b\d{4}\b", answer)
