"""A thing the question points at with "that", "those", "this" or "these": named from the article or not asked.

"When will those talks resume?" read away from the article cannot say which talks. The phrase is
written as the article named the thing earlier ("the talks with unions", found by facts/pointed.py
while the parse was at hand); with no such name the question is not asked. A speaker's own words in
quote marks stay as they were said.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.facts.quote_marks import blank_quotes

if TYPE_CHECKING:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact

_ANY = re.compile(r"\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose) [a-z]")


def named_demonstratives(question: str, fact: Fact, ctx: ArticleContext) -> str | None:
    """The question with "that plan" written as the article named the plan earlier; None when the
    article never says which plan it is."""
    unquoted = blank_quotes(question)
    if not _ANY.search(unquoted):
        return question
    at = ctx.text.find(fact.sentence) if fact.sentence else -1
    for phrase, name in ctx.pointed.get(at, []):
        m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", unquoted, re.I)
        if m is None:
            continue
        if name is None:
            return None
        question = question[: m.start()] + name + question[m.end() :]
        unquoted = blank_quotes(question)
    return question
