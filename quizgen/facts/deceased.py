"""People the article says have died: every post it gives them is one they held, not one they hold.

An obituary names its subject by the posts of a lifetime ("Ann Lind, a two-term governor of Ohio who
later served as ambassador, died Tuesday"); asked "At the time of writing, what post did Ann Lind hold?",
the answer would teach that the dead still govern.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.people import is_pronoun

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.people import Person

#: Verbs (lemmas) whose subject has died: "died", "passed away" (with "away"), "has died aged 92".
_DIE = {"die"}
_PASS = {"pass"}


def has_died(ctx: ArticleContext, person: Person) -> bool:
    """Whether the article, in its own voice, says `person` died (as the subject of "die" or "pass away")."""
    dead = ctx.__dict__.get("_deceased")
    if dead is None:
        dead = ctx.__dict__["_deceased"] = _the_dead(ctx)
    return id(person) in dead


def _the_dead(ctx: ArticleContext) -> set[int]:
    from quizgen.nlp import tokens_where

    found: set[int] = set()
    for verb in map(ctx.doc.__getitem__, tokens_where(ctx.doc, "LEMMA", (_DIE | _PASS).__contains__)):
        away = any(c.lower_ == "away" for c in verb.children)
        if verb.lemma_ not in _DIE and not (verb.lemma_ in _PASS and away):
            continue
        if any(c.dep_ == "neg" for c in verb.children) or verb.tag_ == "VB":  # "did not die", "may die"
            continue
        for token in [c for c in verb.children if c.dep_ == "nsubj" and not ctx.in_quote(c.idx)]:
            if token.lower_ == "who" and verb.dep_ == "relcl":
                token = verb.head  # "Ann Lind, who has died aged 88, was …"
            person = ctx.pronoun_person(token) if is_pronoun(token) else ctx.resolve_person(token)
            if person is not None:
                found.add(id(person))
    return found
