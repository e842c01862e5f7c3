"""Which date expressions name a point in time an event took, and which only look like one.

spaCy tags as DATE a length of time ("12 months"), a vague span ("in recent years"), the time a
figure held ("150 in 2019"), a time the event did not take ("instead of today") and a weekday
ending a name ("Sheffield Wednesday"). `extract_dates` asks only about the rest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import spaced_dashes, span_text
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.date_ages import an_age
from quizgen.facts.date_figures import change_of, dates_a_level, figure_times_the_verb
from quizgen.facts.date_glosses import glosses_a_noun, one_of_two_days, spells_out_a_time_noun
from quizgen.facts.date_starts import takes_effect_later
from quizgen.facts.date_weekdays import object_then_weekday, subject_then_weekday
from quizgen.vocabulary import TIME_UNITS_PATTERN, WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

#: Words of a length of time ("12 months", "two centuries"): a duration is a number, not a date.
DURATION = re.compile(rf"\b({TIME_UNITS_PATTERN}|centuries|century)\b", re.I)
#: Spans too vague to date an event ("in recent years", "every week", "currently").
VAGUE = re.compile(
    r"^(the )?(past|previous|recent|coming|next few|last few|several|many|some)\b|"
    r"\b(now|currently|monthly|yearly|annual|daily|weekly|every|each|decades|era)\b",
    re.I,
)


def names_a_time(ent: Span) -> bool:
    """A DATE entity that is a point in time an event took, by its words and place in the clause."""
    surface = span_text(ent).strip()
    if ent.label_ == "CARDINAL" and re.fullmatch(r"(19|20)\d\d/\d\d", surface):
        return True  # "the 2011/12 budget": spaCy takes a fiscal year for a number
    if ent.label_ != "DATE" or "\n" in surface or _is_duration(surface) or VAGUE.search(surface):
        return False
    if " ago" in surface.lower() and ent.root.head.pos_ not in ("VERB", "AUX"):
        return False  # "… from $1.2 billion a year ago": a point of comparison, not an event
    # "rose from 150 in 2019 to 420 last year": when each figure held, not an event
    if spells_out_a_time_noun(ent) or one_of_two_days(ent) or takes_effect_later(ent) or an_age(ent):
        return False
    return not (_dates_a_figure(ent) or _not_when(ent) or _to_levels(ent) or glosses_a_noun(ent))


def _to_levels(ent: Span) -> bool:
    """ "fell from 2015 to 1990 levels": two years name levels compared, not when anything happened."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ != "from" or ent.end + 1 >= len(doc):
        return False
    end = doc[ent.end + 1]
    return doc[ent.end].lower_ == "to" and end.dep_ in ("nummod", "compound", "amod") and end.head.pos_ == "NOUN"


def _dates_a_figure(ent: Span) -> bool:
    """The date belongs to a number ("150 in 2019", "420 last year"), not to the clause's event."""
    if dates_a_level(ent):
        return True  # "climbed from 40 boats in 2010 to …", "2019's six percent"
    if change_of(ent) is not None or figure_times_the_verb(ent):
        return False  # "rose 4 percent in 2019": the figure is the size of a change, and the date the change's
    head = ent.root.head
    start = ent.start
    if ent.root.dep_ == "pobj" and head.dep_ == "prep":
        start = min(start, head.i)
        head = head.head
    before = ent.doc[start - 1] if start > 0 else None
    figure = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
    if head.lower_ in ("pct", "percent", "%", "cent", "dlrs", "bpd", "stg", "tonnes") and head.i < ent.start:
        return True  # "climb to 31 pct in 2027": the unit word stands for the figure
    if any(c.like_num and c.dep_ == "nummod" and not (ent.start <= c.i < ent.end) for c in ent.root.children):
        return True  # "down from 48,212 last month": the parse hangs the figure on the date
    if (
        ent.start >= 2
        and ent.doc[ent.start - 2].lower_ in ("so", "as")
        and ent.doc[ent.start - 1].lower_ in ("far", "of")
    ):
        return True  # "so far this week", "as of Wednesday": when a running figure stood, not an event
    units = ("pct", "percent", "%", "cent", "dlrs", "bpd", "stg", "tonnes", "tons")
    return (
        head.pos_ == "NUM"
        or head.ent_type_ in figure
        or (before is not None and (before.like_num or before.ent_type_ in figure or before.lower_ in units))
        or (
            before is not None
            and before.pos_ == "NOUN"
            and before.head.lower_ in ("from", "to")
            and any(c.like_num and c.dep_ == "nummod" for c in before.children)
        )
    )  # "rose from 26 cases in 2008 to 1,649 in 2014": each year is its figure's, no year of the rise


def _not_when(ent: Span) -> bool:
    """'instead of today', 'rather than in May': a time the event did not take; 'Sheffield
    Wednesday': a weekday that ends a name; 'held on a Friday': any Friday, no day."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(ent.sent.start, ent.start - 3) : ent.start]]
    if any(
        " ".join(before[i:]) in ("instead of", "rather than", "than", "instead of in", "rather than in")
        for i in range(len(before))
    ):
        return True
    verb = clause_verb(ent.root)
    if verb is not None and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children):
        return True  # "more doubt than there was a year ago": the time of a comparison, not an event
    dashes = spaced_dashes(ent.sent)
    if verb is not None and any(a < verb.i < b < ent.start for a, b in zip(dashes, dashes[1:], strict=False)):
        return True  # "the city - which was emerging from lockdown - banning … until Thursday": not the aside's time
    prev = doc[ent.start - 1] if ent.start > ent.sent.start else None
    words = ent.text.strip().lower().split()
    article = prev is not None and prev.lower_ in ("a", "an", "every", "each", "any")
    if len(words) == 2 and words[0] in ("a", "an", "every", "each", "any"):
        words, article = words[1:], True
    if article and len(words) == 1 and words[0] in WEEKDAYS:
        return True  # ("the fair is always held on a Friday": a rule of the calendar, not a date)
    weekday = ent.text.strip().lower() in WEEKDAYS and not (subject_then_weekday(ent) or object_then_weekday(ent))
    return weekday and prev is not None and prev.pos_ == "PROPN" and prev.is_title


def _is_duration(surface: str) -> bool:
    """'12 months', 'more than three years', 'two-day': lengths of time, not points in it."""
    if re.search(r"\b(ago|last|next|this|early|late|mid|end|beginning|start)\b|^(the )?year \d{4}$", surface, re.I):
        return False
    return bool(DURATION.search(surface))
