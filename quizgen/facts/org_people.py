"""A person the tagger called an organisation: "American Fred Kerley won in 9.88 seconds".

A name met once is easily tagged ORG; asked "Which organization …?" it teaches that a sprinter is a
body. These are the signs news gives of a person: a nationality adjective just before the name, an
age after it ("Kerley, 29,"), a given name another person in the story has, "he"/"she" opening the
next sentence, a deed timed as only people are (in 9.88 seconds, in the 56th minute), a player's
ranking before the name ("world number three Elena Varga"), or its surname later given an age.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_ents
from quizgen.facts.role_links import DEMONYM
from quizgen.vocabulary import BODY_WORDS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext

#: Last words that make a name a body's ("American Airlines", "Kenyan Football Federation"): an
#: institution's, and the clubs', firms' and forces' of sport and business pages.
_BODY_ENDS = BODY_WORDS | set(
    "airlines airways united city fc rovers athletic county motors insurance capital partners holdings "
    "police army navy force".split()
)
_RANKING = re.compile(r"(?:\bworld (?:number|no\.?) \w+|\bseed(?:ed)?(?: \w+)?)$")
#: "in 9.88 seconds", "in the 56th minute": a deed timed as a runner's or a scorer's.
_PERSON_TIMING = re.compile(
    r"\bin (?:\d+(?:\.\d+)? ?(?:sec(?:ond)?s?|s)\b|the \d+(?:st|nd|rd|th) minute\b|\d{1,2}:\d\d(?::\d\d)?\.\d+\b)"
    r"|\b\d+(?:st|nd|rd|th)[- ]minute (?:equali[sz]er|winner|goal|penalty|header|strike|free[- ]kick)"
)  # "finished second in 3:51.02", "headed in a 94th-minute equaliser"


def person_as_org(ctx: ArticleContext, ent: Span) -> bool:
    """Is the "organisation" `ent` by these signs a person (two or three capitalised words, no body's
    last word)?"""
    words = [t for t in ent if t.lower_ != "the"]
    if not 2 <= len(words) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return False
    if any(t.text.isupper() for t in words) or words[-1].lower_ in _BODY_ENDS:
        return False
    signs = (_nationality_before(ent), _age_after(ent), _ranked_before(ent), _surname_aged(ctx, words[-1].text))
    return any(signs) or _shared_given(ctx, words[0].text) or _timed(ent)


def _ranked_before(ent: Span) -> bool:
    """'world number three Elena Varga', 'top seed Nadia Petrova': a player's ranking before the name."""
    before = ent.doc[max(ent.start - 4, 0) : ent.start].text.lower()
    return _RANKING.search(before) is not None


def _surname_aged(ctx: ArticleContext, surname: str) -> bool:
    """'Varga, 22, will next face …': the name's last word later stands alone with an age."""
    return re.search(rf"\b{re.escape(surname)}, (?:1[4-9]|[2-9]\d),", ctx.text) is not None


def _nationality_before(ent: Span) -> bool:
    """'American Fred Kerley', 'the Jamaican Oblique Seville'."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.text[:1].isupper() and (before.ent_type_ == "NORP" or DEMONYM.search(before.text) is not None)


def _age_after(ent: Span) -> bool:
    """'Seville, 24, …': an age in apposition."""
    doc, end = ent.doc, ent.end
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text not in (",", ")"):
        return False
    age = doc[end + 1].text
    return age.isdigit() and 14 <= int(age) <= 99


def _shared_given(ctx: ArticleContext, given: str) -> bool:
    """'Jason Cummings' in a story that also names a 'Jason Holt': a given name, so a person."""
    return any(p.name.split()[0] == given for p in ctx.people.people if len(p.name.split()) >= 2)


def _timed(ent: Span) -> bool:
    """The name does something 'in 9.88 seconds' or 'in the 56th minute', or 'he'/'she' follows it."""
    verb = ent.root.head
    if ent.root.dep_ == "nsubj" and _PERSON_TIMING.search(ent.doc[verb.i : verb.right_edge.i + 1].text):
        return True
    sent = ent.sent
    after = ent.doc[sent.end] if sent.end < len(ent.doc) else None
    named = any(e.label_ == "PERSON" for e in span_ents(sent))
    return after is not None and after.lower_ in ("he", "she") and not named
