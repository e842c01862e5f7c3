"""An amount a named body holds, told by "with … of": "Maple Trust, an Ontario lender with deposits
of $9bn, …" → How much in deposits does Maple Trust have?

"with" here means "that has": the amount is the owner's, whatever the clause around it says, so it
is asked with "have" and the owner's name. Only an owner the sentence names (or a noun set beside
that name), never "the company" or a verb's circumstance ("rose …, with earnings of …"): whose
amount it is must be plain.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.doc_memo import doc_ents
from quizgen.facts.number_nouns import kind_words
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

#: Labels of a name that can hold an amount.
_OWNERS = ("ORG", "GPE", "PERSON", "NORP", "FAC")


def ask_held(ctx: ArticleContext, noun: Token, span: Span, answer: Span, how: str) -> tuple[str, str] | None:
    """'X, a bank with deposits of $2bn' → How much in deposits does X have?; None for any other shape."""
    prep = noun.head
    if how != "how much" or noun.dep_ != "pobj" or prep.lower_ != "with" or noun.tag_ not in ("NNS", "NN"):
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) or span.end != noun.right_edge.i + 1:
        return None  # "with a debt of …", "with its assets of …": not a holding alone; the figure ends the phrase
    if ctx.in_quote(noun.idx):
        return None
    owner = _owner(prep.head)
    if owner is None:
        return None
    verb = next((t for t in prep.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    past = verb is not None and verb.tag_ == "VBD"  # "…, said on Monday": then; "has operated": now
    words = kind_words(noun)
    return f"How much in {words} {'did' if past else 'does'} {owner} have?", answer_text(ctx, answer, None)


def _owner(token: Token) -> str | None:
    """The name the "with" phrase hangs on: the name itself ("Maple Trust with …") or the name a noun
    stands beside ("Maple Trust, an Ontario lender with …")."""
    if token.dep_ == "appos" and token.pos_ == "NOUN":
        token = token.head
    if token.pos_ != "PROPN" or token.ent_type_ not in _OWNERS:
        return None
    doc = token.doc
    ent = next((e for e in doc_ents(doc) if e.start <= token.i < e.end), None)
    if ent is None or ent.root != token:
        return None
    text = ent.text.strip()
    return f"the {text[4:]}" if text.startswith("The ") else text
