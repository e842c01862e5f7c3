"""Results as wire copy reports them: "earned $64 million, or 12 cents a share, in the three months,
up from $48.2 million, or 9 cents, a year earlier".

One sentence holds four figures: the amount and its share of each share, now and in the period it
is measured against. Each is asked alone, with the words that say which it is ("per share", "a
year earlier"); the others are left out, so no question carries a garble of figures nor its own
answer's neighbour.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.measures import Measure
from quizgen.facts.number_ask import ask

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext

#: Words after an amount that make it an amount for each share ("12 cents a share").
_SHARE = ("share", "shares")
#: Adverbs whose "from" phrase gives the figure of the period a result is measured against.
_BASELINE = ("up", "down")
#: Verbs whose amount a share is the earnings themselves ("earned 39 cents a share"); after "expected"
#: or "reported" what the amount is of, the sentence may not say.
_EARN = ("earn", "lose")
#: Verbs of a figure still to come ("expects revenue of $310 million, up from $240 million"): the
#: earlier figure of their "up from" phrase is a result, never what was expected.
_FORECAST = {"expect", "forecast", "predict", "project", "estimate", "anticipate", "target", "see", "guide"}
#: Words that open the basis a result is counted on ("excluding one-time items").
_BASES = ("excluding", "including", "before", "after", "ex")


def ask_result(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """A figure of a results sentence, or None when the sentence is no such shape (or the figure
    is not one of its four)."""
    if m.kind != "money":
        return None
    head = m.head
    expected = _per_share_object(ctx, m)
    if expected is not None:
        return expected
    per_share = _per_share(head)
    main = head.head if per_share and head.dep_ == "conj" else head
    baseline_of = _baseline_verb(main)
    verb = baseline_of or (main.head if main.dep_ == "dobj" else None)
    if verb is None or verb.pos_ != "VERB":
        return None
    first = next((c for c in verb.children if c.dep_ == "dobj"), None)
    baseline = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _BASELINE), None)
    share_of_first = _share_conj(first) if first is not None else None
    if first == head and per_share and verb.lemma_ in _EARN and baseline is None and share_of_first is None:
        target = ctx.doc[head.left_edge.i : head.right_edge.i + 1]  # "earned 39 cents a share": asked alone
        question = ask(ctx, target, "How much per share", drop_dates=False, extra_drop=_on_amount(verb))
        question = _with_basis(question, verb)
        return (question, m.span.text) if question else None
    if first is None or (baseline is None and share_of_first is None):
        return None  # an amount alone: the ordinary askers word it
    doc = ctx.doc
    drop: list[Token] = []
    if baseline_of is None:  # the figure of the period itself
        if baseline is not None:
            drop += _with_comma(baseline)
            drop += [t for p in _baseline_periods(verb, baseline) for t in _with_comma(p)]
        if not per_share and share_of_first is not None:
            drop += _with_comma(share_of_first, cc=True)
        target = doc[first.left_edge.i : first.right_edge.i + 1] if per_share else m.span
        question = ask(
            ctx, target, "How much per share" if per_share else "How much", drop_dates=False, extra_drop=drop
        )
        question = _with_basis(question, verb)
        return (question, m.span.text) if question else None
    return _ask_baseline(ctx, m, verb, first, baseline, per_share)


def _per_share_object(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'Analysts had forecast 81 cents a share in profit and $2.7 billion in sales' → How much per
    share in profit did analysts forecast? / How much in sales did analysts forecast?: an amount a
    share is never asked as a plain "How much", and each amount keeps what it is an amount of."""
    head = m.head
    first = head.head if head.dep_ == "conj" and _per_share(head.head) else head
    if first.dep_ != "dobj" or not _per_share(first) or _share_conj(first) is not None:
        return None
    verb = first.head
    if verb.pos_ != "VERB" or any(c.dep_ == "advmod" and c.lower_ in _BASELINE for c in verb.children):
        return None
    what = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    if what is None:
        return None  # "How much did analysts expect?": of what, the question could not say
    wh = f"How much {'per share ' if head == first else ''}{words_of(list(what.subtree)).strip()}"
    target = ctx.doc[first.left_edge.i : first.right_edge.i + 1]
    question = ask(ctx, target, wh, drop_dates=False)
    return (question, m.span.text) if question else None


def ask_counted_baseline(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """ "handled 14 million passengers in 2025, up from 9 million a year earlier" → How many passengers
    did the airport handle a year earlier?: the earlier figure of a count, with the count's noun."""
    verb = _baseline_verb(m.head) if m.kind == "count" and not m.unit else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_ in _FORECAST:
        return None
    first = next((c for c in verb.children if c.dep_ == "dobj"), None)
    baseline = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _BASELINE), None)
    if first is None or first.tag_ != "NNS" or not any(c.dep_ == "nummod" and c.like_num for c in first.children):
        return None
    return _ask_baseline(ctx, m, verb, first, baseline, False, wh=f"How many {first.lower_}")


