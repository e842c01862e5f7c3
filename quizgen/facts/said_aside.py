"""Reported speech whose attribution sits inside the statement, between commas: 'The repair, he
said, will take all winter' — the speaker said the sentence without the aside."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext
from quizgen.facts.fact_types import QuoteFact, Speaker
from quizgen.facts.reported import clause_end, clause_words, joined, left_edge_skip_mark, trim_clause
from quizgen.facts.statement import quote_fact
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: What an aside may hold besides its verb: the speaker, commas, "also", a listener or a place.
ASIDE_PARTS = {"nsubj", "punct", "advmod", "dobj", "dative", "prep", "npadvmod"}


def said_aside(ctx: ArticleContext, sent: Span, verb: Token, speaker: Speaker) -> QuoteFact | None:
    """'CLAUSE-START, Lind said, CLAUSE-END': asked "Who said that CLAUSE?" (the aside left out)."""
    head = verb.head
    if not _is_aside(ctx, verb) or head.pos_ not in ("VERB", "AUX") or head.i < verb.i:
        return None
    if any(c.dep_ == "nsubj" for c in head.children if c.i > verb.i):
        return None  # 'Tomorrow, he said, we sail': the subject must come before the aside
    aside = {t.i for t in verb.subtree}
    start, end = left_edge_skip_mark(head), clause_end(head, sent)
    if start >= verb.left_edge.i or ctx.in_quote(ctx.doc[start].idx):
        return None
    tokens = [t for t in ctx.doc[start:end] if t.i not in aside]
    if len(tokens) < 5 or any(ctx.in_quote(t.idx) for t in tokens):
        return None
    content = clause_words(ctx, tokens, speaker)
    if content is None:
        return None
    gist = joined([(t, t.text) for t in tokens])
    return quote_fact(ctx, sent, speaker, gist, f"said that {trim_clause(lower_first(content))}", direct=False)


def _is_aside(ctx: ArticleContext, verb: Token) -> bool:
    """Whether `verb` ("he said") stands between two commas inside another clause, with nothing of
    its own that a statement would need (no clause, no quote)."""
    doc = ctx.doc
    first, last = verb.left_edge.i, verb.right_edge.i
    if verb.dep_ not in ("parataxis", "ccomp") or first == 0 or last + 1 >= len(doc):
        return False
    if doc[first].text != "," and doc[first - 1].text != ",":
        return False
    if doc[last].text != "," and doc[last + 1].text != ",":
        return False
    return all(c.dep_ in ASIDE_PARTS for c in verb.children) and len(list(verb.subtree)) <= 8
