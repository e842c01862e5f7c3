"""A verb's particle the parse took for a date's preposition: "was sworn in Thursday as president" is
sworn in, on Thursday, for no day is "in Thursday"; the question keeps the "in" ("When was … sworn in …?")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.vocabulary import WEEKDAYS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def particle_in(ent: Span) -> bool:
    """ "sworn in Thursday", "weighed in yesterday": no day is "in Thursday", so the parse's preposition
    is the verb's particle."""
    prep = ent.root.head
    bare = ent.text.strip().lower() in (*WEEKDAYS, "today", "yesterday", "tomorrow")
    return bare and prep.lower_ == "in" and prep.i == ent.start - 1 and prep.head.pos_ == "VERB"


def with_particle(ent: Span, verb: Token, question: str | None) -> str | None:
    """The question with the verb's "in" put back after the verb, or None when the verb is not found."""
    if question is None or not particle_in(ent):
        return question
    put = re.sub(rf"\b({re.escape(verb.text)}|{re.escape(verb.lemma_)})\b(?! in\b)", r"\1 in", question, count=1)
    return put if put != question else None
