"""Whose word a claim question gives, by the name the article introduced them with.

"According to Watanabe, what percentage …?" read away from the story leaves the learner asking who
Watanabe is: the article introduced "Kenji Watanabe", and the question says so. A name that fits
no one person, or several, is left as the article wrote it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext

#: "According to Watanabe, …", "According to Ms Holt, …": a person by part of their name.
_ACCORDING = re.compile(r"^According to ((?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? )?[A-Z][\w'\u2019-]+), ")


def full_claim_source(question: str, ctx: ArticleContext) -> str:
    """The question with a surname after "According to" written as the person's full name."""
    m = _ACCORDING.match(question)
    if m is None:
        return question
    person = ctx.people.find(m.group(1))
    if person is None or " " not in person.name or person.name in question:
        return question
    return f"According to {person.name}, {question[m.end() :]}"
