"""A count inside a definite noun's "of" phrase: "The records of 900,000 patients were stolen" →
The records of how many patients were stolen? Without it the count stays unasked: the count askers
want the counted noun to be the clause's subject or object, and here the noun owning it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.number_ask import ask
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: Owners whose "of" measures or picks rather than owns ("a total of 18 cases", "the first of 12
#: races", "the rest of 40 staff"): the count there is asked elsewhere or not at all.
_NOT_OWNERS = set(
    "number total group share majority minority half third quarter rest average rate age series set "
    "team crowd list range maximum minimum sum batch first last most all none each".split()
)


def ask_count_of(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """The question through the owner noun, or None when the owner only sizes or picks."""
    counted = ent.root.head
    of = counted.head
    owner = of.head
    if ent.root.dep_ != "nummod" or counted.tag_ not in ("NNS", "NNPS") or ent.end != counted.i:
        return None
    if counted.dep_ != "pobj" or of.lower_ != "of" or owner.pos_ != "NOUN":
        return None
    if owner.lemma_.lower() in _NOT_OWNERS or owner.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    if owner.head.pos_ not in ("VERB", "AUX") or owner.right_edge.i != counted.i or of.i != owner.i + 1:
        return None
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "some") for c in owner.children):
        return None  # "a group of 40 students": an indefinite owner's "of" sizes it
    if any(t.like_num for t in ctx.doc[owner.left_edge.i : owner.i]):
        return None
    doc = ctx.doc
    wh = f"{words_of(list(doc[owner.left_edge.i : of.i + 1]))} how many {counted.text}"
    question = ask(ctx, doc[owner.left_edge.i : counted.i + 1], wh[:1].upper() + wh[1:], drop_dates=False)
    return (question, answer_text(ctx, ent, counted)) if question else None


#: What a member holds or wins "with a majority of" a bare figure: then the figure counts votes.
_SEATS = {"seat", "constituency", "ward", "district"}


def seat_majority(figure: Token) -> str | None:
    """ "held his Holborn seat with a majority of 11,572" → "how many votes": a bare figure of a
    majority a seat was won or held by counts votes; anywhere else ("a majority of 12") it may count
    seats, and is not asked."""
    of = figure.head
    majority = of.head
    if not figure.like_num or of.lower_ != "of" or majority.lemma_.lower() != "majority":
        return None
    prep = majority.head
    verb = prep.head
    if prep.lower_ != "with" or verb.pos_ != "VERB" or verb.lemma_ not in ("hold", "win", "retain", "keep", "take"):
        return None
    seats = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _SEATS]
    return "how many votes" if seats else None
