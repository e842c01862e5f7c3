"""A date question whose event is only a stretch of time: "When is the October-September season?",
"When does the growing season run?". The answer restates what the period is called or spans, and no
one did anything in it, so a teacher would not ask it ("When did the growing season begin?" has a
deed: the beginning)."""

from __future__ import annotations

import re

#: "When is the …season?", "During what months does the dry period run?": a period, then only being or lasting.
_BARE_PERIOD = re.compile(
    r"^(?:When|In what (?:year|month|season)s?|During what (?:years|months)|Between what (?:years|months)) "
    r"(?:is|was|are|were|does|did|do|will) (?:the |this |its |their )?(?:[\w'/\u2013-]+ ){0,4}"
    r"(?:season|period|quarter|term|window|phase|year|half|cycle)s?"
    r"(?: (?:run|last|fall|cover|span|extend|be))?\?$"
)


def bare_period(question: str | None) -> bool:
    """Does the question ask only when a named period is?"""
    return question is not None and _BARE_PERIOD.match(question) is not None
