"""A sum given for each unit ("1.95 crowns a share", "$12,000 a year", "70,000 baht per month") keeps
its unit in the answer when the question does not say it: "How much did the company earn? — 1.95
crowns" teaches a total the article never gives."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.measures import CURRENCY_WORDS, SCALES

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

#: Units a sum is given for: "a share", "per month", "an hour".
RATE_UNITS = {"share", "year", "month", "week", "day", "hour", "night", "tonne", "ton", "barrel", "person", "head"}
#: Words that make "a year" a time, not a rate: "earned $5m a year earlier".
_TIMED = {"earlier", "ago", "before", "later", "after"}


def with_rate(span: Span, question: str, answer: str) -> str:
    """`answer` with the rate the article gives it ("a share"), when the question lacks it."""
    doc, end = span.doc, span.end
    while end < span.sent.end and doc[end].lower_ in CURRENCY_WORDS | SCALES:
        end += 1  # "1.95 [crowns] a share": the unit the tagger left out of the figure
    words = [t.lower_ for t in doc[end : min(end + 3, span.sent.end)]]
    if len(words) < 2 or words[0] not in ("a", "an", "per") or words[1] not in RATE_UNITS:
        return answer
    if words[2:] and words[2] in _TIMED or not re.search(r"\d", answer):
        return answer  # "a year earlier": when, not how often
    unit = words[1]
    said = rf"\b(?:a|an|per|each|every) {unit}\b" + (r"|\bannual" if unit == "year" else "")
    if re.search(said, question, re.I) or re.search(rf"\b{unit}s?\b", answer, re.I):
        return answer
    return f"{answer} {doc[end].text} {doc[end + 1].text}"
