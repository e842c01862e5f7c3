"""Public bodies named by a common noun: 'the Indian government', 'regional Belgian authorities',
'the assembly government'.

NER tags no organisation here ("Indian" is a nationality), yet news names governments, police
forces and regulators this way more often than by their full names. Only a noun with a
nationality, a place or a name-like noun before it counts: "the government" alone, or "the new
authorities", could be any.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import ArticleContext

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Common nouns (lemmas) that name a public body.
BODY_NOUNS = {
    "government",
    "authority",
    "police",
    "ministry",
    "regulator",
    "parliament",
    "army",
    "military",
    "navy",
    "administration",
    "cabinet",
    "junta",
}
#: Adjectives that place a body on a level of government ("regional Belgian authorities").
LEVELS = {"regional", "federal", "local", "state", "national", "provincial", "municipal", "central", "county", "city"}


def body_spans(ctx: ArticleContext) -> list[Span]:
    """Every public body the article names by a premodified common noun, outside quotes."""
    taken = {i for e in ctx.org_spans for i in range(e.start, e.end)}
    found = []
    from quizgen.nlp import tokens_where

    for i in tokens_where(ctx.doc, "LEMMA", lambda lemma: lemma.lower() in BODY_NOUNS):  # no Token for the rest
        token = ctx.doc[i]
        if token.pos_ != "NOUN" or token.i in taken:
            continue
        first = _first_modifier(token)
        if first is not None and not ctx.in_quote(token.idx):
            found.append(ctx.doc[first.i : token.i + 1])
    return found


def _first_modifier(noun: Token) -> Token | None:
    """The first of the words right before `noun` that make it one body, or None when they do not."""
    mods: list[Token] = []
    i = noun.i - 1
    while i >= noun.sent.start:
        word = noun.doc[i]
        if word.head != noun or word.dep_ not in ("amod", "compound"):
            break
        placed = word.ent_type_ in ("NORP", "GPE") or (word.dep_ == "compound" and word.pos_ in ("NOUN", "PROPN"))
        if not placed and word.lower_ not in LEVELS:
            return None  # "the new Indian government": which one, the question cannot say
        mods.insert(0, word)
        i -= 1
    if not any(w.ent_type_ in ("NORP", "GPE") or w.dep_ == "compound" for w in mods):
        return None
    first = mods[0]
    while first.ent_iob_ == "I" and first.i > noun.sent.start:
        first = noun.doc[first.i - 1]  # "the [New] Zealand government": the whole place's name
    return first


def court_spans(ctx: ArticleContext) -> list[Span]:
    """Courts NER left untagged ("The Delhi High Court dismissed …", "the Madras High Court directed …"):
    a capitalised "Court" with capitalised words of its name before it, outside quotes and entities."""
    from quizgen.nlp import tokens_where

    taken = {i for e in ctx.ents for i in range(e.start, e.end)}
    found = []
    for i in tokens_where(ctx.doc, "DEP", "nsubj".__eq__):  # no Token for the rest
        token = ctx.doc[i]
        if token.text != "Court" or i in taken or ctx.in_quote(token.idx):
            continue
        first = i
        while first > token.sent.start and ctx.doc[first - 1].head == token and ctx.doc[first - 1].dep_ == "compound":
            first -= 1
        words = ctx.doc[first:i]
        if len(words) and all(w.text[:1].isupper() and w.pos_ == "PROPN" for w in words):
            found.append(ctx.doc[first : i + 1])
    return found
