"""Fewer near-duplicates: a cap on questions about one person's posts, and reverse pairs kept apart.

A role fact can be asked three ways ("What post does X hold at Y?", "Which organisation is X
the president of?", "Who is the president of Y?"), and a person with two posts gives six
questions that a learner meets as one. So at most `MAX_PER_PERSON` are kept per person, one
per post first. The two halves of a reverse pair (each one's answer stands in the other's
question) are kept in the bank, for different sittings, but never asked in the same one
(`quizgen.giveaways`).
"""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.facts.fact_types import RoleFact
from quizgen.models import Article, Question
from quizgen.questions.draft import Draft

#: Questions about one person's posts, at most.
MAX_PER_PERSON = 2
#: Ways of asking about a post, best first: who holds it, what it is, where it is held.
_ROLE_DIRECTIONS = ("holder", "post", "org")


def limit_per_person(article: Article, drafts: Sequence[Draft], questions: list[Question]) -> list[Question]:
    """`questions` with at most MAX_PER_PERSON role questions per person, one per post first.

    Args:
        article: The article the drafts come from (part of each question's id).
        drafts: The drafts `questions` were finalised from.
        questions: The finalised questions, in order.
    """
    from quizgen.questions.quality import question_id

    ids = {q.id for q in questions}
    by_person: dict[str, list[tuple[int, str, str]]] = {}
    for draft in drafts:
        fact = draft.fact
        if not isinstance(fact, RoleFact) or draft.direction not in _ROLE_DIRECTIONS:
            continue
        qid = question_id(article.id, fact.kind, fact.key, draft.direction)
        if qid in ids:
            rank = _ROLE_DIRECTIONS.index(draft.direction)
            by_person.setdefault(fact.person, []).append((rank, fact.key, qid))
    dropped: set[str] = set()
    for asked in by_person.values():
        asked.sort(key=lambda item: item[0])  # stable: posts stay in article order within a rank
        first: list[str] = []
        rest: list[str] = []
        posts: set[str] = set()
        for _, key, qid in asked:
            (rest if key in posts else first).append(qid)
            posts.add(key)
        dropped.update((first + rest)[MAX_PER_PERSON:])
    return [q for q in questions if q.id not in dropped]
