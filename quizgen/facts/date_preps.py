"""Which question word a date's preposition calls for: "by 2030" → By when, "since May" →
Since when, "from May 4" → From when; None when the preposition dates no event ("to the end of
May", "instead of today", "moved from Tuesday to Thursday")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.date_tense import clause_future
from quizgen.vocabulary import WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: The question word for a date after these prepositions ("starting Monday" → From when …?).
WH_FOR_PREP = {
    "by": "By when",
    "until": "Until when",
    "till": "Until when",
    "since": "Since when",
    "before": "Before when",
    "after": "After when",
    "starting": "From when",
    "beginning": "From when",
    "effective": "From when",
}
#: Prepositions whose date is when the event happened ("between" too, for a span of years).
WHEN_PREPS = ("on", "in", "at", "during", "from", "over", "within", "around", "through", "throughout")
#: Prepositions that end a span an act began ("banned gatherings until Thursday"): the end may be ahead of
#: the story though the act is past ("rose from Monday" starts with its past act, and is read back).
BOUNDING = frozenset({"until", "till"})
#: A weekday alone, or with its part of the day ("Thursday afternoon").
_BARE_DAY = re.compile(rf"(?:{'|'.join(WEEKDAYS)})(?: (?:morning|afternoon|evening|night))?", re.I)
#: Verbs whose "for" names the date an event is fixed for ("is scheduled for May 3", "slated for June").
SCHEDULING = frozenset("schedule slate plan".split())
#: Verbs that move an event from one date to another ("moved from Tuesday to Thursday").
RESCHEDULING = frozenset("move shift postpone delay push bring reschedule change switch put defer advance".split())


def wh_of_prep(ent: Span, prep: Token, iso: str | None) -> str | None:
    """The question word for a date after the preposition `prep`, or None when it dates no event."""
    doc = ent.doc
    root = ent.root
    wh = "When"
    word = prep.lower_
    if word in BOUNDING and _BARE_DAY.fullmatch(ent.text.strip()) and clause_future(ent) is not True:
        return None  # "banned gatherings until Thursday": the act is past, the Thursday this week's or last's
    if word in WH_FOR_PREP:
        wh = WH_FOR_PREP[word]
    elif word == "from" and re.search(r"\bto\b|[-\u2013]", ent.text):
        wh = "When"
    elif (
        word == "from"
        and ent.end + 1 < len(doc)
        and doc[ent.end].lower_ == "to"
        and doc[ent.end + 1].ent_type_ == "DATE"
        and (not re.fullmatch(r"\d{4}", ent.text) or prep.head.lemma_ in RESCHEDULING)
    ):
        return None  # "the vote was moved from Tuesday to Thursday": no one day the event took
    elif word == "from" and not (ent.end + 1 < len(doc) and doc[ent.end].lower_ == "to" and doc[ent.end + 1].like_num):
        wh = "From when"  # "the fares apply from January 1": a start, not the one day
    elif word == "to" or (word == "through" and not (iso and "/" in iso)):
        return None  # "… to the end of November", "funded through May": a span's end, asked badly out of context
    elif iso and re.fullmatch(r"\d{4}", iso) and word == "in" and not _PART.match(ent.text):
        wh = "In what year"
    elif word == "for" and _fixed_ahead(prep.head):
        wh = "When"  # "The vote is scheduled for May 3" → When is the vote scheduled?
    elif word not in WHEN_PREPS and not (word == "between" and iso is not None and "/" in iso):
        return None  # "instead of today", "for 2020": not when the event happened
    if word == "since" and _counts(clause_verb(root)):
        return None  # "has recorded 23 cases since June": the date bounds a count, it dates no event
    return wh


#: A part of a year ("early 2006", "the end of 2025"): asked "When …?", since "In what year …?" would
#: want the year alone.
_PART = re.compile(r"(?:the )?(?:early|late|mid|end|beginning|middle|start)\b", re.I)


def _counts(verb: Token | None) -> bool:
    """The clause counts something ("recorded 23 cases", "fired in all 14 missions")."""
    if verb is None:
        return False
    return any(
        t.like_num and t.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
        for c in verb.children
        if c.dep_ in ("dobj", "prep", "attr")
        for t in c.subtree
    )


def _fixed_ahead(verb: Token) -> bool:
    """ "is scheduled for", "will be slated for": a date fixed for an event still to come. Not "was
    scheduled for" (when it was scheduled, or for when, the question could not say)."""
    if verb.lemma_ not in SCHEDULING or verb.tag_ != "VBN":
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(aux) and aux[0].tag_ in ("VBZ", "VBP", "MD")
