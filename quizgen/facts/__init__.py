"""Fact extraction: one module per kind of fact, all reading one parsed article."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # types only: spaCy loads where it is used, and the extractors only when
    # extracting, so a module that needs one word list (the grader, the quiz) stays quick to import
    from spacy.tokens import Doc

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact


def extract_facts(
    doc: Doc, published: dt.date | None = None, dateline: tuple[int, int] | None = None, text: str = ""
) -> tuple[ArticleContext, list[Fact]]:
    """Every fact worth a question in one parsed article (or one chunk of a long one); `text`: the
    text that was parsed, when the caller has it (the document's own is joined again from its words)."""
    from quizgen.doc_memo import reading
    from quizgen.facts.acronyms import extract_acronyms
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.dates import extract_dates
    from quizgen.facts.events import extract_events
    from quizgen.facts.judged import unjudged_facts
    from quizgen.facts.numbers import extract_numbers
    from quizgen.facts.pointed import pointed_things
    from quizgen.facts.post_holders import with_bodies
    from quizgen.facts.quotes import extract_quotes
    from quizgen.facts.roles import extract_roles
    from quizgen.nlp import doc_text, index_sentences

    index_sentences(doc)  # every `.sent` below is a look-up
    text = text or doc_text(doc)
    reading(doc, text)  # sentences, entities and a span's text are kept or cut from it (doc_memo.py)
    ctx = ArticleContext(doc, published, dateline, text)
    # Each pass returns what it found; what a later pass needs is handed on through `ctx` here,
    # in one place, so the order the passes depend on is written down.
    acronyms = extract_acronyms(ctx)
    ctx.acronyms = acronyms.long_forms  # every later pass expands short forms
    roles = extract_roles(ctx)
    ctx.post_holders = with_bodies(roles.post_holders, roles.facts)  # quotes: "the minister said" → who holds it
    quotes = extract_quotes(ctx)
    ctx.quotes_by_sentence = quotes.by_sentence  # dates, numbers: a figure in a quote is its speaker's
    facts = acronyms.facts + roles.facts + quotes.facts
    facts += unjudged_facts(ctx, [*extract_dates(ctx), *extract_numbers(ctx)])  # no "decided correctly" in a claim
    facts += extract_events(ctx)
    ctx.pointed = pointed_things(ctx)  # "those talks" named for question writing (or not asked)
    return ctx, facts
