"""Date questions a learner can read away from the article.

A question is read without its story, so words that count from the story's own day ("instead of
today") are written as the day they mean, and a story with no date asks only for what it tells:
the day of the week ("On what day of the week was the match at Dunmore?" → Saturday).
"""

from __future__ import annotations

import datetime as dt
import re

from quizgen.facts.quote_marks import QUOTED
from quizgen.facts.relative import Base

#: Day words counted from the day of writing, outside quote marks ("today's" is left alone).
_DEICTIC = re.compile(
    r"(?<![\w'\u2019])(?:(of|than|since|until|before|after|from|by) )?"
    r"(today|yesterday|tomorrow|tonight)\b(?!['\u2019])"  # lower case: "USA Today" is a name
)
_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def on_which_weekday(question: str | None) -> str | None:
    """ "When was the match at Dunmore?" → "On what day of the week was the match at Dunmore?";
    None for "By when …", "Since when …": a bare weekday bounds nothing a learner could name."""
    if question is None or not question.startswith("When "):
        return None
    return "On what day of the week " + question[len("When ") :]


def balanced_quotes(question: str | None) -> str | None:
    """ "When was the “Harbour Accord, signed?": a title's closing mark stayed behind a comma the
    question left out; the lone opening mark goes too (a mark in doubt is never guessed a place)."""
    if question is None:
        return None
    at = question.rfind("\u201c")
    if question.count("\u201c") == question.count("\u201d") + 1 and "\u201d" not in question[at:]:
        return question[:at] + question[at + 1 :]
    return question


def absolute_days(question: str | None, base: Base | None) -> str | None:
    """ "… on May 3 instead of today" → "… on May 3 instead of June 12, 2024": the day the word means.

    Without a known day the question is left as it is (the quality gate drops it: out of its story,
    "today" names no day).
    """
    if question is None or base is None:
        return question
    quoted = [m.span() for m in QUOTED.finditer(question)]

    def named(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in quoted):
            return m.group()
        word = m.group(2).lower()
        day = base.day + dt.timedelta(days=_OFFSET[word])
        written = f"{day:%B} {day.day}" + (f", {day.year}" if base.year_known else "")
        if m.group(1):
            return f"{m.group(1)} {written}"
        return f"on the night of {written}" if word == "tonight" else f"on {written}"

    return _DEICTIC.sub(named, question)
