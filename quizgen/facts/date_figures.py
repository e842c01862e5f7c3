"""Dates of a change in an amount: "ferry traffic rose 4 percent in 2019", "fares fell by 2 percent
in May", "the catch will climb to 900 tonnes by 2030".

A date right after a figure usually says when that figure held ("from 150 in 2019 to 420"), and is
no event's. But when the figure is the size (or the end level) of the change the verb names, and
nothing in the clause compares it with another time, the date is when the change came:
"In what year did ferry traffic rise 4 percent?".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import doc_ents
from quizgen.facts.lexicon import CHANGE_VERBS
from quizgen.facts.number_scores import RESULT_VERBS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: How a figure hangs on the verb as the size of its change ("rose 4 percent", "lost 30 berths").
AMOUNT_DEPS = ("dobj", "attr", "npadvmod", "oprd")
#: Prepositions that give the size or the end level of a change ("fell by 2 percent", "climb to 900 tonnes").
AMOUNT_PREPS = ("by", "to")
#: Prepositions that lead in the date of a change.
DATE_PREPS = ("in", "on", "by", "during", "since")
#: Words that compare the figure with another time or figure: the date may be that one's.
COMPARING = frozenset({"from", "than", "against", "compared", "versus", "over"})


def change_of(ent: Span) -> Token | None:
    """The verb of change whose change the date `ent` times, when the parse hangs the date on the
    figure or beside it on the verb; None otherwise."""
    root = ent.root
    anchor = root.head if root.dep_ == "pobj" and root.head.lower_ in DATE_PREPS else root
    if anchor is root and root.dep_ not in ("npadvmod", "tmod"):
        return None
    verb = anchor.head
    if verb.pos_ != "VERB":
        verb = verb.head.head if verb.head.lower_ in AMOUNT_PREPS else verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHANGE_VERBS:
        return None
    figures = [f for f in _amounts(verb) if f.i < ent.start]
    if len(figures) != 1 or any(c.lower_ in COMPARING or c.dep_ == "conj" for c in verb.children):
        return None  # ("grew 2 pct, but down from …": the question would carry the rest along)
    others = [e for e in doc_ents(ent.doc) if e.label_ == "DATE" and e.sent == ent.sent and e.start != ent.start]
    if any(verb in e.root.ancestors for e in others):
        return None  # ("to 500 in 2025 and to 900 by 2030": which date goes with which level)
    return verb if anchor.head in (verb, figures[0], figures[0].head) else None


def _amounts(verb: Token) -> list[Token]:
    """The figures the verb's change is measured by: its object ("4 percent") or "by"/"to" phrase."""
    out = []
    for child in verb.children:
        heads = [child] if child.dep_ in AMOUNT_DEPS else []
        if child.dep_ == "prep" and child.lower_ in AMOUNT_PREPS:
            heads = [g for g in child.children if g.dep_ == "pobj"]
        out += [h for h in heads if h.like_num or any(c.like_num and c.dep_ == "nummod" for c in h.children)]
    return out


def dates_a_level(ent: Span) -> bool:
    """The date says when a figure held, not when anything happened: it follows a "from"/"to" leg
    whose object is counted ("climbed from 40 boats in 2010 to 95 in 2020"), or owns a figure
    ("below 2019's six percent")."""
    root = ent.root
    if root.dep_ == "poss":
        noun = root.head
        return noun.like_num or any(c.like_num and c.dep_ == "nummod" and not _a_score(c) for c in noun.children)
    start = root.head.i if root.dep_ == "pobj" and root.head.dep_ == "prep" else ent.start
    before = ent.doc[start - 1] if start > ent.sent.start else None
    if before is None or before.dep_ != "pobj" or before.head.lower_ not in ("from", "to"):
        return False
    return before.like_num or any(c.like_num and c.dep_ == "nummod" for c in before.children)


def _a_score(number: Token) -> bool:
    """ "Saturday's 3-0 defeat": the goals of a game the date names, no figure the day had."""
    doc = number.doc
    return number.i + 2 < len(doc) and doc[number.i + 1].text in ("-", "\u2013") and doc[number.i + 2].like_num


#: A score just before the date: "beat Rovers 2-1 on Saturday", "lost 3-0 to Harlow on Sunday".
_SCORE_BEFORE = re.compile(r"\b\d{1,3}\s?[-\u2013]\s?\d{1,3}\b(?:\s+\w+){0,3}\s*$")


def figure_times_the_verb(ent: Span) -> bool:
    """A figure stands before the date, yet the date times the verb's event: a game's score
    ("beat Rovers 2-1 on Saturday": when the game was played) or the level a verb sets or keeps
    ("held its rate at 12.5 percent on Tuesday": when the bank decided)."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.head.pos_ != "VERB":
        return False
    verb, prep = root.head.head, root.head
    before = ent.doc[verb.i : prep.i].text
    if verb.lemma_.lower() in RESULT_VERBS and _SCORE_BEFORE.search(before):
        return True
    levels = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i < prep.i]
    return any(g.like_num or any(n.like_num for n in g.children) for c in levels for g in c.children)
