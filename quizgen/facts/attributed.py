"""Statements attributed by a phrase rather than a reporting verb: '…, according to X',
'According to X, …', and 'X's view is that …' (also "position", "belief", "argument")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import QUOTE_MARKS, ArticleContext
from quizgen.facts.fact_types import QuoteFact, Speaker
from quizgen.facts.reported import SPEAKING, clause_end, clause_words, left_edge_skip_mark, trim_clause
from quizgen.facts.speakers import who
from quizgen.facts.statement import quote_fact
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Nouns for what someone holds to be true: "X's view is that …" is X saying it.
VIEW_NOUNS = {"view", "position", "belief", "argument", "contention", "opinion", "assessment"}


def according_to(ctx: ArticleContext, sent: Span, token: Token) -> Speaker | None:
    """The speaker X of 'according to X', when `token` is its "according"."""
    if token.lower_ != "according" or token.i + 1 >= len(ctx.doc) or ctx.doc[token.i + 1].lower_ != "to":
        return None
    name = next((t for t in ctx.doc[token.i + 2 : sent.end] if t.dep_ == "pobj"), None)
    return who(ctx, name) if name is not None else None


def according(ctx: ArticleContext, sent: Span, token: Token, speaker: Speaker) -> QuoteFact | None:
    """'…, according to X, title of Y.' — X said the rest of the sentence."""
    before = ctx.text[sent.start_char : token.idx].strip(" ," + QUOTE_MARKS)
    if ctx.in_quote(sent.start_char + 1):
        return None
    if not before:  # "According to Ruiz, the market will move …": what follows the comma
        end = max(t.right_edge.i for t in token.children) + 1 if list(token.children) else token.i + 1
        if end >= sent.end or ctx.doc[end].text != ",":
            return None
        clause = ctx.doc[end + 1 : sent.end]
        content = clause_words(ctx, [t for t in clause if not (t.is_punct and t.i == sent.end - 1)], speaker)
        if content is None or len(clause) < 5:
            return None
        return quote_fact(ctx, sent, speaker, clause.text.strip(), f"said that {trim_clause(content)}", direct=False)
    if len(before.split()) < 4:
        return None
    return quote_fact(ctx, sent, speaker, before, f"said that {trim_clause(lower_first(before))}", direct=False)


def views(ctx: ArticleContext, sent: Span) -> QuoteFact | None:
    """'Ruiz's view is that the town cannot afford …': asked "Who said that the town cannot …?"."""
    root = sent.root
    if root.lemma_ != "be" or ctx.in_quote(root.idx):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    if subject is None or clause is None or subject.lemma_.lower() not in VIEW_NOUNS:
        return None
    owner = next((c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if not any(c.lower_ == "that" and c.dep_ == "mark" for c in clause.children) or owner is None:
        return None
    speaker = who(ctx, owner)
    if speaker is None:
        return None
    words = ctx.doc[left_edge_skip_mark(clause) : clause_end(clause, sent)]
    content = clause_words(ctx, words, speaker)
    if content is None or len(words) < 4:
        return None
    return quote_fact(ctx, sent, speaker, words.text.strip(), f"said that {trim_clause(content)}", direct=False)


def relayed(ctx: ArticleContext, sent: Span, according: Token) -> bool:
    """'"…," he said, according to the spokesman': a reporting verb before "according to" with a
    subject of its own, who said the quote; the one it is "according to" only passed it on."""
    return any(
        v.lemma_ in SPEAKING
        and v.pos_ == "VERB"
        and v.i < according.i
        and not ctx.in_quote(v.idx)
        and any(c.dep_ == "nsubj" for c in v.children)
        for v in sent
    )
