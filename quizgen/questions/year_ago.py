"""The year-ago figure of a results story, asked with the period it compares.

Earnings copy gives a figure, then its match a year before: "sales rose to $251 million in the third
quarter, compared with $195 million in the same year-ago period". Asked as written ("How much were
sales in the same year-ago period?") the question names no period a learner could know. The period
is the one the sentence gave, in the writer's own words for the year before: "in the year-ago third
quarter", "in the third quarter of last year"; said already in the question ("profit for the first
half during the same period of last year"), "of last year" is enough. With no period in the
sentence, the question stays as written.
"""

from __future__ import annotations

import re

#: The ways a results story points back to last year's same period.
_YEAR_AGO = re.compile(
    r"\b(?P<prep>in|for|during) the (?:same )?(?P<ago>year-ago|year-earlier|prior-year) period"
    r"|\b(?P<prep2>in|for|during) the same period (?:of )?(?P<last>last year|the previous year|a year (?:ago|earlier))"
)
#: A reporting period as results copy names it: "in the third quarter", "for the first nine months".
_PERIOD = re.compile(
    r"\b(?:in|for|during) the (?:(?:first|second|third|fourth|final|latest|fiscal|last) )*"
    r"(?:quarter|half|(?:three|six|nine|twelve) months|year)\b"
)


def with_year_ago_period(question: str, sentence: str) -> str:
    """`question` with "the same year-ago period" said as the period the sentence compares."""
    back = _YEAR_AGO.search(question)
    if back is None:
        return question
    period = _PERIOD.search(_YEAR_AGO.sub("", sentence))
    if period is None:
        return question
    prep, said = period.group().split(" ", 1)  # "in", "the third quarter"
    last = back["last"] if back["last"] is None or back["last"].endswith("year") else "a year earlier"
    if said in question[: back.start()]:
        if last is None:
            return question  # "… for the first half in the year-ago period": the period is said
        new = f"of {last}" if last.endswith("year") else last
    elif last is None:
        new = f"{back['prep']} the {back['ago']} {said.removeprefix('the ')}"  # "in the year-ago third quarter"
    else:
        new = f"{prep} {said} of {last}" if last.endswith("year") else f"{prep} {said} {last}"
    return question[: back.start()] + new + question[back.end() :]
