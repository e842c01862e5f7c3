"""Fewer questions with one organisation as the answer: a press release names its own agency in
every paragraph, and "Which organization …? → the agency" four times teaches nothing new.

Answers are the same when one is the other's start or acronym ("House" and "House of
Representatives"); the first `MAX_SAME_ORG` questions in article order are kept, skipping one
that opens with the same words as one kept (the same event asked twice).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.models import Question
from quizgen.text import fold

#: Questions per article whose answer is the same organisation, at most.
MAX_SAME_ORG = 3
#: Kinds whose "Which organization …?" questions are capped, and how many of a question's first words
#: say it asks the same again: a statement's first six ("Which organization said that it expects") do not.
OPENING_WORDS = {"org-event": 6, "quote": 9}
CAPPED_KINDS = tuple(OPENING_WORDS)


@dataclass
class _Answer:
    """One organisation answering questions: its names, and the openings of its kept questions."""

    names: set[str] = field(default_factory=set)
    openings: set[str] = field(default_factory=set)  # one per kept question


_WORD = re.compile(r"\w+")


def limit_same_org(questions: list[Question], text: str = "") -> list[Question]:
    """`questions` with at most MAX_SAME_ORG "Which organization …?" questions per answer and article,
    the first ones in the order their sentences stand in `text` (the article's), whatever their kind;
    what the organisation owns ("Which organization does the probe belong to?") only after what it did."""
    answers: dict[str, list[_Answer]] = {}
    dropped: set[int] = set()
    for at, q in sorted(enumerate(questions), key=lambda p: _place(p[1], text)):
        if q.kind not in CAPPED_KINDS or not q.question.startswith(("Which organization", "By which organization")):
            continue
        names = {_words(n) for n in (q.answer, *q.aliases)} - {""}
        article = answers.setdefault(q.article, [])
        answer = next((g for g in article if any(_same(a, b) for a in names for b in g.names)), None)
        if answer is None:
            answer = _Answer()
            article.append(answer)
        opening = " ".join(_words(q.question).split()[: OPENING_WORDS[q.kind]])  # "… will provide the launch …" twice
        if len(answer.openings) >= MAX_SAME_ORG or opening in answer.openings:
            dropped.add(at)
            continue
        answer.names |= names
        answer.openings.add(opening)
    return [q for at, q in enumerate(questions) if at not in dropped]


def _place(q: Question, text: str) -> tuple[bool, int]:
    """Owned things last, then where the question's sentence stands in the article (not found: last)."""
    at = text.find(q.source) if q.source else -1
    return q.question.endswith(" belong to?"), at if at >= 0 else len(text)


def _same(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or (a + " ").startswith(b + " ") or (b + " ").startswith(a + " "))


def _words(text: str) -> str:
    return " ".join(_WORD.findall(fold(text))).removeprefix("the ")
