"""Which pronoun the article uses for a person, guessed where it introduces them.

A wrong guess sends a later "he" or "she" to the wrong person, and a question then credits one person
with another's deeds ("In what year did Ann Lind marry …?"), so only plain evidence counts: a word
that says the sex outright ("Ms", "his daughter, …", "…, the chairwoman"), else a pronoun after the
name that no one else in its sentence can take.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.lexicon import FEMALE_CUES, MALE_CUES
from quizgen.facts.people import FEMALE, MALE, Person

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

_BEFORE = re.compile(r"\b(\w+)\.?\s+$")


def introduced_gender(ctx: ArticleContext, person: Person) -> str | None:
    """'m', 'f' or None for `person` (see the module docstring)."""
    start = ctx.doc.char_span(person.first_seen, person.first_seen + 1, alignment_mode="expand")
    if start is None:
        return None
    cue = _cue(ctx, person, start.sent)
    if cue is not None:
        return cue
    return _pronoun_after(ctx, person, start.sent)


def _cue_words(ctx: ArticleContext, person: Person, sent: Span) -> set[str]:
    """Words that say the sex: a title right before any mention, a noun set beside the first."""
    words = set()
    for at in ctx.mentions_of(person) or [person.first_seen]:
        found = _BEFORE.search(ctx.text, max(0, at - 12), at)
        if found is not None:
            words.add(found.group(1).lower())
    longer = [f.split() for f in person.forms if len(f.split()) > len(person.name.split())]
    words |= {f[0].lower().rstrip(".") for f in longer}  # "Lady Rowena Castel"
    head = _name_head(person, sent)
    if head is not None:
        beside = [c for c in head.children if c.dep_ == "appos"]
        if head.dep_ == "appos":
            beside.append(head.head)
        words |= {t.lower_ for t in beside if t.pos_ == "NOUN"}
    return words


def _cue(ctx: ArticleContext, person: Person, sent: Span) -> str | None:
    words = _cue_words(ctx, person, sent)
    male, female = bool(words & MALE_CUES), bool(words & FEMALE_CUES)
    return "m" if male and not female else "f" if female and not male else None


def _name_head(person: Person, sent: Span) -> Token | None:
    """The last word of the person's first mention in `sent`."""
    end = person.first_seen + len(person.name)
    heads = [t for t in sent if person.first_seen <= t.idx < end and t.pos_ == "PROPN"]
    return heads[-1] if heads else None


def _pronoun_after(ctx: ArticleContext, person: Person, sent: Span) -> str | None:
    """A pronoun after the name in its sentence (one before it is someone else's: "She succeeds Ann
    Lind", and then so may one after it be), or opening the next sentence when the person is its
    subject; none once another person is named between."""
    end = person.first_seen + len(person.name)
    if any(t.lower_ in MALE | FEMALE for t in sent if t.idx < person.first_seen):
        return None  # "Her pupil Ann Lind said she taught …": the "she" may well be the first one's
    tokens = [t for t in sent if t.idx >= end]
    subject = any(t.dep_ in ("nsubj", "nsubjpass") and person.name.endswith(t.text) for t in sent)
    nxt = ctx.next_sentence(sent)
    if nxt is not None and subject and not ctx.quotes_in(sent):  # after a quote, the story goes back to its own
        tokens += list(nxt[:4])
    others = [p.first_seen for p in ctx.people.people if p is not person]
    words = set()
    for t in tokens:
        if ctx.in_quote(t.idx):
            continue
        if any(end <= o <= t.idx for o in others) and t.sent == sent:
            break
        words.add(t.lower_)
    if words & FEMALE and not words & MALE:
        return "f"
    if words & MALE and not words & FEMALE:
        return "m"
    return None
