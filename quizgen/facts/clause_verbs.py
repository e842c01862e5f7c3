"""The verb of the clause a word belongs to: asked of the same words by many passes, so each
document's answers are kept (as word indices, in `doc.user_data`) and each word's found once."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

CLAUSE_DEPS = {"ccomp", "conj", "advcl", "relcl", "acl", "xcomp", "pcomp", "parataxis"}
#: Where `clause_verb` keeps its answers (word → its verb's index, -1 for none) in `doc.user_data`.
_FOUND = "quizgen.clause_verb"


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause a token belongs to."""
    found = token.doc.user_data.setdefault(_FOUND, {})
    at = found.get(token.i, -2)
    if at == -2:
        verb = _clause_verb(token)
        at = found[token.i] = -1 if verb is None else verb.i
    return None if at == -1 else token if at == token.i else token.doc[at]


def _clause_verb(token: Token) -> Token | None:
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and (node.dep_ in CLAUSE_DEPS or node.dep_ == "ROOT"):
            return node
        if node.head == node:
            return node if node.pos_ in ("VERB", "AUX") else None
        node = node.head
    return None


#: Arcs of a word that only describes a noun: a finite verb on one is the parser's slip.
MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod", "det", "poss"}


def clause_in_subject(subject: list[Token]) -> bool:
    """ "Back in May, Ruiz announced agency was moving …": a finite verb with its own subject that the
    parser hung on the subject as a modifier (no relative clause); worded as a subject, it garbles
    the question ("How many … was back in May, Ruiz announced agency moving …?")."""
    return any(
        t.tag_ in ("VBD", "VBZ", "VBP", "VBN")
        and t.dep_ in MODIFIER_DEPS
        and any(c.dep_ == "nsubj" for c in t.children)
        for t in subject
    )
