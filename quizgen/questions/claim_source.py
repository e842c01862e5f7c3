"""Whose word a claim question gives, by the name the article introduced them with.

"According to Watanabe, what percentage …?" read away from the story leaves the learner asking who
Watanabe is: the article introduced "Kenji Watanabe", and the question says so. A name that fits
no one person is left as the article wrote it; one that fits several is asked only where the
lines before name one of them in full.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext

#: "According to Watanabe, …", "According to Ms Holt, …": a person by part of their name.
_ACCORDING = re.compile(r"^According to ((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?[A-Z][\w'\u2019-]+), ")


def full_claim_source(question: str, ctx: ArticleContext, sentence: str = "") -> str | None:
    """The question with a surname after "According to" written as the person's full name; None when
    the article names two people so ("According to Xu" of Xu Bo and Xu Lin) and the sentence the
    claim stands in does not follow only one of their full names."""
    m = _ACCORDING.match(question)
    if m is None:
        return question
    person = ctx.people.find(m.group(1))
    if person is None and sentence and ctx.text.find(sentence) >= 0:
        person = ctx.people.find_before(m.group(1), ctx.text, ctx.text.find(sentence))
        if person is None and _shared(m.group(1), ctx):
            return None  # whose claim it is the learner cannot tell
    if person is None or " " not in person.name or person.name in question:
        return question
    return f"According to {person.name}, {question[m.end() :]}"


def _shared(name: str, ctx: ArticleContext) -> bool:
    """Two or more people the article names carry `name` as their first or last name."""
    return sum(name in (p.name.split()[0], p.name.split()[-1]) for p in ctx.people.people) > 1
