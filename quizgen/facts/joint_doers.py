"""A doer that is a list: "A, B and C, which together pledged $4.2 million" → the three pledged it,
not C alone. A set-off clause hung on the last name of a list may tell of that name or of the whole
list; the parse cannot say which, so the clause is asked of the whole list when it says the list acted
as one ("together", "jointly", "between them") and of no one otherwise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.vocabulary import JOINT_ADVERBS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token


def acts_jointly(verb: Token) -> bool:
    """The clause says its doers acted as one: "together pledged", "jointly own", "between them paid"."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in JOINT_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ == "between":
            if any(g.dep_ == "pobj" and g.lower_ in ("them", "themselves") for g in child.children):
                return True
    return False


def listed_antecedent(noun: Token, verb: Token) -> list[Token] | None:
    """The doer of a relative clause (`verb`) whose antecedent `noun` is one name of a list: the whole
    list before the clause when the list acted as one, else None (asked of no one). `noun` alone, as
    its tokens before the clause, when it stands in no list."""
    first = noun
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    listed = first is not noun or any(c.dep_ == "conj" for c in noun.children)
    if not listed:
        return [t for t in noun.subtree if t.i <= noun.i or t.i < verb.left_edge.i]
    if not acts_jointly(verb):
        return None
    tokens = [t for t in first.subtree if t.i < verb.left_edge.i]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    return tokens


def list_in_apposition(appos: Token) -> bool:
    """ "Tata Relief, Sunrise Aid and the Mehra Trust have donated": the parse read the list's later
    names as an apposition to its first; they are doers, not an aside. An apposition that closes with a
    comma ("Two charities, Sunrise Aid and the Mehra Trust, have …") is a true aside."""
    if appos.dep_ != "appos" or appos.head.pos_ != "PROPN" or appos.pos_ not in ("PROPN", "NOUN"):
        return False
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in appos.children):
        return False
    if not any(c.dep_ == "conj" for c in appos.children):
        return False
    after = appos.right_edge.i + 1
    return after >= len(appos.doc) or appos.doc[after].text not in (",", "-", "\u2013", "\u2014", "(")


#: Prepositions that name a partner in the deed: "Nexa, along with Fenwick, bought …".
_PARTNER_PREPS = ("along", "alongside")


def with_partner(doer: Token) -> bool:
    """ "Nexa Group, along with Fenwick Capital, bought …", "Harlow, together with Benton, paid …": the
    doer acted with a partner (the phrase hung on the doer, or on its verb before the verb), so it alone
    is not the answer to "Which firm bought …?"."""
    verb = doer.head if doer.dep_ in ("nsubj", "nsubjpass") else None
    return any(_partner(c) for c in doer.children) or (verb is not None and partner_on_verb(verb))


def partner_on_verb(verb: Token) -> bool:
    """ "The charity, along with two hospitals, raised £2.3m": the parse hangs the partner on the verb,
    and a question worded from the clause leaves it out ("How much did the charity raise?")."""
    return any(_partner(c) and c.i < verb.i for c in verb.children)


def _partner(prep: Token) -> bool:
    """A phrase that names a partner in the deed: "along with X", "alongside X", "together with X"."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in _PARTNER_PREPS:
        return True
    together = any(c.lower_ in ("together", "along") for c in prep.children)
    return prep.lower_ == "with" and (together or prep.doc[prep.i - 1].lower_ == "together")