def _ask_baseline(
    ctx: ArticleContext, m: Measure, verb: Token, first: Token, baseline: Token | None, per_share: bool, wh: str = ""
) -> tuple[str, str] | None:
    """'up from $48.2 million, or 9 cents per share, the year before' → How much did … earn a year
    earlier?: the date of the earlier period stays, its figures go. Without a date, nothing."""
    if baseline is None or verb.lemma_ in _FORECAST:
        return None  # "expects $310 million, up from $240 million in 2023": 2023's was no forecast
    dates = _period_of(baseline)
    trailing = [t for p in _baseline_periods(verb, baseline) for t in p.subtree]
    if not dates and not trailing:
        return None
    keep = {t.i for t in dates}
    drop = [t for t in baseline.subtree if t.i not in keep]
    drop += [t for p in _baseline_periods(verb, baseline) for t in _with_comma(p)]
    dates += trailing  # "up from $9 million, or 4 cents a share, in the same quarter last year"
    drop += [
        t
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "advmod") and c.i < baseline.i
        for t in c.subtree
        if any(d.ent_type_ == "DATE" for d in c.subtree)
    ]  # "in the quarter", "this year": the period of the newer figure, never the baseline's
    share = _share_conj(first)
    if share is not None:
        drop += _with_comma(share, cc=True)
    for other in (c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > baseline.i):
        drop += _with_comma(other, cc=True)  # "…, up from 58,114 in 2023, and 38 deaths": another count, not this one's
        drop += [c for c in verb.children if c.dep_ == "cc" and c.i < other.i]
    target = ctx.doc[first.left_edge.i : first.right_edge.i + 1]
    wh = wh or ("How much per share" if per_share else "How much")
    question = _with_basis(ask(ctx, target, wh, drop_dates=False, extra_drop=[*drop, *dates]), verb)
    if question is None:
        return None
    return f"{question[:-1]} {words_of(dates)}?", m.span.text


def _on_amount(verb: Token) -> list[Token]:
    """'earned 52 cents a share on sales of $1.9 billion': the sales are a second figure, left out of
    the question about the first (kept, it would carry its neighbour's figure)."""
    return [
        t
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on" and any(u.ent_type_ == "MONEY" for u in c.subtree)
        for t in c.subtree
    ]


def _period_of(baseline: Token) -> list[Token]:
    """'up from $9 million in the matching months of the prior year': the date with the preposition
    that opens it, whole, so the question keeps "in" and "of"."""
    tops = [t for t in baseline.subtree if t.ent_type_ == "DATE" and (t.head == t or t.head.ent_type_ != "DATE")]
    phrases = [t.head if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ != "from" else t for t in tops]
    return sorted({u.i: u for p in phrases for u in p.subtree}.values(), key=lambda u: u.i)


def _baseline_periods(verb: Token, baseline: Token) -> list[Token]:
    """'…, up from $22.4 million, in the same quarter last year': a period after the "up from" phrase,
    which the parse hangs on the verb, is the earlier figure's; it never dates the newer one."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod")
        and c.i > baseline.right_edge.i
        and any(t.ent_type_ == "DATE" for t in c.subtree)
    ]


def _with_basis(question: str | None, verb: Token) -> str | None:
    """'Excluding a tax gain, it earned …': the basis a figure is counted on is part of what it is
    (without it, two figures answer one question); a fronted one goes back at the question's end."""
    if question is None:
        return None
    for child in verb.children:
        if child.dep_ in ("prep", "advcl") and child.i < verb.i and child.lower_ in _BASES:
            words = words_of(list(child.subtree)).strip(" ,")
            if words.lower() not in question.lower():
                question = f"{question[:-1]}, {words[:1].lower()}{words[1:]}?"
    return question


def per_share(m: Measure) -> bool:
    """An amount for each share ("12 cents a share"): no plain "How much" may ask it."""
    return _per_share(m.head)


def is_per_share(token: Token) -> bool:
    """'…, or $13.81 a share': an amount restated per share, no second figure of a list."""
    return _per_share(token)


def _per_share(token: Token) -> bool:
    """'12 cents a share', '$1.12 per share'."""
    return any(c.lower_ in _SHARE and c.dep_ in ("npadvmod", "pobj", "prep") for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "per" and any(g.lower_ in _SHARE for g in c.children) for c in token.children
    )


def _share_conj(token: Token) -> Token | None:
    """The ", or 12 cents a share" joined to an amount."""
    return next((c for c in token.children if c.dep_ == "conj" and _per_share(c)), None)


def _baseline_verb(token: Token) -> Token | None:
    """The verb whose "up from"/"down from" phrase holds `token`, or None."""
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "from":
        return None
    adverb = prep.head
    if adverb.lower_ not in _BASELINE or adverb.dep_ != "advmod":
        return None
    return adverb.head


def _with_comma(token: Token, cc: bool = False) -> list[Token]:
    """A phrase with the comma before it (and its "or"), so the question closes over the gap."""
    out = list(token.subtree)
    doc = token.doc
    i = token.left_edge.i - 1
    while i >= 0 and (doc[i].text == "," or cc and doc[i].dep_ == "cc" and doc[i].head == token.head):
        out.append(doc[i])
        i -= 1
    return out
