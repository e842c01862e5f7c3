"""A figure asked without what it measures: "60 pct of its tax revenue" asked as "For what percentage
does the government depend on duties?", "given seven days to question the suspect" asked as "How many
days have police been given?", "earns 400 mln dlrs a year from exports" asked as "How much does the
country earn?".

The words right after the figure in the sentence say what it is a share of, what the time is for, or
where the money comes from. A question that keeps none of them asks a number the learner
cannot tie to anything (or a wrong one: the country earns more than its exports), so it is not asked.
"""

from __future__ import annotations

import re

#: Words between the figure and its complement that say nothing of it: "400 mln dlrs annually from".
_FILLER = re.compile(
    r"(?:\s*,)?\s*(?:annually|yearly|a year|each year|per year|every year|a month|per month|in all|in total|or so)\b",
    re.I,
)
#: The unit after the figure, which the answer span may leave out: "45" then " pct", "310" then " mln dlrs".
_UNIT = re.compile(
    r"(?:\s*%|\s+(?:per cent|percent|pct|mln|bln|million|billion|trillion|crore|lakh|dlrs|dollars|stg|pounds|"
    r"sterling|euros|yuan|yen|rupees|[a-z]+ (?:dlrs|dollars))\b)*",
    re.I,
)
#: The complement: "of its sales tax revenue", "to question the suspect", "from coffee exports".
_COMPLEMENT = re.compile(r"\s+(of|to|from)\s+([^,;:.()\"“”]{1,80})")
#: Words that end the complement's noun phrase: a verb, a conjunction, a clause.
_STOP = {
    "and", "or", "but", "while", "which", "who", "that", "as", "after", "before", "since", "when", "with",
    "is", "are", "was", "were", "has", "had", "have", "will", "would", "said", "says", "according", "in", "on",
    "at", "by", "for", "from", "to", "of", "than", "it", "they", "he", "she", "we", "you", "i",
}  # fmt: skip
#: Words that carry nothing a question must keep: determiners, pronouns, time words.
_EMPTY = {
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "all", "some",
    "total", "about", "around", "last", "next", "previous", "same", "year", "years", "month", "months",
    "week", "weeks", "day", "days", "ago", "earlier", "level", "levels", "record", "date", "current", "quarter",
    "quarter's", "period", "figure", "estimate",
}  # fmt: skip
#: "According to officials at the Trade Board, …": who says it, not what the figure measures.
_LEAD = re.compile(r"^According to [^,]+, ")
#: A share: only its "of …" names the whole it is part of.
_SHARE = re.compile(r"(?:%|\bp(?:er )?c(?:en)?t\b|\bpercent\b|\bhalf\b|\bthirds?\b|\bquarters?\b|\bfifths?\b)", re.I)
#: Time or money: its "to …" says what it is for, its "from …" where it comes from.
_SPENDABLE = re.compile(
    r"(?:[$£€¥]|\b(?:dlrs?|dollars?|pounds?|stg|euros?|yen|yuan|rupees?|minutes?|hours?|days?|weeks?|"
    r"months?|years?)\b)",
    re.I,
)

#: Time given for something: its "to …" is what the time is for ("ten days to interview the crew").
_SPAN_OF_TIME = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?)\b", re.I)


def lost_scope(question: str, answer: str, sentence: str, span: tuple[int, int] | None) -> bool:
    """True when the sentence says what the figure measures and the question keeps none of it."""
    if span is None:
        return False
    figure = sentence[span[0] : span[1]]
    rest = sentence[span[1] :]
    unit_words = _UNIT.match(rest)
    figure += unit_words.group(0) if unit_words else ""
    rest = rest[unit_words.end() :] if unit_words else rest
    filler = _FILLER.match(rest)
    if filler is not None:
        rest = rest[filler.end() :]
    m = _COMPLEMENT.match(rest)
    if m is None:
        return False
    word, phrase = m.group(1).lower(), m.group(2)
    unit = f"{figure} {answer}"
    if word == "of" and _SHARE.search(unit) is None:
        return False
    if word == "from" and _SPENDABLE.search(unit) is None:
        return False
    if word == "to" and _SPAN_OF_TIME.search(unit) is None:
        return False  # "a grant of $1.1m to support …", "up $1.90 to close at …": the money is not for the verb
    content = _content_words(phrase, infinitive=word == "to")
    if not content:
        return False
    asked = {w[:5] for w in re.findall(r"[a-z]+", _LEAD.sub("", question).lower())}
    return not any(w[:5] in asked for w in content)  # "sales tax revenue": any of it keeps the whole


def _content_words(phrase: str, *, infinitive: bool) -> list[str]:
    """The words of the complement's head phrase that a learner needs: "sales tax revenue", "question"."""
    words = phrase.split()
    if not words or not re.fullmatch(r"[a-z][a-z-]*", words[0]):
        return []  # "to 15.8 mln", "from $129.1 million", "to March 5": another figure or a name
    if infinitive and words[0] in _EMPTY | _STOP:
        return []  # "to the highest level": a value, not a purpose
    out: list[str] = []
    for w in words[:5]:
        w = w.lower().strip("'’")
        if w in _STOP or not re.fullmatch(r"[a-z][a-z-]*", w):
            break
        if w not in _EMPTY:
            out.append(w)
        if infinitive:
            break  # the verb says the purpose: "to question", "to respond"
    return out
