"""Statements made in a relative clause: "The Tower report, which says the plan failed, …", "Iraq,
which said it would …", "said Abney, who added that …" — asked besides what the sentence itself reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.asserted import UNSURE_AUX
from quizgen.facts.context import ArticleContext
from quizgen.facts.described import described_speaker
from quizgen.facts.fact_types import Fact, QuoteFact, Speaker
from quizgen.facts.predicates import said_word
from quizgen.facts.reported import SPEAKING, clause_end, clause_words, left_edge_skip_mark, trim_clause
from quizgen.facts.speakers import who
from quizgen.facts.statement import quote_fact

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token


def documents(ctx: ArticleContext, sent: Span, found: QuoteFact | None = None) -> list[Fact]:
    """'The Tower report, which says the plan failed, …': a document, a described speaker or a
    name stating something in a relative clause, besides whatever the sentence itself reports."""
    facts: list[Fact] = []
    for verb in ctx.tokens_with("LEMMA", SPEAKING, sent):
        if verb.dep_ != "relcl" or ctx.in_quote(verb.idx):
            continue
        head = verb.head  # made only for a relative clause: spaCy builds a new Token on every `.head`
        if head.pos_ not in NAMING:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") for c in verb.children):
            continue
        if any(c.dep_ == "aux" and c.lower_ in UNSURE_AUX for c in verb.children):
            continue  # "the report, which might say …": a guess at what it says
        # "Iraq, which said it would …", "said Abney, who added that …": a named speaker
        speaker = described_speaker(ctx, head) if head.pos_ == "NOUN" else _named_before_comma(ctx, head)
        ccomp = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        if speaker is None or not ccomp:
            continue
        clause = ctx.doc[left_edge_skip_mark(ccomp[0]) : clause_end(ccomp[0], sent)]
        content = clause_words(ctx, clause, speaker)
        if content is None or (found is not None and found.text == clause.text.strip()):
            continue
        said = f"{said_word(verb)} that {trim_clause(content)}"
        facts.append(quote_fact(ctx, sent, speaker, clause.text.strip(), said, direct=False))
    return facts


#: Heads of a relative clause that may name its speaker: a described one, or a name.
NAMING = ("NOUN", "PROPN")


def _named_before_comma(ctx: ArticleContext, head: Token) -> Speaker | None:
    """The person, country or body a name right before ", which/who said" stands for."""
    after = head.i + 1 < len(ctx.doc) and ctx.doc[head.i + 1].text == ","
    return who(ctx, head) if after else None
