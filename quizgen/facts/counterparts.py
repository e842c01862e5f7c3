"""A post named by a counterpart: "Environment CS Ann Lind and her Devolution counterpart Tom Vale"
makes Tom Vale the Devolution Cabinet Secretary. News names a second office-holder by the first
one's post with the portfolio swapped; the post is asked only when the first one's title gives a
portfolio and a post after it, and the swapped word is a portfolio, not a country ("his Indian
counterpart" is placed by foreign_posts).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from quizgen.facts.fact_types import RoleFact, role_key
from quizgen.facts.places import demonym_country, is_country

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext


#: A word shaped like a demonym ("Ruritanian", "Togolese", "Cypriot" aside): a country's, no portfolio.
_DEMONYM_LIKE = re.compile(r"[A-Z][a-z]+(?:i|ian|an|ese|ish|ine|ch)")


def with_counterparts(ctx: ArticleContext, facts: list[RoleFact]) -> list[RoleFact]:
    """`facts` and, for each "his <Portfolio> counterpart <Name>", the post that name holds."""
    if "counterpart" not in ctx.text:
        return facts
    added: list[RoleFact] = []
    keys = {f.key for f in facts}
    for person in ctx.people.people:
        pattern = rf"\b(?:his|her|their) ([A-Z][a-z]+) counterparts?,? {re.escape(person.name)}\b"
        for fact in facts:
            found = re.search(pattern, fact.sentence)
            if found is None or fact.person == person.name:
                continue
            said = fact.sentence.find(fact.person)
            new = _swapped(fact.role, found.group(1)) if 0 <= said < found.start() else None
            key = role_key(person.name, new or "", fact.org)
            if new is None or key in keys:
                continue
            keys.add(key)
            added.append(
                dataclasses.replace(
                    fact,
                    key=key,
                    person=person.name,
                    person_aliases=tuple(ctx.aliases(person)),
                    role=new,
                    role_display=None,
                    answer_span=None,
                )
            )
    return facts + added


def _swapped(role: str, portfolio: str) -> str | None:
    """ "Environment Cabinet Secretary" with "Devolution" → "Devolution Cabinet Secretary"; None when
    the role opens with no portfolio of its own, or the word is a country's."""
    words = role.split()
    if len(words) < 2 or not words[0].istitle() or words[0] == portfolio or words[0].lower() == "former":
        return None
    if is_country(portfolio) or demonym_country(portfolio) is not None or _DEMONYM_LIKE.fullmatch(portfolio):
        return None
    return " ".join([portfolio, *words[1:]])
