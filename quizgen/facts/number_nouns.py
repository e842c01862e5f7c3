"""The noun a sum or count sizes, as a question names it: "fourth-quarter revenue" keeps the words that
say which; "aid to the tune of £2m" sizes the aid; the figure a result is set against stays out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Words that open the figure a result is set against ("…, compared with a profit of $9m a year earlier").
MEASURED_FROM = ("compared", "against", "versus")


def kind_words(noun: Token) -> str:
    """The noun with the words before it that say which ("fourth-quarter revenue", "net profit"), not "the"."""
    mods = [t for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i for t in c.subtree]
    if any(t.tag_ == "CD" or t.pos_ in ("PRON", "SYM") for t in mods):
        return noun.lower_
    text = words_of(sorted([*mods, noun], key=lambda t: t.i))
    return text if mods and mods[0].pos_ == "PROPN" else text[:1].lower() + text[1:]


def to_the_tune(noun: Token, span: Span) -> Token | None:
    """The object an amount "to the tune of" sizes, when the phrase follows it directly."""
    prep = noun.head
    if noun.lower_ != "tune" or noun.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return None
    thing = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    if thing is None or thing.tag_ != "NN" or thing.right_edge.i + 1 != prep.i:
        return None
    return thing
