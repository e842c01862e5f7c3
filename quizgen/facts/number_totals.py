"""An amount given as "a total of": "A total of $12 million was awarded to seven hospitals" → How much
was awarded to seven hospitals? "A total" only gathers the amount, so the question stands where it
stood; the amount is the answer, and "total" is no kind of money a question could name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.number_ask import ask
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext


def ask_total(ctx: ArticleContext, noun: Token, span: Span, answer: Span, how: str) -> tuple[str, str] | None:
    """(How much …?, amount) for "a total of <amount>" as a clause's subject or object; None otherwise."""
    if how != "how much" or noun.lower_ != "total" or noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    if [c.lower_ for c in noun.children if c.dep_ != "prep"] != ["a"] or span.end != noun.right_edge.i + 1:
        return None  # "a combined total of …", "the total of …", "a total of $4m a year": not the bare shape
    if noun.head.pos_ not in ("VERB", "AUX") or ctx.in_quote(noun.idx):
        return None
    verb, doc = noun.head, ctx.doc
    listed = [t for c in verb.subtree if c.dep_ == "prep" and c.lower_ == "including" for t in c.subtree]
    listed += [doc[t.i - 1] for t in listed[:1] if doc[t.i - 1].text == ","]  # "…, including Harlow and Mirren"
    question = ask(ctx, doc[noun.left_edge.i : span.end], "How much", drop_dates=False, extra_drop=listed or None)
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < noun.left_edge.i and not c.ent_type_]
    words = " ".join(words_of(list(c.subtree)).strip(" ,") for c in fronted)
    if question and words and words.lower() not in question.lower():  # "Under the Bright scheme, a total of …"
        question = f"{question[:-1]} {words[:1].lower()}{words[1:]}?"  # the scheme is the amount's scope
    return (question, answer_text(ctx, answer, None)) if question else None
