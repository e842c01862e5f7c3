"""Whose saying a participle reports: "X refused, saying …", "X stepped up the feud by claiming …",
"X was quoted as saying …"; apart from `speakers` because the parse often hangs the participle on a
verb other than the one whose subject speaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import STATEMENT_NOUNS

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Token


def participle_owner(verb: Token) -> Token | None:
    """The verb whose subject says what a participle reports: 'X refused, saying …', 'X stepped
    up the feud by claiming …', 'X issued a statement saying …' (None when `verb` is no such
    participle)."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if quoted_as(verb):
        return head.head
    if verb.dep_ == "pcomp" and head.lower_ == "by":
        head = head.head
    elif verb.dep_ == "acl" and head.lemma_.lower() in STATEMENT_NOUNS and head.dep_ in ("dobj", "pobj"):
        head = head.head if head.dep_ == "dobj" else head.head.head  # "… a statement", "in a statement …"
    elif verb.dep_ != "advcl":
        return None
    else:
        head = _nearer_clause(head, verb)
    return head if head.pos_ in ("VERB", "AUX") and head.i < verb.i else None


def _nearer_clause(head: Token, verb: Token) -> Token:
    """ "X argued for Y, while Z sought W, saying …": spaCy hangs the participle on the main verb, but
    the saying is Z's, the subject of the clause that ends just before it."""
    between = [
        c
        for c in head.children
        if c.dep_ in ("advcl", "conj")
        and head.i < c.i < verb.i
        and c.tag_ in ("VBD", "VBZ", "VBP")  # a finite clause, not "the calls for X to step down"
        and any(s.dep_ == "nsubj" for s in c.children)
        and (any(m.dep_ == "mark" for m in c.children) or any(m.dep_ == "cc" and m.i < c.i for m in head.children))
    ]
    last = between[-1] if between else None
    if last is not None and last.right_edge.i + 2 >= verb.i:
        return last
    return head


def quoted_as(verb: Token) -> bool:
    """'X was quoted as saying …' (by a paper): the saying is X's, though X is the subject of "quoted"."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote"
