"""Post questions about a post left behind, and the person's own posts among the false options.

"What post did Ann Lind hold? — former mayor of Harwick": the answer keeps the article's words,
and "mayor of Harwick" is accepted too (the question already asks in the past). And a post the
article gives the same person ("What post did she hold? — senator", with "party treasurer",
another of her posts, among the options) is no false option: the learner who knows her is marked
wrong. Every post the article gives the person is kept out of that person's options.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.fact_types import RoleFact
from quizgen.questions.realize import FORMER

if TYPE_CHECKING:
    from quizgen.facts.fact_types import Fact
    from quizgen.questions.draft import Draft

#: The time word of a post left behind, as it opens the post.
LEFT_BEHIND = re.compile(rf"^(?:the )?(?:{FORMER.pattern})\s*", re.I)  # the words `realize` asks "did hold" for
#: A post question that already asks in the past.
ONCE = re.compile(r"\bpost did \S.*\bhold\b")


def bare_post_accepted(draft: Draft) -> Draft:
    """`draft` also accepts "mayor of Harwick" when it asks what post someone held and its
    answer is "former mayor of Harwick"."""
    if draft.answer_type != "role" or not ONCE.search(draft.question) or not LEFT_BEHIND.match(draft.answer):
        return draft
    bare = LEFT_BEHIND.sub("", draft.answer, count=1)
    if bare and bare not in draft.aliases:
        draft.aliases = [*draft.aliases, bare]
    return draft


def own_posts(draft: Draft, facts: list[Fact]) -> list[str]:
    """Every post the article gives the person a post question asks about (never a false option)."""
    if draft.answer_type != "role" or not isinstance(draft.fact, RoleFact):
        return []
    person = draft.fact
    names = {person.person, *person.person_aliases}
    posts: list[str] = []
    for fact in facts:
        if isinstance(fact, RoleFact) and fact.person in names and fact is not person:
            posts += [p for p in (fact.role, fact.role_display, *fact.other_posts) if p]
    posts += list(person.other_posts)
    return [v for p in posts for v in (p, LEFT_BEHIND.sub("", p, count=1)) if v and v != draft.answer]
