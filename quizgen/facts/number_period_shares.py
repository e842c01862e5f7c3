"""Two amounts a share for two periods in one clause: "expects to earn 23 cents a share in the fourth
quarter and 92 cents a share for the year".

The parser hangs the second amount anywhere (on the first period, on the verb); each figure is asked
with its own period and never with the other ("How much per share does Dorvale expect to earn for the
year?"), so neither question carries its neighbour's figure.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.doc_memo import span_ents
from quizgen.facts.context import words_of
from quizgen.facts.measures import CURRENCY_SIGNS
from quizgen.facts.number_ask import ask
from quizgen.facts.number_share_results import results_noun, share_result_wh

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Doc, Span

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.measures import Measure


def _share_end(doc: Doc, at: int) -> int | None:
    """The end of "a share", "per share", "per diluted share" starting at token `at`."""
    if at < len(doc) and doc[at].lower_ in ("a", "per"):
        at += 1
        if at < len(doc) and doc[at].lower_ == "diluted":
            at += 1
        if at < len(doc) and doc[at].lower_ == "share":
            return at + 1
    return None


#: Periods that, bare ("for the quarter"), stand for one the story named before.
_BARE_PERIODS = {"quarter", "half", "month", "period"}


def _signed(amount: Span) -> int:
    """Where an amount starts with the currency sign the tagger left out of it ("$" of "$1.62")."""
    at = amount.start
    return at - 1 if at > 0 and amount.doc[at - 1].text in CURRENCY_SIGNS else at


def _period_end(doc: Doc, at: int, end: int) -> int | None:
    """The end of "in the fourth quarter" / "for the year" starting at `at`: a preposition and a date."""
    if at >= end or doc[at].lower_ not in ("in", "for"):
        return None
    stop = at + 1
    while stop < end and doc[stop].ent_type_ == "DATE":
        stop += 1
    return stop if stop > at + 1 else None


def in_period_pair(ent: Span) -> bool:
    """Is the figure one of such a pair? (Its own asker words it; no list cut may take it.)"""
    return _pair_of(ent) is not None


def _pair_of(span: Span) -> tuple[int, list[Span], list[Span]] | None:
    """(which of the two the span is, the amounts with "a share", the periods), or None."""
    doc = span.doc
    sent = span.sent
    amounts = [e for e in span_ents(sent) if e.label_ == "MONEY"]
    for first, second in zip(amounts, amounts[1:], strict=False):
        if span.start not in (first.start, second.start, _signed(first), _signed(second)) or _signed(first) == 0:
            continue
        if doc[_signed(first) - 1].pos_ == "ADP" and results_noun(doc[_signed(first) - 1]) is None:
            continue  # "at 26 cents a share …": the amount is no object of the verb
        pair = _pair(doc, first, second, sent.end)
        if pair is not None:
            return (0 if span.start in (first.start, _signed(first)) else 1, *pair)
    return None


def ask_period_shares(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """The question for either amount of such a pair, None when `m` is no part of one."""
    doc = ctx.doc
    found = _pair_of(m.span)
    if found is not None:
        mine, shares, periods = found
        other = 1 - mine
        drop = [t for i in (0, 1) if i != mine for t in (*shares[i], *periods[i])]
        drop += [doc[periods[0][-1].i + 1]] + list(periods[mine])  # "and", and its own period goes back last
        target, wh = shares[mine], "How much per share"
        noun = results_noun(doc[_signed(shares[0]) - 1])
        if noun is not None:  # "expected earnings of 26 cents a share for the fourth quarter and …"
            if len(periods[mine]) <= 3 and periods[mine][-1].lower_ in _BARE_PERIODS:
                return None  # "for the quarter": which quarter, the sentence before says (and another has its own)
            target, wh = doc[noun.left_edge.i : shares[mine].end], share_result_wh(noun)
        question = ask(ctx, target, wh, drop_dates=False, extra_drop=drop)
        if question is None or shares[other].text in question:
            return None
        return f"{question[:-1]} {words_of(list(periods[mine]))}?", m.span.text
    return None


def _pair(doc: Doc, first: Span, second: Span, end: int) -> tuple[list[Span], list[Span]] | None:
    """(the two amounts with "a share", the two periods) when the clause is "A a share in P and B a share
    for Q" and stops there."""
    first_share = _share_end(doc, first.end)
    first_period = _period_end(doc, first_share, end) if first_share is not None else None
    if first_share is None or first_period is None or first_period >= end or doc[first_period].lower_ != "and":
        return None
    if first_period + 1 != _signed(second):
        return None
    second_share = _share_end(doc, second.end)
    second_period = _period_end(doc, second_share, end) if second_share is not None else None
    if second_share is None or second_period is None:
        return None
    if second_period < end and not doc[second_period].is_punct:
        return None
    shares = [doc[first.start : first_share], doc[_signed(second) : second_share]]
    return shares, [doc[first_share:first_period], doc[second_share:second_period]]
