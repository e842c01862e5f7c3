"""Numbers that measure a change: "fell from 8,412 to 7,905", "rose 12%", "grew by 2.3 million"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.lexicon import CHANGE_NOUNS, CHANGE_VERBS
from quizgen.facts.measures import Measure, measure
from quizgen.facts.number_ask import ask, set_off_share
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def ask_change(ctx: ArticleContext, ent: Span, m: Measure) -> tuple[str, str] | None:
    """Changes: 'fell from 8,412 to 7,905, or 6%', 'rose 12% to $4.2 billion', 'dropping an average of 20%'."""
    root = m.head
    if " to " in ent.text:
        return None  # "$310 million to $402 million": NER joined both ends
    is_percent = m.kind == "percent"
    unit = "amount" if m.kind == "money" else "level" if is_percent else "figure"
    if m.unit:
        unit = f"number of {m.unit}"
    ent = m.span
    prep = root.head if root.dep_ == "pobj" else None
    # the chain of from/to phrases hangs off the change verb (or off each other)
    top = prep
    while (
        top is not None
        and top.head != top
        and (top.head.dep_ == "prep" or (top.head.dep_ == "pobj" and top.head.head.dep_ == "prep"))
    ):
        top = top.head if top.head.dep_ == "prep" else top.head.head
    anchor = top.head if top is not None else None
    if prep is not None and (prep.dep_ == "conj" or any(c.dep_ == "conj" for c in prep.children)):
        return None  # "climb to 31 pct in 2026 and to 40 pct by 2029": two targets, one question would mix them
    if prep is not None and prep.lower_ in ("from", "to") and anchor is not None and is_change(anchor):
        if under_noun(anchor):
            return None  # "laid out the progress made to double the tax to 10 percent": not the outer verb's
        target = ctx.doc[prep.i : prep.right_edge.i + 1]
        if prep.lower_ == "to":  # keep "from X" in the question, drop "to Y" and what follows it
            target = ctx.doc[prep.i : max(prep.right_edge.i, ent.end - 1) + 1]
        wh, others = f"{prep.text.capitalize()} what {unit}", _other_figures(anchor, prep)
        question = own_period_first(ent, ask(ctx, target, wh, drop_dates=False, extra_drop=others))
        return (question, ent.text) if question else None
    if is_percent and root.dep_ == "conj" and root.head.dep_ == "pobj":  # "…, or 12.9%"
        first = root.head.head
        while first.head != first and (
            first.head.dep_ == "prep" or (first.head.dep_ == "pobj" and first.head.head.dep_ == "prep")
        ):
            first = first.head if first.head.dep_ == "prep" else first.head.head
        if first.lower_ in ("from", "to") and is_change(first.head):
            target = ctx.doc[first.i : max(first.right_edge.i, ent.end - 1) + 1]
            question = ask(ctx, target, "By what percentage", drop_dates=False)
            return (question, ent.text) if question else None
    if is_percent and root.dep_ == "npadvmod" and is_change(root.head) and not set_off_share(root):  # "rose 12%"
        question = ask(ctx, ent, "By what percentage", drop_dates=False, extra_drop=_other_figures(root.head, root))
        return (question, ent.text) if question else None
    average = prep.head if prep is not None and prep.lower_ == "of" and prep.head.lower_ == "average" else None
    if (
        is_percent
        and average is not None
        and (
            (average.dep_ == "dobj" and is_change(average.head))  # "dropping an average of 20%"
            or (average.dep_ == "pobj" and average.head.lower_ == "by" and is_change(average.head.head))
        )
    ):
        start = average.head.i if average.dep_ == "pobj" else average.left_edge.i  # "by an average of 3.8%"
        target = ctx.doc[start : average.right_edge.i + 1]
        question = ask(ctx, target, "By what percentage, on average,", drop_dates=False)
        return (question, ent.text) if question else None
    return None


def _other_figures(verb: Token, own: Token) -> list[Token]:
    """'rose 8 percent to $2.4 billion from $2.2 billion': with the size of a change and both its
    ends in one question, the answer is arithmetic, not recall. The question about an end leaves
    the percentage out; the question about the percentage leaves the "to" end out."""
    percent = [c for c in verb.children if c.dep_ == "npadvmod" and c.lower_ in ("percent", "%", "pct")]
    ends = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("from", "to") and any(t.like_num for t in c.subtree)
    ]
    if not percent or not ends or len(ends) + len(percent) < 3 and own not in percent:
        return []
    gone = [c for c in ends if c.lower_ == "to"] if own in percent else percent
    out: list[Token] = []
    for child in gone:
        out.extend(child.subtree)
        if child.i > 0 and verb.doc[child.i - 1].text == ",":
            out.append(verb.doc[child.i - 1])
    return out


#: The wh-phrase of a change's end: "From how many cases", "To what figure", up to its auxiliary.
_END_WH = re.compile(
    r"^((?:From|To) (?:how many|how much|what)\b.*?) (?=(?:did|do|does|is|are|was|were|has|have|had|will|would)\b)"
)


def own_period_first(ent: Span, question: str | None) -> str | None:
    """'From what amount was the surplus pared to $10 billion in 1986 in 1985?' → 'From what amount in
    1985 was …': an end of a change with its own year ("17.4 billion dlrs in 1985"), left last after
    the other end's, or left in the middle where it reads as the change's, goes beside the wh-phrase."""
    doc = ent.doc
    at = next((i for i in range(ent.end, min(ent.end + 2, len(doc) - 1)) if doc[i].lower_ == "in"), None)
    found = _END_WH.match(question) if question is not None and at is not None else None
    if question is None or at is None or found is None or doc[at + 1].ent_type_ != "DATE":
        return question
    end = at + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    wh, words = found.group(1), f"in {doc[at + 1 : end].text}"
    body = question[len(wh) : -1]
    if wh.endswith(f" {words}") or not re.search(r" (?:from|to) ", body):
        return question  # (without the other end, "rise in 1987" is the change's own year too)
    if body.endswith(f" {words}"):
        body = body[: -len(words) - 1]
    elif f" {words} " in body:
        if body.count(f" {words}") > 1:
            return question
        body = body.replace(f" {words} ", " ", 1)
    return f"{wh} {words}{body}?"


def is_change(token: Token) -> bool:
    """A verb or noun of change ("fell", "a decline"), or a verb whose object is one."""
    if token.lemma_.lower() in CHANGE_VERBS and token.pos_ == "VERB":
        return True
    if token.lemma_.lower() in CHANGE_NOUNS and token.pos_ == "NOUN":
        return True
    return token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in CHANGE_NOUNS for c in token.children)


def ask_by_amount(ctx: ArticleContext, m: Measure) -> tuple[str, str] | None:
    """'the membership grew by 2.3 million' → By how much did the membership grow …?"""
    head = m.head
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "by" or not is_change(prep.head) or head.pos_ != "NUM":
        return None
    target = ctx.doc[prep.i : max(m.span.end, head.right_edge.i + 1)]
    question = ask(ctx, target, "By how much", drop_dates=False)
    return (question, answer_text(ctx, m.span, None)) if question else None


#: Prepositions of the date each target of a change is reached by ("to 31 pct in 2026 and to 40 pct by 2029").
_BY_WHEN = ("in", "by")


def under_noun(verb: Token) -> bool:
    """'the progress made to double the tax': a verb that, through "to", describes a noun; a
    question worded from the clause around that noun would ask the wrong verb."""
    node = verb
    while node.dep_ == "xcomp" and node.head != node:
        node = node.head
    return node is not verb and node.dep_ == "acl"


def ask_dated_target(ctx: ArticleContext, ent: Span, m: Measure) -> tuple[str, str] | None:
    """'would climb to 31 pct in 2026 and to 40 pct by 2029' → To what level would … climb in 2026? /
    … by 2029?: each target of a change is asked with its own date, the other target and its date
    left out. Only when both targets have a date, and the question keeps its own and not the other's."""
    doc = ctx.doc
    sent = ent.sent
    if m.span.start == 0 or doc[m.span.start - 1].lower_ != "to":
        return None
    pair = _dated_pair(ctx, doc[m.span.start - 1].i, sent)
    if pair is None:
        return None
    (first, first_date), (second, second_date) = pair
    if m.span.start not in (first.start + 1, second.start + 1):
        return None
    mine, other = (first, second) if m.span.start == first.start + 1 else (second, first)
    own_date, other_date = (first_date, second_date) if mine is first else (second_date, first_date)
    verb = next((t for t in reversed(doc[sent.start : first.start]) if t.pos_ == "VERB"), None)
    if verb is None or not is_change(verb) or under_noun(verb):
        return None
    unit = (
        "amount" if m.kind == "money" else "level" if m.kind == "percent" else f"number of {m.unit}" if m.unit else ""
    )
    if not unit:
        return None
    gone = doc[first.start : second.start] if mine is second else doc[first_date.end : second_date.end]
    question = ask(ctx, mine, f"To what {unit}", drop_dates=False, extra_drop=gone)
    if question is None or own_date.text not in question or other_date.text in question or other.text in question:
        return None
    return question, m.span.text


