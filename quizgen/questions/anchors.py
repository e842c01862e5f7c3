"""Questions that say when they ask about, so a learner reading them years later can place them.

An age changes every year: "How old is Ann Ruiz?" was true the year the story ran, so it is asked
"In 2011, how old was Ann Ruiz?", or "At the time of writing, how old was Ann Ruiz?" when the story
has no date, as posts are (see `realize._dated`). An age told in the past in a sentence that names
another year ("In 1998, the 30-year-old engineer was jailed") is that year's: it is left as told.
A bare month with no year ("When did the board meet? — February") asks for the month it is: "In
what month did the board meet?", as a bare weekday asks "On what day of the week …?"; a day with no
year ("— August 11", in a story with no date) asks "On what date …?", never a "When" whose learner
would give the year.
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from quizgen.questions.realize import written_when

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.questions.draft import Draft

#: "How old is …", "According to police, how old was …": an age asked with no time.
_AGE = re.compile(r"^(According to [^,?]+, )?[Hh]ow old (is|are|was|were)\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
_MONTH_NAMES = "|".join(m for m in calendar.month_name if m)
#: "August 11", "11 August", "Tuesday, March 3": a day of a month, no year.
_DAY_NO_YEAR = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?:(?:{_MONTH_NAMES}) \d{{1,2}}|\d{{1,2}} (?:{_MONTH_NAMES}))"
)


def anchored(draft: Draft, ctx: ArticleContext) -> Draft:
    """The draft with its question placed in time, when it asks an age or a bare month."""
    if _AGE.match(draft.question):
        draft.question = dated_age(draft.question, draft.fact.sentence, ctx)
    if draft.answer_type == "date" and draft.answer.strip().lower() in _MONTHS:
        draft.question = in_what_month(draft.question)
    elif draft.answer_type == "date" and _DAY_NO_YEAR.fullmatch(draft.answer.strip()):
        draft.question = on_what_date(draft.question)
    return draft


def dated_age(question: str, sentence: str, ctx: ArticleContext) -> str:
    """ "How old is Ann Ruiz?" → "In 2011, how old was Ann Ruiz?"; unchanged when the question has its
    own time ("… when she won?"), or is told in the past in a sentence naming a year other than the story's."""
    found = _AGE.match(question)
    if found is None or " when " in question:
        return question
    year = ctx.published.year if ctx.published is not None else None
    past = found.group(2) in ("was", "were")  # "the 30-year-old engineer was jailed in 1998": that year's age
    if past and any(int(y) != year for y in _YEAR.findall(sentence)):
        return question
    when = written_when(ctx)
    lead = found.group(1) or ""
    verb = "were" if found.group(2) in ("are", "were") else "was"
    return f"{when}, {lead[:1].lower()}{lead[1:]}how old {verb}{question[found.end() :]}"


def in_what_month(question: str) -> str:
    """ "When did the board meet?" → "In what month did the board meet?": the answer names a month alone."""
    return "In what month " + question[len("When ") :] if question.startswith("When ") else question


def on_what_date(question: str) -> str:
    """ "When did Ann Ruiz retire? — August 11" → "On what date did Ann Ruiz retire?": no year asked."""
    return "On what date " + question[len("When ") :] if question.startswith("When ") else question
