"""Start dates written with a participle for a preposition: "fares will rise starting next month",
"the pier reopened beginning on May 1", "prices apply effective January 1".

spaCy hangs such a date on the participle as if "starting" were an event of its own, which gives
"When did the council start?" — a question about nothing. The date says from when the main verb's
event holds, so it is asked of that verb: "From when will fares rise?".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.date_values import resolve
from quizgen.facts.relative import Reading

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Participles that lead a start date in, as a preposition would.
START_WORDS = frozenset({"starting", "beginning", "effective"})
#: Prepositions that may stand between the participle and its date ("starting on May 1").
_LINKS = ("on", "in", "from")


def start_word(ent: Span) -> Token | None:
    """The participle that leads the date `ent` in, right before it (or before its "on"), when it
    carries nothing but the date and follows the verb whose event starts then; None otherwise.
    The parse hangs the date on the participle, or both side by side on the verb."""
    doc = ent.doc
    if all(at < 0 or doc[at].lower_ not in START_WORDS for at in (ent.start - 1, ent.start - 2)):
        return None  # most dates: no participle in reach (and `ent.root` walks the whole span)
    root = ent.root
    first = ent.start
    node = root
    if root.dep_ == "pobj" and root.head.lower_ in _LINKS and root.head.i == ent.start - 1:
        node, first = root.head, ent.start - 1
    if first == 0 or node.dep_ not in ("pobj", "npadvmod", "tmod", "prep", "dobj"):
        return None
    word = ent.doc[first - 1]
    if word.lower_ not in START_WORDS or word.head == word or word.head.pos_ not in ("VERB", "AUX"):
        return None
    if node.head != word and (node.head != word.head or node.head.i > word.i):
        return None
    if word.head.i > word.i or any(c != node and not c.is_punct for c in word.children):
        return None  # ("starting the work on May 1": the participle has an object, an event of its own)
    return word


def dated_verb(ent: Span) -> Token | None:
    """The verb whose event the date `ent` times: the main verb for a start date, else its clause's."""
    start = start_word(ent)
    return start.head if start is not None else clause_verb(ent.root)


def takes_effect_later(ent: Span) -> bool:
    """ "appointed Ann Ruiz as chief, effective January 1": the date is when the appointment takes
    effect, not when anyone appointed her, so "From when did … appoint …?" asks nothing true. A
    verb with an object is an act done once; "prices apply effective January 1" stays."""
    word = start_word(ent)
    return word is not None and word.lower_ == "effective" and any(c.dep_ == "dobj" for c in word.head.children)


def effective_ahead(ent: Span, published: dt.date | None) -> bool | None:
    """Which way a date without a year led in by "effective" points: the one nearer the story, ahead
    or just passed, whatever the tense of the act ("has been appointed chief executive, effective
    June 1" in a May story is that June; "resigned, effective June 1" in a story of June 3 too),
    since the act takes effect later than it is done. None for any other date, a date with its year
    written, or a story whose date is unknown: the clause's tense decides."""
    word = start_word(ent)
    if word is None or word.lower_ != "effective" or published is None or _YEAR.search(ent.text):
        return None
    ahead, behind = (_day(resolve(ent.text, published, future=way)) for way in (True, False))
    if ahead is None or behind is None:
        return True if ahead is not None else None
    return (ahead - published).days <= (published - behind).days


def _day(reading: Reading | None) -> dt.date | None:
    iso = reading[0] if reading is not None else None
    return dt.date.fromisoformat(iso) if iso is not None and len(iso) == 10 else None


_YEAR = re.compile(r"\b\d{4}\b")
