"""Ranks: an ordinal before a superlative ("Canada's second largest trust company", "the fourth
biggest carmaker in Europe") says where something named stands in a ranking."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Ordinal words and their figures, for the answers a learner may type ("2nd", "2").
ORDINAL_WORDS = {
    word: value
    for value, word in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
    )
    if value
}
#: What a rank may not carry into its question: a second figure, or a date.
_FIGURES = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME", "ORDINAL")


def ask_rank(ctx: ArticleContext, ent: Span) -> tuple[str, str] | None:
    """'Royal Line, Norway's second largest ferry operator, …' → Counting from the largest, where
    does Royal Line rank as a ferry operator in Norway? → second. Only a named subject or head of
    the apposition is asked about, never a pronoun."""
    doc = ctx.doc
    if len(ent) != 1 or ent.end >= len(doc) or doc[ent.end].tag_ != "JJS":
        return None
    superlative = doc[ent.end]
    noun = superlative.head
    if noun.pos_ != "NOUN" or noun.i <= superlative.i:
        return None
    named, verb = _ranked(noun)
    if named is None:
        return None
    kind = words_of(doc[superlative.i + 1 : noun.i + 1])
    tail = [
        t
        for c in noun.children
        if c.dep_ == "prep" and c.i > noun.i and not any(d.ent_type_ in _FIGURES for d in c.subtree)
        for t in c.subtree
    ]
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    where = ""
    if owner is not None:
        if owner.pos_ != "PROPN":
            return None  # "its second largest …": whose ranking is unclear
        owned = words_of(t for t in owner.subtree if t.dep_ != "case")
        where = f" in {owned}" if owner.ent_type_ in ("GPE", "LOC") else f" of {owned}"
    article = "an" if kind[:1].lower() in "aeiou" else "a"
    rest = f" {words_of(tail)}" if tail else ""
    question = f"Counting from the {superlative.lower_}, where {verb} {named} rank as {article} {kind}{rest}{where}?"
    return question, ent.text


def _ranked(noun: Token) -> tuple[str | None, str]:
    """Who holds the rank, and the auxiliary for "where … rank": the head of the apposition
    ("Royal Line, Norway's …") or the subject of "is" ("Vela is the fourth largest …")."""
    head: Token | None = None
    if noun.dep_ == "appos":
        head = noun.head
        skip = {t.i for c in head.children if c.dep_ in ("appos", "relcl", "acl", "prep", "punct") for t in c.subtree}
        tokens = [t for t in head.subtree if t.i not in skip]
    elif noun.dep_ == "attr" and noun.head.lemma_ == "be":
        head = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if head is None:
            return None, ""
        tokens = list(head.subtree)
    else:
        return None, ""
    if head.pos_ != "PROPN" and not any(t.pos_ == "PROPN" for t in tokens):
        return None, ""
    if any(t.pos_ == "PRON" or t.ent_type_ in _FIGURES for t in tokens):
        return None, ""
    plural = head.tag_ in ("NNS", "NNPS")
    past = noun.dep_ == "attr" and noun.head.tag_ == "VBD"
    verb = "did" if past else "do" if plural else "does"
    return lower_first(words_of(tokens).strip(" ,")), verb


def ordinal_aliases(answer: str) -> list[str]:
    """ "second" → ["2nd", "2"]."""
    value = ORDINAL_WORDS.get(answer.lower())
    if value is None:
        return []
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(value if value < 20 else value % 10, "th")
    return [f"{value}{suffix}", str(value)]
