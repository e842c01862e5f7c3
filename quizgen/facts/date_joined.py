"""Two passive participles that share one date: "Three men were arrested and charged on Monday",
"was sentenced to six years and fined 20,000 euros on Tuesday".

The date stands after the second participle, and the first has none of its own; when both are steps
of one hearing or arrest (never "was built in Glasgow and launched in 1961"), both took place that
day. Asked of the second alone, the question cannot be worded ("charged" has no "were" of its own)
or drops the first event, which the story leads with; asked of both, it names the whole event:
"When were three men arrested and charged?".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.doc_memo import span_ents
from quizgen.facts.clauses import ask
from quizgen.facts.context import words_of
from quizgen.facts.lexicon import PENALTY_PARTICIPLES
from quizgen.vocabulary import TIME_UNITS_PATTERN

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: Steps of an arrest or a hearing that one day holds together ("arrested and charged", "sentenced and fined").
ONE_DAY_STEPS = frozenset({*PENALTY_PARTICIPLES, "arrested", "detained", "indicted", "remanded", "booked"})
#: A length of time ("sentenced to six years") is no date of the first participle's own.
_LENGTH = re.compile(rf"\b(?:{TIME_UNITS_PATTERN})\b", re.I)


def joined_participles(ctx: ArticleContext, ent: Span) -> str | None:
    """ "When were three men arrested and charged?" for a date after the second of two passive
    participles, or None when the date is not of that shape."""
    second = _second_participle(ent)
    if second is None:
        return None
    prep = ent.root.head if ent.root.dep_ == "pobj" else None
    if prep is not None and prep.lower_ not in ("on", "in", "at"):
        return None  # ("by Monday", "until May": not the day it happened)
    target = ent.doc[prep.i : ent.end] if prep is not None else ent
    first = ask(ctx, target, "When", verb=second.head)  # "When were three men arrested?"
    if first is None or not first.endswith("?"):
        return None
    rest = [t for t in second.subtree if not (target.start <= t.i < target.end) and t.i >= second.i]
    while rest and rest[-1].is_punct:
        rest.pop()
    said = words_of(rest).strip()
    if not said or len(said.split()) > 14 or any(t.text in '"\u201c\u201d' for t in rest):
        return None
    return f"{first[:-1]} and {said}?"


def _second_participle(ent: Span) -> Token | None:
    """The participle `ent` dates when it is joined by "and" to a passive participle with no date of
    its own ("were arrested and charged on Monday"), or None."""
    root = ent.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root.head
    if root.dep_ not in ("pobj", "npadvmod", "tmod") or verb.dep_ != "conj" or verb.i > ent.start:
        return None
    first = verb.head
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lower_.endswith("ed"))
    if not participle or first.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in first.children):
        return None
    if verb.lower_ not in ONE_DAY_STEPS or first.lower_ not in ONE_DAY_STEPS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None  # ("was arrested and he was charged on Monday": a clause of its own)
    between = ent.doc[first.i + 1 : verb.i]
    if [t.lower_ for t in between if t.dep_ == "cc" and t.head == first] != ["and"]:
        return None  # ("arrested but released on Monday", "arrested, questioned and charged")
    spans = [e for e in span_ents(between) if e.label_ in ("DATE", "TIME")]  # (a length is none: "to six years")
    dated = [e for e in spans if not _LENGTH.search(e.text) or re.search(r"\b(?:ago|last|this)\b", e.text)]
    if dated or any(t.dep_ in ("advcl", "relcl", "ccomp") for t in between):
        return None  # ("was arrested in May and charged on Monday": two events, two dates)
    return verb
