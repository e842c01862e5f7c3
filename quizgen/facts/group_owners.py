"""Owners written before a post that the tagger reads wrong: a group of people, or a name cut short.

"Tenants' campaigner Ann Lind" is a campaigner for tenants, not a post at a body called "Tenants"
(the small model tags a capitalised plural noun opening a sentence as an organisation); and in
"Migrant Workers' Centre chairman Tom Vale" it takes "Workers' Centre" alone for the name, so the
post would be asked at a body that does not exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.post_words import POST_MODIFIERS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span


def people_noun(span: Span) -> bool:
    """Is the "organisation" one plural common noun ("Tenants", "Residents", "Parents")?"""
    return len(span) == 1 and span.root.tag_ == "NNS"


def whole_owner(span: Span) -> Span:
    """The organisation with the capitalised words the tagger left off its front ("[Migrant] Workers'
    Centre"): proper nouns joined into the name by the parse, none of them a person's or a title's."""
    from quizgen.facts.titles import is_post  # (titles reads its owners through this module)

    doc, start = span.doc, span.start
    while start > span.sent.start:
        tok = doc[start - 1]
        inside = span.start <= tok.head.i < span.end
        if not (tok.pos_ == "PROPN" and tok.dep_ == "compound" and inside and tok.text[:1].isupper()):
            break
        if tok.ent_type_ not in ("", "ORG") or is_post(tok.text) or tok.lower_ in POST_MODIFIERS:
            break
        start -= 1
    return doc[start : span.end] if start < span.start else span
