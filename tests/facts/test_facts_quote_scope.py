"""A clause inside a direct quote is worded as a question only in the claims context, and asking a
claim leaves the article's own context as it was."""

from __future__ import annotations

from quizgen.facts.clauses import ask
from quizgen.facts.context import ArticleContext
from quizgen.facts.quote_scope import claims_context
from quizgen.nlp import load_nlp


def test_a_quoted_clause_is_asked_only_as_a_claim() -> None:
    doc = load_nlp()('"The ferry carried 400 passengers on Sunday," Ann Ruiz said.')
    ctx = ArticleContext(doc)
    sunday = next(e for e in doc.ents if e.text == "Sunday")
    assert ask(ctx, sunday, "When") is None
    claims = claims_context(ctx)
    assert ask(claims, sunday, "When") == "When did the ferry carry 400 passengers?"
    assert not ctx.quoted_clauses and ask(ctx, sunday, "When") is None
