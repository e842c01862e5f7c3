"""Turn facts into finished questions: wording, distractors, quality checks, stable ids."""

from __future__ import annotations

from collections.abc import Sequence

from quizgen.facts.context import ArticleContext
from quizgen.models import Article, Fact, Question


def write_questions(article: Article, parts: Sequence[tuple[ArticleContext, list[Fact]]]) -> list[Question]:
    """All questions for one article, from the facts of each of its parsed pieces."""
    from quizgen.questions.answer_cap import limit_same_org
    from quizgen.questions.context_words import in_context
    from quizgen.questions.distractors import add_choices
    from quizgen.questions.quality import finalize
    from quizgen.questions.realize import realize
    from quizgen.questions.variety import limit_per_person
    from quizgen.text import normal

    drafts = []
    for ctx, facts in parts:
        for fact in facts:
            for d in realize(fact, ctx):
                question = in_context(d.question, fact, ctx)
                if question is not None:
                    d.question = question
                    drafts.append((ctx, d))
    # two facts that answer the same question: neither answer may be offered as the other's false option
    # (each answer once: a long article asks the same question many times, see issue 10)
    answers: dict[str, dict[str, None]] = {}
    for _, d in drafts:
        answers.setdefault(normal(d.question), {})[d.answer] = None
    for _, d in drafts:
        d.exclude += [a for a in answers[normal(d.question)] if a != d.answer]
    every_fact = [f for _, fs in parts for f in fs]  # once: per draft it made long articles quadratic
    drafts = [(ctx, add_choices(d, ctx, every_fact)) for ctx, d in drafts]
    written = [d for _, d in drafts]
    return limit_same_org(limit_per_person(article, written, finalize(article, written)))
