"""The other side of a deal: 'the firm signed a ten-year deal with the Harbour Board' → "With which
organization did the firm sign a ten-year deal?".

News tells of agreements, talks and contracts from one side; the body on the other side stands
after "with". Only a deal-like noun ("deal", "talks", "contract") or a verb of agreeing ("signed
with", "agreed with") counts: "met with", "with the help of" say nothing one could quiz.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.asserted import not_asserted, speech_only, stative
from quizgen.facts.clauses import ask, clause_verb
from quizgen.facts.context import ArticleContext
from quizgen.facts.org_names import asked_as, org_name

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Nouns (lemmas) for what two bodies make together.
DEAL_NOUNS = {
    "agreement",
    "accord",
    "alliance",
    "contract",
    "deal",
    "lease",
    "memorandum",
    "merger",
    "negotiation",
    "pact",
    "partnership",
    "settlement",
    "talk",
    "treaty",
}
#: Verbs (lemmas) of two bodies agreeing.
DEAL_VERBS = {"agree", "sign", "partner", "merge", "negotiate", "collaborate", "settle", "ally"}


def partner_events(ctx: ArticleContext) -> list[tuple[Span, tuple[str, list[str], Token]]]:
    """(organisation after "with", (question, [its name], verb)) for each deal the article tells of."""
    found = []
    for ent in ctx.org_spans:
        with_ = ent.root.head
        if ent.root.dep_ != "pobj" or with_.lower_ != "with" or ctx.in_quote(ent.start_char):
            continue
        if any(c.dep_ == "conj" for c in ent.root.children):
            continue  # "with A and B": two answers
        deal = with_.head
        if not (
            (deal.pos_ == "NOUN" and deal.lemma_.lower() in DEAL_NOUNS)
            or (deal.pos_ == "VERB" and deal.lemma_ in DEAL_VERBS)
        ):
            continue
        verb = clause_verb(with_)
        if verb is None or verb.pos_ != "VERB" or stative(verb) or speech_only(verb) or not_asserted(verb):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        name = org_name(ctx, ent)
        wh = asked_as(name)
        question = ask(ctx, ctx.doc[with_.i : ent.root.right_edge.i + 1], wh, pied="With", drop_dates=False)
        if question is None or len(question.split()) < 6:
            continue
        found.append((ent, (question, [name], verb)))
    return found
