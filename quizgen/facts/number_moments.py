"""A figure that changes over time is asked with the moment it holds for, and whose it is.

"How many people on a waiting list are there?" has no answer a reader can check: the count
changes every month and the question names no place. "By what percentage did shares fall at the
opening?" names no day. So a trading moment ("at the opening", "by midday") takes the day of
the story or its wire dateline when its sentence names none (an undated story guesses no day); a
present count ("there are 412,300 people …") with no date in its sentence and no place or body
named in its question is not asked; and a bare company measure ("did revenue rise") is named by
the company the story leads with.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_ents
from quizgen.vocabulary import MONTH_NAMES

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext

#: A moment of a trading day: it holds for one day only, which the question must then name.
_TRADING_MOMENT = re.compile(
    r"\b(?:at the (?:opening|open|close)|by (?:midday|noon|the close)|in (?:early|late|morning|afternoon|midday)"
    r" trading|in the first hour of trading)\b"
)
#: A present count with no moment: "How many people on a waiting list are there?"
_PRESENT_COUNT = re.compile(r"\b(?:are|is) there\?$")
#: A company's measure asked with no owner: "did revenue rise", "was net income".
_BARE_MEASURE = re.compile(
    r"\b(did|was|were|has|had)\s+(revenue|revenues|sales|net income|net profit|operating profit|profits?|"
    r"earnings|turnover|production|output|exports|imports)\b(?!\s+of\b|\s+at\s+(?:the\s+)?[A-Z])"
)
#: A flow counted over a results period: "How many subscribers did RIM add?"
_FLOW = re.compile(r"\bdid [A-Z][\w.&' -]{0,40}? (?:add|sell|ship|gain|lose)\?$")
#: A results period as the lead names it: "fiscal first-quarter", "second quarter".
_QUARTER = re.compile(r"\b(?:fiscal )?(first|second|third|fourth)[- ]quarter\b", re.I)
_NAMING = ("GPE", "LOC", "ORG", "NORP", "FAC")
#: What a lead's owner owns: "Nigeria's crude oil output rose …".
_OWNED = {"output", "production", "export", "import", "revenue", "profit", "sale", "economy"}


def in_its_moment(ctx: ArticleContext, span: Span, question: str) -> str | None:
    """The question with its moment and owner named, or None when a changing figure has neither."""
    sent = span.sent
    dated = _dated(span)
    if _PRESENT_COUNT.search(question) and not dated and not _names_someone(sent, question):
        return None  # "There are 412,300 people on a waiting list": where, and when?
    moment = _TRADING_MOMENT.search(question)
    if moment is not None and not dated:
        day = _dateline_day(ctx)  # an undated story keeps the question as its sentence words it
        if day is not None:
            question = f"{question[: moment.end()]} on {day}{question[moment.end() :]}"
    bare = _BARE_MEASURE.search(question)
    if bare is not None:
        owner = lead_owner(ctx)
        if owner is None:
            return None  # "To what amount did revenue rise?": whose revenue, nothing names
        question = f"{question[: bare.start(2)]}{owner}'s {question[bare.start(2) :]}"
    if _FLOW.search(question) and not dated:
        period = _lead_quarter(ctx)  # "RIM added 2.3 million subscribers": in the quarter the story reports
        question = question if period is None else f"{question[:-1]} in the {period}?"
    return question


def _dated(span: Span) -> bool:
    """Its sentence names a day, month or year for the figure: not the figure itself, and not the
    date of a baseline or a record ("down from 418,950 last month", "its lowest since November")."""
    return any(
        e.label_ == "DATE" and not (e.start <= span.start < e.end) and not _a_length(e) and not _of_another(e)
        for e in span_ents(span.sent)
    )


def _of_another(ent: Span) -> bool:
    """A date under "from" or "since": it dates the figure a change starts from, or a record."""
    return any(t.lower_ in ("from", "since", "than") for t in ent.root.ancestors)


def _a_length(ent: Span) -> bool:
    """ "three months", "two years": a length of time, not a moment."""
    return bool(re.search(r"\b(?:days?|weeks?|months?|years?|hours?)\b", ent.text)) and any(t.like_num for t in ent)


def _names_someone(sent: Span, question: str) -> bool:
    """The question names a place, a body or a people from its sentence ("Malaysians in Singapore")."""
    world = re.search(r"\b(?:in the world|on the planet|worldwide|globally)\b", question)  # the place is all of it
    return world is not None or any(e.label_ in _NAMING and e.text in question for e in span_ents(sent))


def _dateline_day(ctx: ArticleContext) -> str | None:
    """The story's own day, "October 19", from its date or its wire dateline."""
    if ctx.published is not None:
        return f"{MONTH_NAMES[ctx.published.month - 1].title()} {ctx.published.day}"
    if ctx.dateline is not None:
        month, day = ctx.dateline
        return f"{MONTH_NAMES[month - 1].title()} {day}"
    return None


def lead_owner(ctx: ArticleContext) -> str | None:
    """Whose figures a results or output story reports: the organisation that is the subject of one
    of its first sentences ("Harwick Systems Inc reported …"), or the place or body that owns that
    subject ("Nigeria's crude oil output rose …")."""
    for count, sent in enumerate(ctx.doc.sents):
        if count == 3:
            return None
        for ent in span_ents(sent):
            if "\n" in ent.text or ctx.in_quote(ent.start_char) or ent.label_ not in ("ORG", "GPE"):
                continue
            root = ent.root
            if ent.label_ == "ORG" and root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX"):
                return ent.text
            if root.dep_ == "poss" and root.head.dep_ == "nsubj" and root.head.lemma_ in _OWNED:
                return ent.text
    return None


def _lead_quarter(ctx: ArticleContext) -> str | None:
    """The quarter a results story reports, from its first sentences: "fiscal first quarter"."""
    for count, sent in enumerate(ctx.doc.sents):
        if count == 3:
            return None
        found = _QUARTER.search(sent.text)
        if found is not None and not ctx.in_quote(sent.start_char + found.start()):
            return found.group(0).lower().replace("-quarter", " quarter")
    return None
