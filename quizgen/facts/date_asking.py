"""The question that asks when a date's event took place: the parse's own verb ("When did the board
approve …?"), both participles of one hearing ("When were three men arrested and charged?"), or a name
the parse glued to the weekday after it ("Tibet Wednesday started …" → When did Tibet start …?)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.date_events import ask_date
from quizgen.facts.date_joined import joined_participles
from quizgen.facts.date_weekdays import name_glued_to_weekday

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext


def event_question(ctx: ArticleContext, ent: Span, iso: str | None) -> str | None:
    """ "When …?" for the event `ent` dates, or None."""
    return joined_participles(ctx, ent) or ask_date(ctx, ent, iso) or name_glued_to_weekday(ctx, ent)
