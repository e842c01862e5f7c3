"""The question that asks when a date's event took place: the parse's own verb ("When did the board
approve …?"), both participles of one hearing ("When were three men arrested and charged?"), or a name
the parse glued to the weekday after it ("Tibet Wednesday started …" → When did Tibet start …?)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.clause_climbs import expected_infinitive
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.clauses import ask
from quizgen.facts.date_events import ask_date
from quizgen.facts.date_joined import joined_participles
from quizgen.facts.date_preps import wh_of_prep
from quizgen.facts.date_weekdays import name_glued_to_weekday

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext


def event_question(ctx: ArticleContext, ent: Span, iso: str | None) -> str | None:
    """ "When …?" for the event `ent` dates, or None."""
    question = (
        joined_participles(ctx, ent)
        or _expected(ctx, ent, iso)
        or ask_date(ctx, ent, iso)
        or name_glued_to_weekday(ctx, ent)
    )
    return None if question is not None and _frame_without_content(ent, question) else question


def _frame_without_content(ent: Span, question: str) -> bool:
    """ "The trust broke safety rules, a court heard on Tuesday" → "When did a court hear?": the verb
    that frames the clause before it ends the question, and what was heard is lost. Not asked."""
    verb = clause_verb(ent.root)
    if verb is None or not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return False
    last = question.rstrip("?").split()[-1:]
    return bool(last) and last[0].lower() in (verb.lower_, verb.lemma_.lower())


def _expected(ctx: ArticleContext, ent: Span, iso: str | None) -> str | None:
    """ "The bank expects inflation to ease by early 2026" → By when does the bank expect inflation to
    ease? The date is of what the bank expects, so it is asked of the expecting, never of the easing as
    a fact (which the parse gives the expected thing as its subject)."""
    root = ent.root
    verb = clause_verb(root) if root.dep_ == "pobj" and root.head.dep_ == "prep" else None
    if verb is None or root.head.head != verb or not expected_infinitive(verb):
        return None
    wh = wh_of_prep(ent, root.head, iso)
    target = ctx.doc[root.head.i : max(ent.end, root.right_edge.i + 1)]
    return ask(ctx, target, wh, verb=verb.head) if wh is not None else None
