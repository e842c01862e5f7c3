"""What a date's clause in the present tense says of it: a timetable ("opens on May 4"), a
headline's or a photo caption's present ("A ranger feeds a seal … on May 2, 2024"), or today as
the present age ("Today, most readers pay online"): ahead, not askable, or no date at all."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.date_events import EVENT_NOUNS, FORESEE_VERBS
from quizgen.facts.date_starts import dated_verb, start_word
from quizgen.facts.lexicon import REPORTING
from quizgen.vocabulary import MONTHS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def scheduled(ent: Span) -> bool:
    """ "opens in May", "takes office on January 1", "meets on Friday": a plain present verb with a
    date of its own names what is timetabled, not what is past. Not a saying ("says on Tuesday"),
    a state ("is", "has"), nor a headline's present ("Firm posts profit on Tuesday")."""
    verb = dated_verb(ent)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ in ("be", "have", *REPORTING):
        return False
    if verb.sent.start == 0 or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    head = ent.root.head.head if ent.root.dep_ == "pobj" else ent.root.head
    return (head == verb or start_word(ent) is not None) and verb.lemma_ not in FORESEE_VERBS


def pictured(ent: Span, iso: str | None, published: dt.date | None) -> bool:
    """ "A ranger feeds a seal at the pier in Dunmore on May 2, 2024. PHOTO: AFP": a plain present
    dated before the story (or on its day, the year written out) is a photo caption's present, and
    "When does a ranger feed a seal …?" asks of no event; in an undated story, such a line with a
    photo credit after it. (A headline's present, the first sentence, is left to `scheduled`.)"""
    if not iso or not iso[:4].isdigit() or ent.sent.start == 0:
        return False
    verb = dated_verb(ent)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ in ("be", "have", *REPORTING):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if published is None:  # an undated story: only a credit after it says the line is a caption
        text = ent.doc.text
        rest = text[ent.sent.end_char : (text.find("\n", ent.sent.end_char) + 1 or len(text) + 1) - 1]
        return bool(re.search(r"\b\d{4}\b", ent.text)) and re.search(r"(?i)\bphoto", rest) is not None
    last, day = iso.split("/")[-1], published.isoformat()
    # (the story's own day too when its year is written out: "opens on May 2, 2024" is no timetable)
    return last < day[: len(last)] or (last == day and bool(re.search(r"\b\d{4}\b", ent.text)))


def present_without_year(ent: Span) -> bool:
    """A month or day with no year, on a verb in the plain present: a headline's present ("Firm posts
    profit in May") or a timetable ("ends on May 2"), so the year cannot be chosen either way."""
    text = ent.text.lower()
    if re.search(r"\b\d{4}\b", text) or not set(re.findall(r"[a-z]+", text)) & set(MONTHS):
        return False
    verb = dated_verb(ent)
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ in ("be", "have", *REPORTING):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def nowadays(ent: Span, future: bool | None) -> bool:
    """ "Today, most readers pay online": today as the present age, not a day (the clause is present
    tense); so is "farmers today" in a clause not told in the past ("surveys show that farmers
    today sell …"); and "today's tree line", "today's prices": the present, not a day's event."""
    if ent.text.strip().lower().rstrip("'s’") not in ("today", "now"):
        return False
    if ent.root.dep_ == "poss" or (ent.end < len(ent.doc) and ent.doc[ent.end].tag_ == "POS"):
        return not _an_event(ent.root.head)  # ("today's sell-off", "today's vote": that day's event)
    prev = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    if prev is not None and prev.tag_ == "NNS" and not prev.ent_type_ and future is not True:
        clause = clause_verb(ent.root)
        if clause is None or clause.tag_ != "VBD":
            return True
    verb = ent.root.head
    return future is None and verb.tag_ in ("VBZ", "VBP") or ent.root.dep_ == "pobj"


#: Endings of nouns made from verbs: "today's decision", "today's announcement", "today's sell-off".
_EVENT_ENDINGS = ("tion", "sion", "ment", "ing", "-off", "-out", "-up", "-down", "-over")
#: A market's or a count's move on the day: "today's slide in bank shares", "today's rally".
_MOVES = frozenset("slide fall rise rally drop plunge surge jump crash decline gain slump rebound".split())
_EVENTS = EVENT_NOUNS | _MOVES


def _an_event(noun: Token) -> bool:
    """A noun that names something that happens (a day's event), not a state of the present."""
    doc, at = noun.doc, noun.i
    word = noun.lower_ if at < 2 or doc[at - 1].text != "-" else f"{doc[at - 2].lower_}-{noun.lower_}"  # "sell-off"
    return noun.pos_ == "NOUN" and (noun.lemma_.lower() in _EVENTS or word.endswith(_EVENT_ENDINGS))
