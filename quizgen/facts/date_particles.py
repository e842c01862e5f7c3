"""A verb's particle the parse took for a date's preposition: "was sworn in Thursday as president" is
sworn in, on Thursday, for no day is "in Thursday"; the question keeps the "in" ("When was … sworn in …?").
So is "turned himself in last month" after a verb whose "in" is a particle: never "When did he turn himself?"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.vocabulary import WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


#: Verbs with an "in" particle that a counted date may follow ("handed in last week", "moved in this year").
PARTICLE_IN_VERBS = frozenset("turn hand swear move check step cave give fill phase kick log sign usher rein".split())
#: A date counted from the story's day: "last month", "this week", "earlier this year".
_COUNTED = re.compile(r"(?:earlier |later )?(?:last|this|next) (?:week|month|year)", re.I)
#: A pronoun object the particle follows: "turned himself in", "handed it in".
_PRONOUN = r"(?: (?:himself|herself|themselves|itself|him|her|them|it))?"


def particle_in(ent: Span) -> bool:
    """ "sworn in Thursday", "weighed in yesterday": no day is "in Thursday", so the parse's preposition
    is the verb's particle; nor is a turning or handing "in last month" (it is "in", last month)."""
    prep = ent.root.head
    bare = ent.text.strip().lower() in (*WEEKDAYS, "today", "yesterday", "tomorrow")
    counted = bool(_COUNTED.fullmatch(ent.text.strip())) and prep.head.lemma_ in PARTICLE_IN_VERBS
    return (bare or counted) and prep.lower_ == "in" and prep.i == ent.start - 1 and prep.head.pos_ == "VERB"


def with_particle(ent: Span, verb: Token, question: str | None) -> str | None:
    """The question with the verb's "in" put back after the verb, or None when the verb is not found."""
    if question is None or not particle_in(ent):
        return question
    words = rf"\b({re.escape(verb.text)}|{re.escape(verb.lemma_)}){_PRONOUN}\b(?! in\b)"
    put = re.sub(words, r"\g<0> in", question, count=1)
    return put if put != question else None
