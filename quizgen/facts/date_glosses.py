"""Dates that gloss a noun or share their place: "the growing season (April-October)" says which
months the season covers, not when the clause's event took place; asked "When did the team map …?"
it would answer with the season. So does "accounts for every year from 2000 to 2023" (the years
the accounts cover, not when they are published). "Made on May 11 and 12" has two days: either
alone would be half the answer. A date glossing a date ("Tuesday (April 7)") is read elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.vocabulary import MONTHS, WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span


def glosses_a_noun(ent: Span) -> bool:
    """The date stands alone in brackets right after a noun that names no day, month or year
    ("the dry season (May-September)"; not "Tuesday (April 7)", "June 3 (Wednesday)")."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    noun = doc[ent.start - 2]
    return noun.pos_ in ("NOUN", "PROPN") and not noun.like_num and noun.lower_.rstrip(".") not in {*WEEKDAYS, *MONTHS}


#: Nouns of a stretch of time that a "from … to …" right after them spells out ("every year from 2000").
TIME_NOUNS = frozenset("year years month months period periods decade decades season seasons era".split())


def spells_out_a_time_noun(ent: Span) -> bool:
    """ "for every year from 2000 to 2023", "the period from 2025": the years belong to the noun."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "from":
        return False
    noun = doc[ent.start - 2]  # a common noun: "Clean-Up Week from June 3 to 9" names an event, held then
    return noun.text.islower() and (noun.lower_ in TIME_NOUNS or noun.ent_type_ == "DATE")


def one_of_two_days(ent: Span) -> bool:
    """ "on May 11 and 12", "on May 11 and June 2": the date is joined to another day, so it is
    one end of what happened (the day after "and" may be a bare number the model does not call a date)."""
    return any(
        c.dep_ == "conj" and not (ent.start <= c.i < ent.end) and (c.like_num or c.ent_type_ == "DATE")
        for c in ent.root.children
    )
