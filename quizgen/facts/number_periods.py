"""Whose period a figure's question names: "$900 million in FY2025, after $850 million in FY2024".

Results sentences pair each figure with its own period ("this year", "in 2024", "a year earlier").
A question that lost its figure's period but kept another figure's would pair the answer with the
wrong year: "How much revenue does X expect after $850 million in FY2024? — $900 million". Such a
question is not asked.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_ents

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: A fiscal year written as one word ("FY2025", "FY25"), which the tagger leaves unlabelled.
FISCAL = re.compile(r"(?i)^FY'?\d{2,4}$")
#: Prepositions that join a figure to the period it holds for ("$5m in 2024", "for the year").
PERIOD_PREPS = ("in", "for", "during", "over", "by")
#: How far past a figure its period may start ("$5 million this year", "40,000 barrels in 2024").
NEAR = 3


def borrowed_period(span: Span, question: str) -> bool:
    """Whether `question` (asking the figure `span`) leaves out the figure's own period but names
    another period of the sentence: then it would ask the figure for the wrong year. A change's
    "From what …? / To what …?" questions are worded around the other end, and stay."""
    if re.sub(r"^According to [^,]+, ", "", question).lower().startswith(("from what", "to what")):
        return False
    own = _own_period(span)
    if own is None or _said(own, question):
        return False
    others = [p for p in _periods(span.sent) if p[0].i not in {t.i for t in own}]
    return any(_said(p, question) for p in others)


#: An answer that names a year rather than counts any: "fiscal 2023", "FY2022", "fiscal year 2026", "2019".
_A_YEAR = re.compile(
    r"(?i)\b(?:fiscal|financial year|FY'?\d{2,4})\b|^(?:the )?(?:year )?(?:1[89]|20)\d\d$"
    r"|^(?:the )?(?:1[89]|20)\d\d[-\u2013/](?:\d\d){1,2}\b"  # "the 2026-27 financial year", "2025/26"
)


def year_as_count(question: str, answer: str) -> bool:
    """Whether a "how many …" question is answered by a year: a year is when, not how many."""
    return bool(re.search(r"(?i)\bhow (?:many|much|long)\b", question)) and bool(_A_YEAR.search(answer.strip()))


def _own_period(span: Span) -> list[Token] | None:
    """The period written right after a figure: "this year", "in 2024", "in fiscal 2024", "in FY2025"."""
    doc, at = span.doc, span.end
    while at < min(len(doc), span.end + NEAR) and at < span.sent.end:
        tok = doc[at]
        if tok.lower_ in PERIOD_PREPS and at + 1 < span.sent.end and _is_period(doc[at + 1]):
            return _period_words(doc[at + 1])
        if _is_period(tok):
            return _period_words(tok)
        if tok.is_punct or tok.like_num or tok.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
            return None
        at += 1
    return None


#: Date words that make a date a period a figure holds for, not the day news of it came out ("on Wednesday").
_PERIOD_WORDS = re.compile(r"(?i)\b(?:years?|quarters?|half|months?|fiscal|FY'?\d{2,4}|(?:19|20)\d\d)\b")


def _is_period(token: Token) -> bool:
    if FISCAL.match(token.text) or token.lower_ == "fiscal":
        return True
    if token.ent_type_ != "DATE":
        return False
    ent = next((e for e in span_ents(token.sent) if e.start <= token.i < e.end), None)
    return ent is not None and bool(_PERIOD_WORDS.search(ent.text))


def _period_words(first: Token) -> list[Token]:
    """The period's words from `first`: the rest of its date entity, or "fiscal 2024"."""
    doc, end = first.doc, first.i + 1
    while end < first.sent.end and (
        doc[end].ent_type_ == "DATE" and doc[end].ent_iob_ == "I" or first.lower_ == "fiscal" and end == first.i + 1
    ):
        end += 1
    return list(doc[first.i : end])


def _periods(sent: Span) -> list[list[Token]]:
    """Every period the sentence names: its date entities and one-word fiscal years."""
    found = [list(e) for e in span_ents(sent) if e.label_ == "DATE" and _PERIOD_WORDS.search(e.text)]
    found += [[t] for t in sent if FISCAL.match(t.text) and not t.ent_type_]
    return found


def _said(period: list[Token], question: str) -> bool:
    words = " ".join(t.text for t in period if not t.is_punct)
    return bool(words) and words.lower() in question.lower()


#: "13 years and 6 months": the rest of a length of time given in two units.
_DURATION_REST = re.compile(
    r"^\s*(?:,\s*)?and (?:a half|an? \w+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
    r" (?:months?|weeks?|days?|hours?|minutes?|seconds?)\b",
    re.I,
)


def half_a_duration(span: Span) -> bool:
    """ "sentenced to 13 years and 6 months": the years alone are not the sentence, so they are not asked."""
    after = span.doc[span.end : span.end + 6]  # not `doc.text`: spaCy joins every token to give it
    return bool(_DURATION_REST.match(span[-1].whitespace_ + after.text))
