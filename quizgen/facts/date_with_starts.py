"""A start set by an announcement: "announced tougher rules last Friday, with most offices closed from
Tuesday" → From when were most offices closed? The Tuesday is the first one after the announcement,
which the sentence dates itself; counted from the story's date instead it could be a week out. With no
dated announcement in the sentence, nothing is asked."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.date_effective_posts import effective_post_fact
from quizgen.facts.date_values import resolve
from quizgen.facts.fact_types import DateFact
from quizgen.facts.verb_forms import base_form
from quizgen.facts.wording import lower_first
from quizgen.vocabulary import WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.relative import Base

_WEEKDAYS = [day.lower() for day in WEEKDAYS][:7]


def with_start_fact(
    ctx: ArticleContext, ent: Span, base: Base | None, key: Callable[[str, str], str]
) -> DateFact | None:
    """The fact for a bare weekday after "from" in a "with …" phrase on a dated announcement, or for a
    post taken up from a date still to come ("appointed X as chief, effective April 1"), or None."""
    if (post := effective_post_fact(ctx, ent, base, key)) is not None:
        return post
    found = _with_start(ctx, ent, base) if ent.label_ == "DATE" and ctx.published is not None else None
    if found is None:
        return None
    question, day = found
    value = resolve(f"{WEEKDAYS[day.weekday()].capitalize()}, {day:%B} {day.day}, {day.year}", ctx.published, base=base)
    if value is None or value[0] != day.isoformat():
        return None
    iso, answer, aliases, fmt = value
    at = ent.start_char - ent.sent.start_char
    return DateFact(
        key=key(iso or "", question),
        sentence=ent.sent.text.strip(),
        answer_span=(at, at + len(ent.text)),
        question=question,
        answer=answer,
        aliases=(*aliases, ent.text.strip()),
        iso=iso,
        format=fmt,
        surface=ent.text.strip(),
    )


def _with_start(ctx: ArticleContext, ent: Span, base: Base | None) -> tuple[str, dt.date] | None:
    """(question, day) for "…, with <subject> <participle> from <weekday>" on a past, dated verb."""
    text, doc = ent.text.strip().lower(), ent.doc
    if text not in _WEEKDAYS or ent.start == 0 or doc[ent.start - 1].lower_ != "from" or ctx.in_quote(ent.start_char):
        return None
    participle = doc[ent.start - 1].head
    subject = _subject(participle)
    if subject is None or participle.tag_ not in ("VBN", "VBG"):
        return None
    with_word = subject.head if subject.dep_ == "pobj" else participle.head
    for _ in range(6):  # "with offices closed from Tuesday and all schools moving …": up the list to its "with"
        if with_word.lower_ == "with" or with_word.dep_ not in ("conj", "pobj", "prep", "pcomp"):
            break
        with_word = with_word.head
    if with_word.lower_ != "with" or with_word.dep_ != "prep":
        return None
    announced = with_word.head if with_word.head.pos_ == "VERB" else with_word.head.head
    anchor = _anchor_day(ctx, announced, ent, base)
    if announced.tag_ != "VBD" or anchor is None:
        return None
    ahead = (_WEEKDAYS.index(text) - anchor.weekday()) % 7 or 7
    day = anchor + dt.timedelta(days=ahead)
    rest = words_of(t for c in participle.children if c.dep_ == "prep" and c.i < ent.start - 1 for t in c.subtree)
    rest = f" {rest}" if rest else ""
    later = ctx.published is not None and day > ctx.published
    cut = set() if subject.head == participle else set(participle.subtree)  # ("shops reopening": not the participle)
    who = lower_first(words_of(t for t in subject.subtree if t not in cut))
    if not who or len(who.split()) > 6:
        return None
    if participle.tag_ == "VBN":
        be = "will" if later else ("was" if subject.tag_ in ("NN", "NNP") else "were")
        verb = f"be {participle.lower_}" if later else participle.lower_
        return f"From when {be} {who} {verb}{rest}?", day
    return f"From when {'will' if later else 'did'} {who} {base_form(participle)}{rest}?", day


def _subject(participle: Token) -> Token | None:
    """The noun the participle tells of: its own subject ("with offices closed"), or the noun it hangs on
    ("with shops reopening")."""
    subjects = [c for c in participle.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0] if subjects[0].pos_ == "NOUN" else None
    if participle.dep_ == "acl" and participle.head.pos_ == "NOUN" and participle.head.dep_ in ("pobj", "conj"):
        return participle.head
    return None


def _anchor_day(ctx: ArticleContext, verb: Token, ent: Span, base: Base | None) -> dt.date | None:
    """The one past day the sentence dates `verb` with ("last Friday announced", "on Monday called")."""
    days = []
    for other in ctx.ents:
        if other.label_ != "DATE" or other.sent != ent.sent or other.start == ent.start:
            continue
        head = other.root.head
        if head == verb or (head.dep_ == "prep" and head.head == verb and head.lower_ in ("on", "last")):
            value = resolve(other.text, ctx.published, future=False, base=base)
            if value is not None and value[0] is not None and len(value[0]) == 10:
                days.append(dt.date.fromisoformat(value[0]))
    return days[0] if len(days) == 1 and ctx.published is not None and days[0] <= ctx.published else None
