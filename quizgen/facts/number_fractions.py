"""Fractions of a whole: "two-thirds of the region's shipyards", "half of the town's shops".

A fraction is no count, so "how many" cannot ask it; it is asked as a share of the whole its "of"
phrase names ("What share of the town's shops closed in 2020?"), with the fraction as the answer.
A part "out of" a whole ("Eight out of the 12 samples") is asked as a count of that whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.number_ask import ask
from quizgen.facts.number_hedges import HEDGE_WORDS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

FRACTION = re.compile(
    rf"^(?:(?:{HEDGE_WORDS})\s+)?"
    r"(?:half|(?:a|one|two|three|four)[\s-](?:half|third|thirds|quarter|quarters|fifth|fifths))$",
    re.I,
)


def ask_fraction(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'Asia will hold two-thirds of the region's shipyards' → What share of the region's shipyards
    will Asia hold?; None for anything but a fraction with its whole."""
    if not FRACTION.match(ent.text.strip()):
        return None
    root = ent.root
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or root.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
        return None
    whole = [t for t in of.subtree if t.i > of.i]
    if not whole or any(t.pos_ == "PRON" or t.like_num for t in whole):
        return None  # "half of them", "half of its 300 staff": the question could not say whose
    others = [t for c in root.children if c.dep_ in ("conj", "cc") for t in c.subtree]  # "and 40 pct of …"
    target = ctx.doc[ent.start : of.right_edge.i + 1]
    question = ask(ctx, target, f"What share {words_of([of, *whole]).strip()}", drop_dates=False, extra_drop=others)
    answer = ent.text.strip()
    return (question, answer[:1].lower() + answer[1:]) if question else None


def out_of(ent: Span) -> Token | None:
    """The "out" of "Eight out of the 12 samples …" when `ent` is the count before it, else None."""
    root = ent.root
    if root.pos_ != "NUM" or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    out = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "out"), None)
    of = next((c for c in out.children if c.lower_ == "of"), None) if out is not None else None
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return out if whole is not None and whole.pos_ == "NOUN" else None


def ask_out_of(ctx: ArticleContext, ent: Span, out: Token) -> tuple[str, str] | None:
    """'Eight out of the 12 samples tested positive' → How many out of the 12 samples tested positive?"""
    whole = words_of([t for t in out.subtree if t.i > out.i])
    target = ctx.doc[ent.start : out.right_edge.i + 1]
    question = ask(ctx, target, f"How many out {whole}", drop_dates=False)
    return (question, ent.text.strip()) if question else None


#: The words between a part and its whole: "17 out of 20", "one in five", "three of every 10".
_PART_OF_WHOLE = re.compile(r"(?:\bout of|\bin|\bof every|\bin every)\s*(?:the\s*)?$", re.I)


def whole_of_a_part(ent: Span) -> bool:
    """'17 out of 20 warehouses were full', 'one in five adults smokes': the 20 and the five are the
    whole the first figure counts from; "How many warehouses were full? — 20" would teach the whole
    as the count, so the whole is never asked on its own."""
    doc = ent.doc
    before = doc[max(ent.sent.start, ent.start - 4) : ent.start]
    if len(before) < 2 or not _PART_OF_WHOLE.search(before.text):
        return False
    words = [t for t in before if t.lower_ not in ("out", "of", "in", "every", "the")]
    if not words or not words[-1].like_num:
        return False
    bare_in = before[-1].lower_ == "in"  # "one in five", but "176 for six in 20 overs" is no part of a whole
    return not bare_in or words[-1].lower_ in ("one", "1")
