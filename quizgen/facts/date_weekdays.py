"""Weekdays as wire copy writes them: after the subject ("The board Tuesday approved …"), which
reads like a club's name ("Sheffield Wednesday") yet dates the verb; and the weekday an undated
story gives as its only date."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.clause_cuts import finish_question
from quizgen.facts.clause_rest import clause_rest
from quizgen.facts.context import words_of
from quizgen.facts.lexicon import WEEKDAY_NAMES
from quizgen.facts.verb_forms import base_form
from quizgen.vocabulary import DAY_PARTS, WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext


def subject_then_weekday(ent: Span) -> bool:
    """ "Tibet Wednesday started construction", "The Harbour Board Tuesday approved …": a weekday
    right after a named subject, as the wire writes it, dates the verb. Not "Sheffield Wednesday
    beat Leeds" (a club) nor "Black Friday": the word before must be a name the parse found on
    its own, and none that makes a weekday a name."""
    doc = ent.doc
    root, prev = ent.root, doc[ent.start - 1] if ent.start > ent.sent.start else None
    if prev is None or len(ent) != 1 or root.lower_ not in WEEKDAYS or prev.lower_ in WEEKDAY_NAMES:
        return False
    if prev.ent_type_ not in _NAMED or root.dep_ not in ("npadvmod", "tmod"):
        return False
    verb = root.head
    return verb.i == ent.end and verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBD", "VBZ")


def name_glued_to_weekday(ctx: ArticleContext, ent: Span) -> str | None:
    """ "Tibet Wednesday started construction on …" → When did Tibet start construction on …? The parse
    takes the name for part of the weekday ("Tibet Wednesday"), so the verb has no subject of its own."""
    if not subject_then_weekday(ent):
        return None
    verb, name = ent.root.head, [t for t in ent.root.subtree if t.i < ent.start]
    if not name or name[0].i != ent.sent.start or verb.tag_ != "VBD":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg") for c in verb.children):
        return None  # ("The city council Tuesday approved …": the parse found the subject, and asks it)
    rest = clause_rest(ctx, verb, {t.i for t in ent.root.subtree}, True)
    return None if rest is None else finish_question(["When did", words_of(name), base_form(verb), rest])


def object_then_weekday(ent: Span) -> bool:
    """ "will keep searching for Omar Haddad Tuesday": a weekday after a person the verb acts on dates
    the verb, as wire copy writes it; a person's name never ends in a weekday as a club's does."""
    doc = ent.doc
    prev = doc[ent.start - 1] if ent.start > ent.sent.start else None
    root = ent.root
    if prev is None or len(ent) != 1 or root.lower_ not in WEEKDAYS or root.dep_ not in ("npadvmod", "tmod"):
        return False
    verb = root.head
    return (
        prev.ent_type_ == "PERSON"
        and prev.dep_ in ("dobj", "pobj")
        and verb.pos_ in ("VERB", "AUX")
        and verb.i < prev.i
    )


#: Entities that can be a clause's subject.
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


def weekday_only(answer: str, aliases: list[str]) -> tuple[str, list[str], str]:
    """ "on Saturday morning" → "Saturday": the weekday is all an undated story tells; "" when it
    names none. "last Friday" stays in the article's words (its weekday alone is right too)."""
    days = [w for w in re.findall(r"[a-z]+", answer.lower()) if w in WEEKDAYS]
    if len(days) != 1:
        return "", [], "surface"
    day = days[0].capitalize()
    counted = re.fullmatch(rf"(last|next|this) {days[0]}", answer.strip().lower())
    if counted is not None:
        return f"{counted[1]} {day}", [day, f"on {day}"], "weekday-only"
    part = re.fullmatch(rf"(?:on )?{days[0]} ({'|'.join(DAY_PARTS)})", answer.strip().lower())
    if part is not None:  # "Saturday night": the article's words, the weekday alone is right too
        return f"{day} {part[1]}", [day, f"on {day}", f"on {day} {part[1]}"], "weekday-only"
    return day, [a for a in (answer, *aliases, f"on {day}") if a != day], "weekday-only"


def day_of_clock_time(ent: Span) -> Span:
    """ "around 5:31 p.m. Monday", "at 9 a.m. Tuesday": spaCy calls the whole a TIME, yet the weekday
    closing it is the date a quiz asks; the clock time stays out of it."""
    from spacy.tokens import Span  # (loaded with the model already: dates are read from a parse)

    if ent.label_ == "TIME" and len(ent) > 1 and ent[-1].lower_ in WEEKDAYS and re.search(r"\d", ent.text):
        return Span(ent.doc, ent.end - 1, ent.end, label="DATE")
    return ent
