"""Figures whose scope a question would misstate: a margin left over ("with 11 balls to spare"), the
object of two verbs asked of one ("will build or repair 3,500 water points" is no count of repairs),
a window of the latest ones ("had won his previous 11 matches" is no total of wins), or a rate
asked as a sum ("a dividend of Rs 4 per share")."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.joint_doers import partner_on_verb
from quizgen.facts.measures import CURRENCY_WORDS, SCALES
from quizgen.nlp import tokens_where

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span


#: The words that end a margin ("to spare", "in hand", "left", "remaining").
_MARGIN_WORDS = frozenset({"spare", "hand", "left", "remaining"})


def to_spare(ent: Span) -> bool:
    """ "chased down 287 with seven wickets and 11 balls to spare": a margin left over, which "With how
    many balls did India chase down 287?" would turn into what the chase took."""
    end = min(ent.end + 8, ent.sent.end)
    at = tokens_where(ent.doc, "LOWER", _MARGIN_WORDS.__contains__)
    if bisect_left(at, ent.end) == bisect_left(at, end):
        return False  # most figures: no such word follows, so the words after are not walked
    after = ent.doc[ent.end : end]
    words = [t.lower_ for t in after]
    ends = [i for i in range(len(words) - 1) if words[i : i + 2] in (["to", "spare"], ["in", "hand"])]
    with_ = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "with"  # "with two minutes left"
    ends += [i for i, w in enumerate(words[:3]) if with_ and w in ("left", "remaining")]
    return bool(ends) and not any(t.pos_ in ("VERB", "AUX") for t in after[: min(ends)])


def shared_object(ent: Span) -> bool:
    """ "will build or repair 3,500 water points": the figure sizes what both verbs take, and a question
    of the last one alone ("How many water points will it repair?") would count only repairs."""
    verb = clause_verb(ent.root)
    if verb is None or verb.dep_ != "conj" or not 0 < verb.i - verb.head.i <= 3:
        return False
    first = verb.head
    joined = any(c.dep_ == "cc" and first.i < c.i < verb.i for c in first.children)
    own = any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in first.children)
    return first.pos_ == "VERB" and joined and not own and ent.root.head.dep_ == "dobj" and ent.root.head.head == verb


#: Words that make a counted noun a window of the latest or earliest ones ("his previous 11 matches").
_WINDOW = {"last", "previous", "past", "next", "first", "final", "opening", "latest"}


def window(ent: Span) -> bool:
    """ "had won his previous 11 matches": the figure sizes a window (a run of wins), and "How many
    matches had he won?" would ask for a total."""
    root = ent.root
    if ent.label_ != "CARDINAL" or root.dep_ != "nummod":
        return False
    return any(c.dep_ == "amod" and c.lower_ in _WINDOW and c.i < root.i for c in root.head.children)


#: What a sum is counted by when it is a rate ("Rs 4 per share", "$1.20 a share").
_RATE_UNITS = {"share", "unit", "person", "head", "tonne", "ton", "barrel", "ounce", "kilogram", "litre", "liter"}


def a_rate(span: Span) -> bool:
    """ "a dividend of Rs 4 per share", "$3 apiece": the sum is a rate, not a total."""
    rate = [t.lower_ for t in span.doc[span.end : span.end + 2]]
    return rate[:1] == ["apiece"] or len(rate) == 2 and rate[0] in ("per", "a", "each") and rate[1] in _RATE_UNITS


#: Words after a deficit's size that say a side was behind by it ("two goals down").
_BEHIND = ("down", "behind", "adrift")


def deficit_overturned(ent: Span) -> bool:
    """ "came from two goals down to draw", "fought back from three points behind": a deficit the side
    came back from, which "From how many goals did Rangers come down?" turns inside out."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ != "from":
        return False
    for t in doc[ent.end : min(ent.end + 3, ent.sent.end)]:
        if t.lower_ in _BEHIND:
            return True
        if t.pos_ in ("VERB", "AUX") or t.is_punct:
            return False
    return False


#: Who a race is for, in its name ("the women's 1500 metres").
_RACE_FIELDS = {"men", "women", "boys", "girls", "mixed"}


def race_name(ent: Span) -> bool:
    """ "broke the world record in the women's 1500 metres", "won the men's 100m": a distance that
    names the race, not a length anyone covered; "In how many metres did she break the record?" reads
    it as one."""
    doc = ent.doc
    if ent.label_ != "QUANTITY" or ent.start < 2:
        return False
    before, owner = doc[ent.start - 1], doc[ent.start - 2]
    return before.lower_ in ("'s", "’s") and owner.lower_ in _RACE_FIELDS


#: Words that say a level held still: "little changed at 83.04", "unchanged at 412 pence".
_HELD_LEVEL = {"changed", "unchanged", "steady", "flat", "stable"}


def held_level(ent: Span) -> bool:
    """ "The rupee was little changed at 83.04 per dollar": a level a price stayed at, which "At how
    much was the rupee changed?" would turn into a change."""
    at = ent.root.head
    return ent.root.dep_ == "pobj" and at.lower_ == "at" and at.head.lower_ in _HELD_LEVEL


#: Words after a sum that make it a rate: "500,000 rupees for each family", "$20 per head".
_RATE_WORDS = ("for each", "for every", "per", "a head", "apiece", "each")


def rate_lost(span: Span, question: str) -> bool:
    """ "announced compensation of 500,000 rupees for each family that lost a relative": the sum is a
    rate, and a question without its "for each family" ("How much compensation did X announce?")
    asks for a total the article never gives."""
    doc, end = span.doc, span.end
    while end < span.sent.end and doc[end].lower_ in CURRENCY_WORDS | SCALES:
        end += 1  # "500,000 [rupees] for each": the unit the tagger left out
    after = " ".join(t.lower_ for t in doc[end : min(end + 2, span.sent.end)])
    rate = next((w for w in _RATE_WORDS if after == w or after.startswith(w + " ")), None)
    return rate is not None and f" {rate} " not in f" {question.lower()} "


def partner_left_out(ent: Span) -> bool:
    """ "The charity, along with two hospitals, raised £2.3 million": the partner hangs on the verb and a
    question from the clause would give the charity alone the whole sum."""
    verb = clause_verb(ent.root)
    return verb is not None and partner_on_verb(verb)
