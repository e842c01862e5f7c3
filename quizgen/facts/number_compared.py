"""Results set against a year earlier: "Sales rose 12 percent to $310 million in the quarter, compared
with $276 million in the matching quarter a year before".

One sentence holds the change, the new figure (and its share of each share) and the figure it is
measured against, each of its own period. Each is asked alone, with its noun and its own period;
the other figures stay out, so no question carries a neighbour's figure, and a figure whose period
the sentence does not give is not asked (in results copy, revenue of a quarter and of nine months
sit side by side).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.number_closes import ask_close
from quizgen.facts.number_earnings import ask_counted_baseline, ask_result, is_per_share, per_share
from quizgen.facts.number_period_shares import ask_period_shares
from quizgen.facts.number_share_results import ask_share_result

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.measures import Measure

#: Words that set a figure against the one it is measured from ("compared with $9 million").
_AGAINST = ("compared", "against", "versus")


def ask_results(ctx: ArticleContext, m: Measure, money: bool) -> tuple[bool, tuple[str, str] | None]:
    """(True, its question or None) for a figure of a results sentence, which no other asker may word:
    "…, compared with $9 million a year earlier" here, "earned $64 million, or 12 cents a share, up
    from …" in `number_earnings`; (False, None) for any other figure."""
    owned = ask_close(ctx, m)  # "shares closed up 2 percent at $88.17"
    owned = owned if owned[0] else ask_compared(m)
    if owned[0]:
        return owned
    if not money:  # "14 million passengers, up from 9 million a year earlier"
        counted = ask_counted_baseline(ctx, m)
        return (True, counted) if counted is not None else owned
    paired = ask_period_shares(ctx, m)  # "23 cents a share in the quarter and 92 cents a share for the year"
    if paired is not None:
        return True, paired
    share_result = ask_share_result(ctx, m)  # "reported earnings of 52 cents a share"
    if share_result is not None:
        return True, share_result
    result = ask_result(ctx, m)
    return (True, result) if result is not None or per_share(m) else (False, None)


def ask_compared(m: Measure) -> tuple[bool, tuple[str, str] | None]:
    """(True, its question or None) for a figure of such a sentence; (False, None) for any other."""
    head = m.head
    if m.kind not in ("money", "percent"):
        return False, None
    main = head.head if head.dep_ == "conj" and is_per_share(head) else head
    share = main is not head
    verb, role = _place(main)
    if verb is None or verb.tag_ != "VBD":
        return False, None
    against = next((c for c in verb.children if c.lower_ in _AGAINST and c.dep_ in ("prep", "advcl")), None)
    old = _pobj(against) if against is not None else None
    if against is None or old is None or not _is_amount(old) or not any(_is_amount(c) for c in _to_figures(verb)):
        return False, None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return True, None  # "It rose …": whose figure, the question could not say
    words = subject.doc[subject.left_edge.i : verb.i]  # the article's words, also those the parse hung elsewhere
    if any((t.like_num and t.ent_type_ != "DATE") or t.is_sent_start for t in words[1:]):
        return True, None
    noun = words_of(list(words)).strip(" ,")
    noun = noun if subject.left_edge.pos_ == "PROPN" else noun[:1].lower() + noun[1:]
    answer = m.span.text
    if role == "old":
        earlier = _old_period(verb, against, old)
        if not earlier or m.kind != "money":
            return True, None
        be = "were" if subject.tag_ in ("NNS", "NNPS") else "was"
        return True, (f"How much{' per share' if share else ''} {be} {noun} {earlier}?", answer)
    period = _new_period(verb, subject, against)
    if period is None:
        return True, None
    said = f"did {noun} {verb.lemma_}{' ' + period if period else ''}?"
    if role == "change":
        return True, (f"By what percentage {said}", answer) if m.kind == "percent" else None
    return True, (f"To what amount{' per share' if share else ''} {said}", answer) if m.kind == "money" else None


def _place(token: Token) -> tuple[Token | None, str]:
    """The verb a figure belongs to, and what it is there: the change, the new figure or the old one."""
    if token.dep_ == "npadvmod" and token.head.pos_ == "VERB":
        return token.head, "change"  # "rose 12 percent"
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None:
        return None, ""
    if prep.lower_ == "to" and prep.head.pos_ == "VERB":
        return prep.head, "new"  # "to $310 million"
    if prep.lower_ in ("with", "to") and prep.head.lower_ in _AGAINST:
        return prep.head.head, "old"  # "compared with $276 million"
    if prep.lower_ in _AGAINST:
        return prep.head, "old"  # "against $276 million"
    return None, ""


def _pobj(against: Token) -> Token | None:
    """The figure of "compared with $9 million" or "against $9 million"."""
    for c in against.children:
        if c.dep_ == "pobj":
            return c
        if c.dep_ == "prep" and c.lower_ in ("with", "to"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _to_figures(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


def _is_amount(token: Token) -> bool:
    return token.ent_type_ == "MONEY"


def _dated(token: Token) -> bool:
    return any(t.ent_type_ == "DATE" for t in token.subtree)


def _new_period(verb: Token, subject: Token, against: Token) -> str | None:
    """'in the quarter' before the comparison, or the subject's own ("profits for the first half");
    "" when the subject holds it, None when the sentence gives none."""
    phrases = [
        c
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod") and c.i < against.i and c.lower_ != "to" and _dated(c)
    ]
    if phrases:
        return " ".join(words_of(list(p.subtree)).strip(" ,") for p in phrases)
    return "" if _dated(subject) else None


def _old_period(verb: Token, against: Token, old: Token) -> str:
    """'in the matching quarter a year before', inside the comparison or hung on the verb after it."""
    inside = [c for c in old.children if c.dep_ == "prep" and _dated(c)]
    after = [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i > against.right_edge.i and _dated(c)]
    return " ".join(words_of(list(p.subtree)).strip(" ,") for p in [*inside, *after])
