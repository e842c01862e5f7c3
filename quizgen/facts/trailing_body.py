"""Who spoke in "…, the Press Trust of India (PTI) said.": a body named, after a comma, right before
a reporting verb that closes the sentence, which the parser left without a subject (it hung the
name on the reported clause). Only a whole name the model tagged as a body counts, so a statement
is never given to a word that merely precedes the verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: What may close the sentence after the verb ("… said.", "… said on Monday.").
_CLOSING = {".", "on", "in", "late", "early", "yesterday", "today", "tonight", "earlier"}


def trailing_body(verb: Token) -> Token | None:
    """The head word of the body named right before `verb`, between a comma and the verb, or None."""
    found = _trailing(verb)
    return found[1] if found is not None else None


def trailing_comma(verb: Token) -> int | None:
    """Where the comma before that body stands: the reported clause ends there."""
    found = _trailing(verb)
    return found[0] if found is not None else None


def _trailing(verb: Token) -> tuple[int, Token] | None:
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is not None and after.lower_ not in _CLOSING:
        return None
    end = verb.i - 1
    if end >= 2 and doc[end].text == ")" and doc[end - 2].text == "(" and doc[end - 1].is_upper:
        end -= 3  # "(PTI)": the acronym the article defines for it
    if end < 1 or doc[end].ent_type_ != "ORG":
        return None
    start = end
    while start > verb.sent.start and doc[start - 1].ent_type_ == "ORG" and doc[start - 1].ent_iob_ != "O":
        if doc[start].ent_iob_ == "B":
            break
        start -= 1
    if doc[start].ent_iob_ != "B":
        return None
    before = start - 1 if doc[start - 1].lower_ == "the" else start
    if before < 1 or doc[before - 1].text != ",":
        return None
    return before - 1, doc[end]
