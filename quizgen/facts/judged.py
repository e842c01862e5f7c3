"""A speaker's judgement left out of a date or figure asked from their claim.

"The lawyer said the case had been decided correctly by the High Court in 2015" gives "In what year had
the case been decided by the High Court?": that it was decided then is asked; that it was decided
"correctly" is the lawyer's view, and a question stating it would teach the view as fact. An
evaluative word modifying a verb or noun of the claim ("wrongly signed", "the unfair tax") is
dropped; one that is what the claim says ("the ban was illegal") leaves nothing to ask.
A question that names the speaker ("According to X, …") asks the claim as theirs and keeps it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quizgen.facts.fact_types import AskedFact
from quizgen.facts.lexicon import PART_OF_GROUP, REPORTING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import Fact

#: Words that judge what they describe: right or wrong, fair or not, lawful or not ("fairly" is left
#: out: "fairly small" grades, it does not judge).
EVALUATIVE = frozenset(
    "correctly incorrectly rightly wrongly rightfully wrongfully unfairly justly unjustly lawfully "
    "unlawfully legally illegally properly improperly appropriately inappropriately unconstitutionally "
    "illegitimately falsely mistakenly erroneously fraudulently unreasonably unjustifiably needlessly "
    "unnecessarily recklessly negligently "
    "correct incorrect wrong wrongful unfair unjust unlawful illegal improper inappropriate unconstitutional "
    "illegitimate fraudulent bogus sham flawed botched reckless unnecessary unjustified unwarranted "
    "unreasonable excessive draconian disastrous disgraceful shameful scandalous misguided".split()
)
#: Questions about a state over a span: "run properly since 2015" says the running was proper since
#: then, not that it began then, so the judgement cannot be dropped.
_BOUNDED = ("Since when", "Until when", "For how long", "How long", "For how many")
#: Dependencies of a word that only colours its head, so the question stays true without it.
_COLOURING = ("advmod", "amod", "npadvmod")
#: Words that count how much of a whole a judgement holds for ("only 40 per cent … were properly sealed").
_SHARE_WORDS = PART_OF_GROUP | {"only", "half", "majority", "minority", "no", "none", "each", "every"}


def unjudged_facts(ctx: ArticleContext, facts: list[Fact]) -> list[Fact]:
    """`facts` with their questions unjudged; those left with nothing to ask dropped."""
    kept: list[Fact] = []
    for fact in facts:
        if not isinstance(fact, AskedFact):
            kept.append(fact)
            continue
        question = unjudged(fact.question, fact, ctx)
        if question is not None:
            kept.append(fact if question == fact.question else replace(fact, question=question))
    return kept


def unjudged(question: str, fact: Fact, ctx: ArticleContext) -> str | None:
    """The question without the judging words of the claim its answer sits in; None when a judgement
    is what the question would ask about."""
    if fact.kind not in ("date", "number") or question.startswith("According to"):
        return question
    words = set(re.findall(r"[a-z]+", question.lower())) & EVALUATIVE
    if not words or fact.answer_span is None:
        return question
    token = _answer_token(fact, ctx)
    claim = _claim_of(token) if token is not None else None
    if claim is None:
        return question
    for word in sorted(claim.subtree, key=lambda t: -t.i):
        if word.lower_ not in words:
            continue
        if word.dep_ not in _COLOURING or question.startswith(_BOUNDED) or _counts_judged(word):
            return None  # "said the ban was illegal": the judgement is the claim
        question = re.sub(rf"\s+{word.text}\b(?=[\s?,])", "", question, count=1)
    return question


def _answer_token(fact: Fact, ctx: ArticleContext) -> Token | None:
    at = ctx.text.find(fact.sentence)
    if at < 0 or fact.answer_span is None:
        return None
    start = at + fact.answer_span[0]
    span = ctx.doc.char_span(start, at + fact.answer_span[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _claim_of(token: Token) -> Token | None:
    """The head of the reported clause holding `token` ("said [the case had been decided … in 2015]")."""
    for up in [token, *token.ancestors]:
        if up.dep_ == "ccomp" and up.head.lemma_ in REPORTING:
            return up
    return None


def _counts_judged(word: Token) -> bool:
    """ "said only 40 per cent of the wells were properly sealed", "3,000 people were wrongly convicted":
    a count or share of what the judged word describes holds only with the judgement (the wells sealed
    at all were more); without it the question would teach another figure."""
    own = set(word.subtree)
    return any(
        t not in own and ((t.like_num and t.ent_type_ not in ("DATE", "TIME")) or t.lower_ in _SHARE_WORDS)
        for t in word.head.subtree
    )
