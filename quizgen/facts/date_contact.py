"""Dates inside a relative clause with no relative word: "closing the building it has occupied since
1975" → Since when has the agency occupied the building? The clause's "it" is the sentence's own
subject and its missing object the noun it hangs on; the parse alone asks nothing of such a clause.
Only "it" read as a singular, non-person noun subject is resolved: anything less sure asks nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.context import words_of
from quizgen.facts.date_preps import wh_of_prep
from quizgen.facts.verb_forms import base_form
from quizgen.facts.wording import lower_first

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token

#: Relative words: a clause with one of these is an ordinary relative clause, asked elsewhere.
_RELATIVE_WORDS = frozenset({"which", "that", "who", "whom", "whose", "where", "when"})
#: Auxiliaries the question may front ("has occupied" → "Since when has X occupied …?").
_PERFECT = frozenset({"has", "have", "had"})


def contact_clause(ent: Span, iso: str | None) -> str | None:
    """ "… the hall it has occupied since 1884" → Since when has the council occupied the hall?"""
    root = ent.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return None
    prep, verb = root.head, root.head.head
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or prep.i < verb.i:
        return None
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ != "it" or subjects[0].i != verb.left_edge.i:
        return None
    if any(c.lower_ in _RELATIVE_WORDS or c.dep_ in ("dobj", "ccomp", "xcomp", "neg", "nsubjpass") for c in children):
        return None
    owner = _sentence_subject(verb.head)
    wh = wh_of_prep(ent, prep, iso)
    if owner is None or wh is None:
        return None
    thing = _antecedent(verb.head, verb)
    aux = [c for c in children if c.dep_ in ("aux", "auxpass")]
    rest = words_of(t for c in children if c.dep_ == "prep" and c != prep for t in c.subtree)
    rest = f" {rest}" if rest else ""
    if len(aux) == 1 and aux[0].lower_ in _PERFECT and verb.tag_ == "VBN":
        return f"{wh} {aux[0].lower_} {owner} {verb.lower_} {thing}{rest}?"
    if not aux and verb.tag_ == "VBD" and not wh.startswith("Since"):
        return f"{wh} did {owner} {base_form(verb)} {thing}{rest}?"
    return None


def _sentence_subject(noun: Token) -> str | None:
    """The words of the subject "it" stands for: the nearest clause subject above `noun`, a singular
    noun that names no person, or None."""
    node = noun
    for _ in range(6):
        node = node.head
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            subject = subjects[0]
            if subject.pos_ not in ("NOUN", "PROPN") or subject.tag_ in ("NNS", "NNPS"):
                return None
            if subject.ent_type_ in ("PERSON", "NORP", "GPE") or subject.i > noun.i:
                return None
            words = [t for t in subject.subtree if t.dep_ not in ("relcl", "acl") and not _in_clause(t, subject)]
            text = words_of(words)
            first = subject.left_edge
            if first.lower_ in ("a", "an"):
                text = "the" + text[len(first.text) :]
            return lower_first(text) if len(text.split()) <= 8 else None
        if node.head == node:
            return None
    return None


def _in_clause(token: Token, subject: Token) -> bool:
    """Whether `token` sits in a clause or an aside on the subject ("The FBI, which …")."""
    return any(a.dep_ in ("relcl", "acl", "appos") and a.head == subject for a in [token, *token.ancestors])


def _antecedent(noun: Token, clause: Token) -> str:
    """The noun phrase the clause hangs on, without the clause: "the storied headquarters building"."""
    words = [t for t in noun.subtree if t.i <= noun.i and t not in clause.subtree]
    text = words_of(words)
    first = noun.left_edge
    return "the" + text[len(first.text) :] if first.lower_ in ("a", "an") else lower_first(text)