def _dated_pair(ctx: ArticleContext, to: int, sent: Span) -> tuple[tuple[Span, Span], tuple[Span, Span]] | None:
    """The two "to FIGURE in/by DATE" phrases joined by "and" that a "to" at `to` belongs to (each as
    the "to" phrase and its date phrase), or None."""
    phrases = []
    i = sent.start
    while i < sent.end:
        found = _to_phrase(ctx, i, sent)
        if found is not None:
            phrases.append(found)
            i = found[1].end
        else:
            i += 1
    for (a, a_date), (b, b_date) in zip(phrases, phrases[1:], strict=False):
        if ctx.doc[a_date.end].lower_ == "and" and b.start == a_date.end + 1 and to in (a.start, b.start):
            return (a, a_date), (b, b_date)
    return None


def _to_phrase(ctx: ArticleContext, i: int, sent: Span) -> tuple[Span, Span] | None:
    """'to 26 pct in 1987' starting at token i: the "to" phrase and its date phrase."""
    doc = ctx.doc
    if doc[i].lower_ != "to" or i + 1 >= sent.end or not doc[i + 1].like_num:
        return None
    ent = ctx.ent_at(doc[i + 1])
    if ent is None or ent.label_ not in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return None
    end = measure(ent).span.end
    if end + 1 >= sent.end or doc[end].lower_ not in _BY_WHEN:
        return None
    date = ctx.ent_at(doc[end + 1])
    if date is None or date.label_ != "DATE" or date.start != end + 1:
        return None
    return doc[i:end], doc[end : date.end]


def joined_target(ctx: ArticleContext, m: Measure) -> bool:
    """'rose to 12 pct in 2019 and to 15 pct after that': a target joined to another by "and to";
    unless each has its own date (see `ask_dated_target`), one question would have two answers."""
    doc, start = ctx.doc, m.span.start
    if start == 0 or doc[start - 1].lower_ != "to":
        return False
    sent = m.span.sent
    targets = [t.i for t in sent if t.lower_ == "to" and t.i + 1 < sent.end and doc[t.i + 1].like_num]
    joined = [i for i in targets if i > sent.start and doc[i - 1].lower_ == "and"]
    return len(targets) >= 2 and bool(joined) and start - 1 in targets
