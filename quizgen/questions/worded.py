"""A draft's question as a learner reads it: each wording step in turn, with what the question leans
on named from the article.

The steps are plain functions of one signature, listed once: building them for each draft (imports
and closures per question) cost more than several of the steps themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import Fact, QuoteFact
from quizgen.questions.captions import uncaptioned
from quizgen.questions.cased import proper_capitals, stray_commas
from quizgen.questions.claim_source import full_claim_source
from quizgen.questions.club_people import named_club_people
from quizgen.questions.context_words import in_context
from quizgen.questions.demonstratives import named_demonstratives
from quizgen.questions.draft import Draft
from quizgen.questions.elided_counts import counted_in_full
from quizgen.questions.gist_words import or_own_words
from quizgen.questions.headline_things import placed as headline_places
from quizgen.questions.introduced import name_introduced
from quizgen.questions.named_earlier import named_earlier
from quizgen.questions.named_kind import name_the_kind
from quizgen.questions.named_subject import named_subject
from quizgen.questions.one_ask import asked_once
from quizgen.questions.outlets import outlet_asked
from quizgen.questions.owners import owner_named
from quizgen.questions.placed_nearby import placed_spans
from quizgen.questions.quoted_subject import still_torn, with_quoted_subject
from quizgen.questions.referents import named_referents
from quizgen.questions.self_reports import by_own_name
from quizgen.questions.unnamed_speakers import asked_for_what_it_is
from quizgen.questions.which_one import named_which
from quizgen.questions.year_ago import with_year_ago_period

Step = Callable[[str, Draft, Fact, ArticleContext], "str | None"]


def _referents(q: str, d: Draft, fact: Fact, ctx: ArticleContext) -> str | None:
    # "the group" → "Opec", or not asked; a long reported statement keeps its speaker's words (gist_words)
    held = placed_spans(q, fact, ctx) if isinstance(fact, QuoteFact) else []  # "the measures" placed nearby stays
    named = named_referents(q, d.answer, fact, ctx, held)
    return or_own_words(named, q, fact)


def _which(q: str, d: Draft, fact: Fact, ctx: ArticleContext) -> str | None:
    placed = partial(headline_places, ctx=ctx)  # "the vote" under "Opposition cries foul over vote"
    return or_own_words(named_which(q, d.answer, fact, ctx.text, placed), q, fact)  # "the room", "When did … meet?"


STEPS: tuple[Step, ...] = (
    lambda q, d, fact, ctx: in_context(q, fact, ctx),
    lambda q, d, fact, ctx: owner_named(q, fact, ctx),  # "its board" → "Ardent's board", or not asked
    lambda q, d, fact, ctx: name_the_kind(q, ctx, fact.sentence),  # "the reserve's bureau" → "the Harwick …"
    lambda q, d, fact, ctx: name_introduced(q, d.answer, fact, ctx),
    _referents,
    lambda q, d, fact, ctx: named_demonstratives(q, fact, ctx),  # "those talks" → "the talks with unions"
    lambda q, d, fact, ctx: named_earlier(q, fact.sentence, ctx.text),  # "the problems" → "… at Harwick Rovers"
    _which,
    lambda q, d, fact, ctx: named_club_people(q, d.answer, ctx),  # "the City boss" → "Ray Doyle"
    lambda q, d, fact, ctx: stray_commas(proper_capitals(q, ctx, fact.sentence), fact.sentence),
    lambda q, d, fact, ctx: full_claim_source(q, ctx, fact.sentence),  # "According to Watanabe" → "Kenji Watanabe"
    lambda q, d, fact, ctx: asked_once(q, d.answer, fact),  # "… to lend and to guarantee …": one ask
    lambda q, d, fact, ctx: asked_for_what_it_is(q, d.answer),  # "Who said …? — police": "Which group …"
    lambda q, d, fact, ctx: by_own_name(q),  # "According to the company, how much did Harwick earn?"
    lambda q, d, fact, ctx: outlet_asked(q, d.answer),  # "Which organization reported …? — BBC": an outlet
    lambda q, d, fact, ctx: uncaptioned(q, fact.sentence),  # "was the probe seen being lifted": a caption's camera
)
#: Number questions also name their subject, and a count elided in the question in full.
NUMBER_STEPS: tuple[Step, ...] = (
    lambda q, d, fact, ctx: named_subject(q, fact.sentence),
    lambda q, d, fact, ctx: counted_in_full(q, fact.sentence, ctx.text),  # "the number queuing": of what
    lambda q, d, fact, ctx: with_year_ago_period(q, fact.sentence),  # "in the same year-ago period": which
)


def worded(d: Draft, fact: Fact, ctx: ArticleContext) -> str | None:
    """The draft's question worded to stand on its own; None when a step finds it cannot be said
    plainly ("its board" of no body the article names)."""
    question = d.question
    for step in STEPS + NUMBER_STEPS if fact.kind == "number" else STEPS:
        worded = step(question, d, fact, ctx)
        if worded is None:
            return None
        question = worded
    question = with_quoted_subject(question, fact.sentence)
    return None if still_torn(question) else question  # "Who said “will be a big day”?": no subject
