"""The other side of a deal: 'the firm signed a ten-year deal with the Harbour Board' → "With which
organization did the firm sign a ten-year deal?".

News tells of agreements, talks and contracts from one side; the body on the other side stands
after "with". Only a deal-like noun ("deal", "talks", "contract") or a verb of agreeing ("signed
with", "agreed with") counts: "met with", "with the help of" say nothing one could quiz. The other
side of an interview is a newspaper ("in an interview with the Harwick Courier"), asked among papers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.asserted import not_asserted, speech_only, stative
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.clauses import ask
from quizgen.facts.context import ArticleContext
from quizgen.facts.lexicon import PAPER_WORDS
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
DEAL_VERBS = {"agree", "sign", "partner", "merge", "negotiate", "collaborate", "settle", "ally", "work", "cooperate"}


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
        if any(c.dep_ == "neg" for c in verb.children) or _shared_passive(verb):
            continue
        name = org_name(ctx, ent)
        wh = asked_as(name)
        start, pied = with_.i, "With"
        if deal.pos_ == "NOUN" and deal.dep_ == "pobj" and deal.head.i == deal.i - 1 and deal.i == with_.i - 1:
            start, pied = deal.i - 1, f"{deal.head.text.capitalize()} {deal.text} with"  # "in partnership with"
        question = ask(ctx, ctx.doc[start : ent.root.right_edge.i + 1], wh, pied=pied, drop_dates=False)
        if question is None or len(question.split()) < 6:
            continue
        found.append((ent, (question, [name], verb)))
    return found


def _shared_passive(verb: Token) -> bool:
    """'was funded by X and carried out in partnership with Y': the second verb's "was" is the first's,
    and a question asked from its own words would turn it active ("did the research carry out")."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBN", "VBD")  # the tagger often calls the second "carried" past tense
        and not any(c.dep_.startswith(("aux", "nsubj")) for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


#: Nouns for a news outlet, said after its name ("the Harwick Courier newspaper").
MEDIA_NOUNS = {"newspaper", "paper", "daily", "weekly", "magazine", "tabloid"}


def interview_events(ctx: ArticleContext) -> list[tuple[Span, tuple[str, list[str], Token]]]:
    """'the coach, in an interview with the Harwick Courier newspaper, criticised …' → "In an interview
    with which newspaper did the coach criticise …?": the outlet a person spoke to."""
    from quizgen.nlp import tokens_where

    found = []
    for token in map(ctx.doc.__getitem__, tokens_where(ctx.doc, "LOWER", "interview".__eq__)):  # no Token for the rest
        if token.dep_ != "pobj" or token.head.lower_ != "in":
            continue
        with_ = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        outlet = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
        if outlet is None or ctx.in_quote(token.idx):
            continue
        name = _paper_name(outlet)
        if name is None:
            continue
        verb = token.head.head
        if verb.pos_ != "VERB" or not_asserted(verb) or any(c.dep_ == "neg" for c in verb.children):
            continue
        prep = token.head
        question = ask(ctx, ctx.doc[prep.i : prep.right_edge.i + 1], "An interview with which newspaper", pied="In")
        if question is None or len(question.split()) < 9:
            continue
        found.append((name, (question, [name.text], verb)))
    return found


def _paper_name(outlet: Token) -> Span | None:
    """'the Harwick Courier newspaper' → "Harwick Courier"; 'The Daily Harwick' alone → None (no
    word says it is a paper)."""
    words = [c for c in outlet.children if c.i < outlet.i and c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
    if words and (words[-1].i != outlet.i - 1 or words[-1].i - words[0].i + 1 != len(words)):
        return None  # not one run of capitalised words right before the noun
    start = words[0].left_edge.i if words else outlet.i
    start += outlet.doc[start].dep_ == "det"
    if any(not t.text[:1].isupper() for t in outlet.doc[start : outlet.i]):
        return None
    if outlet.lower_ in MEDIA_NOUNS:
        return outlet.doc[start : outlet.i] if words else None
    if outlet.pos_ == "PROPN" and outlet.text in PAPER_WORDS:
        return outlet.doc[start : outlet.i + 1]
    return None
