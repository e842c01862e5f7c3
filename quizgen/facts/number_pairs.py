"""Two objects that share one verb, each with its figure: "put its profit at 85 cents a share and
its revenue at $2.3 billion". The parse hangs both figures on the verb and the second object on the
first, so a question read off the clause carries the other pair inside ("… put its profit at 85
cents its revenue?"). Each figure is asked with its own object only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.measures import measure
from quizgen.facts.number_ask import ask
from quizgen.facts.number_earnings import is_per_share
from quizgen.facts.number_phrases import answer_text

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

    from quizgen.facts.context import ArticleContext

_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}


def paired_prep(ent: Span) -> tuple[Token, Token, Token, Token] | None:
    """(the figure's preposition, the other one, the first object, the second object) when `ent`
    stands in one of two same-word prepositions of a verb that has an object and a nominal conjunct."""
    verb = clause_verb(ent.root)
    if verb is None:
        return None
    figured = [c for c in verb.children if c.dep_ == "prep" and any(t.like_num for t in c.subtree)]
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or len(figured) != 2 or figured[0].lower_ != figured[1].lower_:
        return None
    first, last = figured
    heads = [verb, *(t for t in first.subtree if t.dep_ == "pobj")]  # the parse hangs it on either
    second = next((c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
    if second is None:
        return None
    if not obj.i < first.i < second.i < last.i:
        return None
    own = next((p for p in figured if ent.start >= p.i and ent.end - 1 <= p.right_edge.i), None)
    if own is None:
        return None
    return (own, last, obj, second) if own == first else (own, first, second, obj)


def ask_paired(ctx: ArticleContext, ent: Span, pair: tuple[Token, Token, Token, Token]) -> tuple[str, str] | None:
    """'put its profit at 85 cents a share and its revenue at $2.3 billion' → At how much did …
    put RIM's revenue? (the other object and figure left out; a possessive pronoun named from the
    first object's owner, else nothing is asked)."""
    own, other, obj, other_obj = pair
    m = measure(ent)
    if m.kind not in ("money", "percent"):
        return None
    wh = "how much per share" if is_per_share(m.head) else "how much" if m.kind == "money" else "what percentage"
    doc = ctx.doc
    cc = [c for c in doc[min(own.i, other.i) : max(obj.i, other_obj.i)] if c.dep_ == "cc"]
    named = _named(obj, other_obj)
    if named is None:
        return None
    drop = [*other.subtree, *other_obj.subtree, *obj.subtree, *cc]
    target = doc[own.i : own.right_edge.i + 1]
    question = ask(ctx, target, wh, pied=own.text.capitalize(), drop_dates=False, extra_drop=drop)
    if question is None:
        return None
    return f"{question[:-1]} {named}?", answer_text(ctx, m.span, None)


def _named(obj: Token, owner_of: Token) -> str | None:
    """The object's words, a possessive pronoun replaced by the other object's named owner."""
    doc, tokens = obj.doc, list(obj.subtree)
    pronoun = next((t for t in tokens if t.dep_ == "poss" and t.lower_ in _POSSESSIVE_PRONOUNS), None)
    if pronoun is None:
        return doc[obj.left_edge.i : obj.right_edge.i + 1].text
    owner = next((c for c in owner_of.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or pronoun.i != obj.left_edge.i:
        return None
    return f"{doc[owner.left_edge.i : owner.right_edge.i + 1].text} {doc[pronoun.i + 1 : obj.right_edge.i + 1].text}"
