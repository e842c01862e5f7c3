"""Turn facts into finished questions: wording, distractors, quality checks, stable ids."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.models import Article, Question

if TYPE_CHECKING:  # the extractor and the facts load only when writing: the quiz imports `title_blank` alone
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact
    from quizgen.questions.draft import Draft
    from quizgen.questions.quality import FirstLook

Parts = Sequence[tuple["ArticleContext", list["Fact"]]]


def write_questions(article: Article, parts: Parts) -> list[Question]:
    """All questions for one article, from the facts of each of its parsed pieces."""
    return write_many([(article, parts)])[0]


def write_many(articles: Sequence[tuple[Article, Parts]]) -> list[list[Question]]:
    """The questions of several articles, the same as `write_questions` on each, faster: the
    questions every article re-reads are tagged in one batch (see `quality.FirstLook`)."""
    from quizgen.questions.grammar import tag
    from quizgen.questions.quality import first_look

    for article, parts in articles:
        for ctx, _facts in parts:
            ctx.headline = article.title  # shown above every question: it may place "the deal"
    drafts = [_drafts(parts) for _article, parts in articles]
    looks = [first_look(written) for written in drafts]
    questions = [q for look in looks for q in look.questions]
    docs = iter(tag(questions) if questions else [])
    for look in looks:
        look.docs = [next(docs) for _ in look.reread]
    return [
        _last_checks(article, written, look)
        for (article, _parts), written, look in zip(articles, drafts, looks, strict=True)
    ]


def _last_checks(article: Article, written: list[Draft], look: FirstLook) -> list[Question]:
    """One article's finished questions, each check in the order it must run."""
    from quizgen.questions.answer_cap import limit_same_org
    from quizgen.questions.descriptions import named_descriptions
    from quizgen.questions.quality import finalize
    from quizgen.questions.speaker_source import with_speaker_named
    from quizgen.questions.title_blank import with_shown_titles
    from quizgen.questions.title_giveaway import drop_given_away
    from quizgen.questions.vague import worth_asking
    from quizgen.questions.variety import limit_per_person

    questions = named_descriptions(article, finalize(article, written, look))  # "the accord" → "the Louvre accord"
    # titles first: the giveaway check reads the title each question shows (worked out once, not twice)
    questions = drop_given_away(article, with_shown_titles(article, questions))
    questions = worth_asking(limit_same_org(limit_per_person(article, written, questions), article.text))
    return with_speaker_named(article, questions)  # "he said": the sentence naming him is shown too


def _drafts(parts: Parts) -> list[Draft]:
    """Every draft question of one article, with its choices, before the last checks."""
    from quizgen.questions.anchors import anchored
    from quizgen.questions.distractors import add_choices
    from quizgen.questions.kind_nouns import whole_unit
    from quizgen.questions.ministry_owner import owned_ministry
    from quizgen.questions.org_answer import not_an_org
    from quizgen.questions.own_posts import bare_post_accepted, own_posts
    from quizgen.questions.post_options import named_posts_only
    from quizgen.questions.realize import realize
    from quizgen.questions.unasked import reason_not_asked
    from quizgen.questions.worded import worded
    from quizgen.text import normal

    drafts = []
    for ctx, facts in parts:
        for fact in facts:
            for d in realize(fact, ctx):
                d = whole_unit(d, ctx.text)  # "the Ecosystem Simulation Science group", not its first words
                owned = owned_ministry(d, ctx.text)  # "Singapore's Ministry of Health", in a two-country story
                if owned is None:
                    continue
                d = owned
                if d.answer_type == "org" and not_an_org(d.answer, fact.sentence, ctx, d.question):
                    continue  # "Which organization …? — Cypriots": a wrong answer taught
                if reason_not_asked(d, fact, ctx):
                    continue  # a caption's date, "always on a Friday", "the Serbian" as a group: see unasked
                question = worded(d, fact, ctx)
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
    figures: dict[str, set[str]] = {}
    for _, d in drafts:
        if d.fact.kind == "number":
            figures.setdefault(_unsourced(d.question), set()).add(d.answer)
    drafts = [(c, d) for c, d in drafts if d.fact.kind != "number" or len(figures[_unsourced(d.question)]) == 1]
    every_fact = [f for _, fs in parts for f in fs]  # once: per draft it made long articles quadratic
    for _, d in drafts:
        d.exclude += own_posts(d, every_fact)  # "party treasurer", another of her posts, is no false option
    # placed in time last: the checks before read "How old is …" and "When …"
    return [anchored(bare_post_accepted(named_posts_only(add_choices(d, ctx, every_fact))), ctx) for ctx, d in drafts]


def _unsourced(question: str) -> str:
    """A number question without its source ("According to …, "), for telling two of them apart:
    "had opened 19 files" in one region and 7 in another, each asked "How many files had the police
    opened?", lost the scope that tells them apart, and either answer alone teaches a wrong figure."""
    from quizgen.text import normal

    return normal(re.sub(r"^according to [^,?]+, ", "", question, flags=re.IGNORECASE))
