"""A body's decision told as a noun: "Larkfield's decision to close the plant follows …", "The decision by
the Ministry of Energy to fund the centre was announced …".

News often names who decided only inside the noun phrase that is the sentence's subject or object, and
the clause's own verb ("follows", "was announced") says nothing about the body. The deed is still
plain: the body decided to do the thing, so it is asked "Which organization decided to close the plant?".
Only a decision the sentence states as made: not "any decision by X to …", "a possible decision",
nor one inside a condition, a guess or someone's claim, nor a decision of two bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.asserted import not_asserted
from quizgen.facts.clause_verbs import clause_verb
from quizgen.facts.context import ArticleContext, words_of
from quizgen.facts.org_names import asked_as, org_name

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span, Token

#: Nouns of a decision made, with the verb a question asks it by.
DECISION_VERBS = {"decision": "decided"}
#: Words before the noun that leave the decision unmade or unsure ("a possible decision", "any decision").
UNMADE = {"any", "possible", "expected", "likely", "potential", "planned", "proposed", "future", "no", "final"}
#: Fewest words the decided deed runs to ("to close the plant"), and the most.
MIN_WORDS, MAX_WORDS = 3, 18


def decisions(ctx: ArticleContext) -> list[tuple[Span, tuple[str, list[str], Token], str]]:
    """(organisation, (question, [its name], the decision's noun), its name) for each decision the article states."""
    from quizgen.nlp import tokens_where

    found = []
    for noun in map(ctx.doc.__getitem__, tokens_where(ctx.doc, "LOWER", DECISION_VERBS.__contains__)):
        owned = _owner(ctx, noun)
        if owned is None or noun.tag_ != "NN" or ctx.in_quote(noun.idx):
            continue
        deed = next((c for c in noun.children if c.dep_ in ("acl", "xcomp") and c.i > noun.i), None)
        if deed is None or deed.pos_ != "VERB" or not any(c.lower_ == "to" and c.i < deed.i for c in deed.children):
            continue  # "the decision on rates": what was decided is not said as a deed
        first = min((c.i for c in deed.children if c.dep_ in ("aux", "neg") and c.i < deed.i), default=deed.i)
        words = [t for t in deed.subtree if t.i >= first]  # "not to close the plant" keeps its "not"
        while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
            words.pop()
        if not MIN_WORDS <= len(words) <= MAX_WORDS or any(t.is_quote for t in words):
            continue  # a long deed is a clause of its own
        if any(t.lower_ in UNMADE for t in noun.children) or _unsure(noun):
            continue
        span, name = owned
        question = f"{asked_as(name)} {DECISION_VERBS[noun.lower_]} {words_of(words)}?"
        found.append((span, (question, [name], noun), name))
    return found


def _owner(ctx: ArticleContext, noun: Token) -> tuple[Span, str] | None:
    """The one body that owns the decision ("Larkfield's decision") or made it ("the decision by X"), with
    its name; None when two share it ("A and B's decision") or the owner is no named body."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if owner is None and by is not None:
        owner = next((c for c in by.children if c.dep_ == "pobj"), None)
    if owner is None or any(c.dep_ == "conj" for c in owner.children):
        return None
    ent = next((s for s in ctx.org_spans if s.start <= owner.i < s.end), None)
    if ent is not None:
        return ent, org_name(ctx, ent)
    if owner.pos_ != "PROPN" or ctx.resolve_person(owner) is not None:
        return None
    if any(c.dep_ == "compound" for c in owner.children):
        return None  # "Anna Berg's": a name of more words than the short form
    earlier = {org_name(ctx, s) for s in ctx.org_spans if s.end <= owner.i}
    starts = {n for n in earlier if n.split()[0] == owner.text and len(n.split()) >= 2}  # "Larkfield Foods Inc"
    if len(starts) != 1 or any(owner.text in n.split()[1:] for n in earlier):
        return None
    return ctx.doc[owner.i : owner.i + 1], starts.pop()


def _unsure(noun: Token) -> bool:
    """Is the decision inside a condition, a guess, a claim or a negation ("did not welcome the decision")?"""
    verb = clause_verb(noun)
    if verb is None:
        return True
    return not_asserted(verb) or (noun.dep_ != "nsubj" and any(c.dep_ == "neg" for c in verb.children))
