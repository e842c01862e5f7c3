"""A second reported clause of one statement: 'X said A, but that B' ("He said the ruling
righted "a wrong", but that he bore "no grudge""), which the parser hangs on the speech verb
itself, so the pass that read A never sees B."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.fact_types import Fact, QuoteFact
from quizgen.facts.indirect import clause_after
from quizgen.facts.reported import SPEAKING
from quizgen.facts.speakers import speaker_of

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext


def second_that(ctx: ArticleContext, sent: Span, found: QuoteFact) -> list[Fact]:
    """The clause after ', but that' / ', and that' joined to the verb that reported `found`, as
    the same speaker's statement; [] when the verb's speaker is someone else or none is sure."""
    facts: list[Fact] = []
    for verb in ctx.tokens_with("LEMMA", SPEAKING, sent):
        if verb.pos_ != "VERB" or ctx.in_quote(verb.idx):
            continue
        first = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
        second = [c for c in verb.children if first and c.i > first[0].i and _that_clause(c)]
        if not second:
            continue
        speaker = speaker_of(ctx, verb)
        if speaker is None or speaker.key != found.speaker.key:
            continue
        fact = clause_after(ctx, sent, verb, second[0], speaker, "said")
        if fact is not None:
            facts.append(fact)
    return facts


def _that_clause(token: Token) -> bool:
    """'… but that she bore no grudge': a conjoined verb with "that" and a subject of its own."""
    children = list(token.children)
    return (
        token.dep_ == "conj"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    )
