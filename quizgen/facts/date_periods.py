"""When a reporting period ended: "in the three months ended Nov. 2", "Cisco's fiscal first quarter
ended Oct. 27". Earnings news dates its figures by the end of the firm's quarter; spaCy reads the
whole phrase as one date, which no reader places, so the day it ended would go unasked.

The question names the period by its owner ("When did Cisco's fiscal first quarter end?") or by
what happened in it ("When did the quarter in which Ann Ruiz Ltd sold 400 ferries end?"); with
neither, "the quarter" could be any, and nothing is asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from quizgen.facts.date_values import resolve
from quizgen.facts.fact_types import DateFact
from quizgen.vocabulary import MONTHS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.relative import Base

_MONTH = rf"(?:{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.?"
#: "the three months ended Nov. 2", "fiscal first quarter ended Oct. 27, 2007", "the year ending March 31".
_PERIOD_ENDED = re.compile(
    r"^(?:the\s+)?(?P<period>(?:fiscal\s+)?(?:(?:first|second|third|fourth|final)\s+)?"
    r"(?:fiscal\s+)?(?:quarter|half|half-year|year|(?:three|six|nine|12|twelve)\s+months|period))"
    rf"\s+(?:that\s+)?(?P<verb>ended|ending)\s+(?:on\s+)?(?P<day>{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)$",
    re.I,
)


def period_end_fact(
    ctx: ArticleContext, ent: Span, base: Base | None, key: Callable[[str, str], str]
) -> DateFact | None:
    """The day a reporting period ended ("the quarter ended May 31"), asked of the period; `key`
    gives the fact's key from its date and question, as for every other date."""
    found = period_end(ent) if ent.label_ == "DATE" and not ctx.in_quote(ent.start_char) else None
    value = resolve(found[0], ctx.published, future=False, base=base) if found is not None else None
    if found is None or value is None:
        return None
    iso, answer, aliases, fmt = value
    at = ent.start_char - ent.sent.start_char
    return DateFact(
        key=key(iso or found[0].lower(), found[1]),
        sentence=ent.sent.text.strip(),
        answer_span=(at, at + len(ent.text)),
        question=found[1],
        answer=answer,
        aliases=tuple(aliases),
        iso=iso,
        format=fmt,
        surface=found[0],
    )


def period_end(ent: Span) -> tuple[str, str] | None:
    """(the day the period ended as written, the question) for a "quarter ended <day>" date, or None."""
    found = _PERIOD_ENDED.match(ent.text.strip())
    if found is None:
        return None
    period = found.group("period")
    owner = _owner(ent)
    if owner is not None:
        return found.group("day"), f"When did {owner} {period} end?"
    happened = _what_happened(ent)
    if happened is None:
        return None
    return found.group("day"), f"When did the {period} in which {happened} end?"


def _owner(ent: Span) -> str | None:
    """ "Cisco's" written just before the period: the firm whose quarter it is."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text not in ("'s", "\u2019s"):
        return None
    name = doc[ent.start - 2]
    if name.pos_ != "PROPN":
        return None
    first = name.i
    while first > ent.sent.start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].dep_ == "compound":
        first -= 1
    return doc[first : ent.start].text


def _what_happened(ent: Span) -> str | None:
    """ "RIM introduced a new handset" from "During the quarter ended May 31, RIM introduced a new
    handset and …": the past-tense clause the period is the time of, its subject named (the "it" of
    "X said it earned …" is X), its object cut at the first comma."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "during", "for") or root.head.dep_ != "prep":
        return None
    verb = root.head.head
    if verb.tag_ != "VBD":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    name = _subject_name(subject, verb)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if name is None or len(objects) != 1:
        return None
    thing = _up_to_comma(objects[0])
    if thing is None or objects[0].left_edge.i != verb.i + 1:
        return None  # ("earned Rs 84 crore" with "Rs" hung elsewhere: the object would lose its currency)
    return f"{name} {verb.text} {thing}"


def _subject_name(subject: Token | None, verb: Token) -> str | None:
    if subject is None:
        return None
    if subject.lower_ in ("it", "they"):  # "Krispy Kreme said it earned …": the speaker is the "it"
        said = verb.head
        if verb.dep_ != "ccomp" or said.lemma_ not in ("say", "report", "announce"):
            return None
        subject = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return None
    if subject.pos_ != "PROPN":
        return None
    return _up_to_comma(subject)


def _up_to_comma(token: Token) -> str | None:
    """The phrase under `token`, up to its first comma or bracket (None when that leaves a bare article)."""
    words = []
    for t in token.subtree:
        if t.text in (",", "(", ";", "--", "\u2014"):
            break
        words.append(t)
    if not words or words[-1].i < token.i:
        return None
    return "".join(t.text_with_ws for t in words).strip()
