"""Fewer questions with one organisation as the answer: a press release names its own agency in
every paragraph, and "Which organization …? → the agency" four times teaches nothing new.

Answers are the same when one is the other's start or acronym ("House" and "House of
Representatives"); the first `MAX_SAME_ORG` questions in article order are kept, skipping one
that opens with the same words as one kept (the same event asked twice).
"""

from __future__ import annotations

import re

from quizgen.models import Question
from quizgen.text import fold

#: Questions per article whose answer is the same organisation, at most.
MAX_SAME_ORG = 3
#: Kinds whose "Which organization …?" questions are capped.
CAPPED_KINDS = ("org-event", "quote")


def limit_same_org(questions: list[Question]) -> list[Question]:
    """`questions` with at most MAX_SAME_ORG "Which organization …?" questions per answer and article."""
    groups: dict[str, list[tuple[set[str], list[int]]]] = {}
    kept = []
    for q in questions:
        if q.kind not in CAPPED_KINDS or not q.question.startswith(("Which organization", "By which organization")):
            kept.append(q)
            continue
        names = {_words(n) for n in (q.answer, *q.aliases)} - {""}
        article = groups.setdefault(q.article, [])
        group = next((g for g in article if any(_same(a, b) for a in names for b in g[0])), None)
        if group is None:
            group = (set(), [0])
            article.append(group)
        opening = "|" + " ".join(_words(q.question).split()[:6])  # "… will provide the launch …" twice
        if group[1][0] >= MAX_SAME_ORG or opening in group[0]:
            continue
        group[0].update(names | {opening})
        group[1][0] += 1
        kept.append(q)
    return kept


def _same(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or (a + " ").startswith(b + " ") or (b + " ").startswith(a + " "))


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text))).removeprefix("the ")
