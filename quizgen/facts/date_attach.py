"""Dates the parse may have hung on the wrong verb, so that "When …?" would ask about the wrong event.

"rules for the harbour – which had only just reopened to ferries – limiting berths until Friday":
the date lies past the aside's closing dash, yet the parse hangs it on the verb inside the aside.
"Fares stayed under the level set by the board in its review last week": the date comes right after
a clause that describes a noun, and may be that clause's (the review's week) as well as the main
verb's. Either way the sentence does not settle it, so no
question is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.doc_memo import span_ents
from quizgen.vocabulary import DASHES

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def misattached(ent: Span, verb: Token) -> bool:
    """The date `ent` is outside a dash aside that holds `verb`, or right after a clause that
    describes a noun of `verb`'s clause."""
    start = ent.root.head.i if ent.root.dep_ == "pobj" and ent.root.head.dep_ == "prep" else ent.start
    sent = ent.sent
    dashes = [t.i for t in sent if t.text in DASHES and t.whitespace_ and t.i > sent.start]
    if any(a < verb.i < b < start for a, b in zip(dashes, dashes[1:], strict=False)):
        return True
    before = ent.doc[start - 1] if start > sent.start else None
    if (
        before is not None
        and (before.pos_ in ("NOUN", "PROPN") or before.dep_ == "pobj")
        and _dated_before(ent, start, verb)
    ):
        return True  # ("on Tuesday sentenced five for the murder of a woman over dowry in 2019": the murder's year)
    nested = [t for t in verb.subtree if t.i > verb.i and (t.dep_ in ("acl", "relcl") or t.tag_ in ("VBN", "VBG"))]
    return any(t.right_edge.i == start - 1 for t in nested)  # ("set by the board in its review")


def _dated_before(ent: Span, start: int, verb: Token) -> bool:
    """Another date of the sentence, before `ent`, already dates `verb`: a second one after a noun is
    more likely that noun's own (the crime's year, not the sentencing's)."""
    for other in span_ents(ent.sent):
        if other.label_ != "DATE" or other.end > start or other.start == ent.start:
            continue
        root = other.root  # a time said of the verb ("on Tuesday"), not a name's word ("Clean-Up Week")
        prep = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
        if (
            (prep is not None and prep.head == verb)
            or (root.dep_ in ("npadvmod", "tmod") and root.head == verb)
            or subject_adverbial(other) == verb
        ):
            return True
    return False


def subject_adverbial(ent: Span) -> Token | None:
    """ "The court on Tuesday overturned …", "The police on Monday (May 4) arrested …": a day with "on",
    set between the subject and its verb, which the parse hangs on the subject; the verb it dates,
    or None. (A year or a month there may be the noun's own: "A plan in July to reopen the pier was
    dropped".)"""
    root, doc = ent.root, ent.doc
    prep = root.head
    end = prep.right_edge.i + 1  # ("The ministry on Tuesday (April 7) said …": the bracketed date goes with it)
    if root.dep_ != "pobj" or prep.lower_ != "on" or prep.i != ent.start - 1 or end >= len(doc):
        return None
    if end != ent.end and not (doc[end - 1].text == ")" and "(" in doc[ent.start : end].text):
        return None
    noun, verb = prep.head, doc[end]
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head != verb or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb
