"""A clock time an event happened at: "docked at 04:17 GMT", "reached the pier at 6am" → At what time …?

The entity tagger reads clock times unevenly (often not at all, or "CET" as an organisation), so
they are found by their written form. Only a time after "at" on its verb is asked: "between 9am and
5pm" or "from 8pm" is a stretch of time, not the moment the event happened.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.measures import CURRENCY_SIGNS, CURRENCY_WORDS
from quizgen.facts.number_ask import ask

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext

_MERIDIEM = r"(?:\s?(?:am|pm|a\.m\.|p\.m\.))"
#: "04:17", "10.30pm", "6am", "4 p.m.", each with an optional zone ("CET", "GMT", "local time").
CLOCK = re.compile(
    rf"\b(?:(?:[01]?\d|2[0-3])[:.][0-5]\d{_MERIDIEM}?|(?:1[0-2]|0?[1-9]){_MERIDIEM})"
    r"(?:\s(?:[A-Z]{2,4}T|UTC|CET|CEST|local time)\b)?(?![\w:])",
)


def clock_times(ctx: ArticleContext) -> list[Span]:
    """Every clock time in the article, as a span of whole tokens; none from a sentence with two
    times on one verb ("opened at 9am and closed at 5pm" is fine, "at 9am or at 10am" is not)."""
    out: list[Span] = []
    for found in CLOCK.finditer(ctx.text):
        if ":" not in found.group(0) and not re.search(r"[ap]\.?m", found.group(0), re.I):
            continue  # "10.30" alone is a decimal
        span = ctx.doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is not None and not any(t.ent_type_ in ("PERCENT", "QUANTITY") for t in span) and not _money(span):
            out.append(span)
    heads = [_verb_of(s) for s in out]
    return [s for s, h in zip(out, heads, strict=True) if h is None or heads.count(h) == 1]


def _money(span: Span) -> bool:
    """A sum ("$10.30", "10.30 euros"), not a time the tagger took for money ("03:15 CEST")."""
    if not any(t.ent_type_ == "MONEY" for t in span):
        return False
    doc = span.doc
    near = doc[max(span.start - 1, 0) : min(span.end + 1, len(doc))]
    return ":" not in span.text or any(t.text in CURRENCY_SIGNS or t.lower_ in CURRENCY_WORDS for t in near)


def _verb_of(span: Span) -> int | None:
    at = span.doc[span.start - 1] if span.start > 0 else None
    return at.head.i if at is not None and at.lower_ == "at" else None


def ask_clock(ctx: ArticleContext, span: Span) -> tuple[str, str] | None:
    """(At what time …?, the time) for a time after "at" on its verb; None for any other."""
    doc = ctx.doc
    at = doc[span.start - 1] if span.start > span.sent.start else None
    if at is None or at.lower_ != "at" or at.dep_ != "prep" or at.head.pos_ not in ("VERB", "AUX"):
        return None
    if not all(t.head.i == at.i or span.start <= t.head.i < span.end for t in span):
        return None  # the parse joins part of the time elsewhere: what is asked is unsure
    question = ask(ctx, doc[at.i : span.end], "what time", pied="At", drop_dates=False)
    return (question, span.text.strip()) if question else None
