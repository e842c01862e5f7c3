"""A sentence that ends by naming its source (", the poll forecast.", ", an exit poll projected on
Thursday.") where the parser did not read the source's verb as the sentence's head.

The small model reads "forecast" and "projected" as nouns or as a participle describing the
source, so the clause before the comma looks like a plain statement: "How many seats will the
Conservatives take? — 131" would teach a forecast as an outcome. What that clause says is the
source's claim, and nothing in the parse says whose: it is not asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.facts.lexicon import REPORTING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Verbs a source names a claim with at a sentence's end: reporting verbs, and polls' "project".
TAIL_VERBS = REPORTING | {"project"}
#: What a source's noun phrase is made of ("an exit poll", "the ministry's forecasters", "Reuters").
_SOURCE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV"}


def tail_claim(sent: Span) -> tuple[Token, Token] | None:
    """(comma, verb) when `sent` goes on after a comma as ", <source> <verb> …" (at its end, or before
    another comma: ", an exit poll projected on Thursday, giving …") and the parser did not make that
    verb the sentence's head; None when there is no such part, or the parse read it ("…, an official said").
    Worked out once per sentence (the extractors ask of every verb), kept as word indices in the
    document's user data: never a Token, which would hold the document in a cycle."""
    doc = sent.doc
    known = doc.user_data.setdefault(_KNOWN, {})
    if sent.start not in known:
        found = _tail_claim(sent)
        known[sent.start] = (found[0].i, found[1].i) if found is not None else None
    at = known[sent.start]
    return (doc[at[0]], doc[at[1]]) if at is not None else None


#: Where `tail_claim` keeps what it found, by sentence start, in `doc.user_data`.
_KNOWN = "quizgen.tail_claims"


def _tail_claim(sent: Span) -> tuple[Token, Token] | None:
    commas = [t for t in sent if t.text == ","]
    if not commas:
        return None
    for comma, end in zip(commas, [*(c.i for c in commas[1:]), sent.end], strict=True):
        words = [t for t in sent.doc[comma.i + 1 : end] if not t.is_punct and not t.is_space]
        verb = next((t for t in words if t.lemma_.lower() in TAIL_VERBS or t.lower_ in TAIL_VERBS), None)
        if verb is None or verb == sent.root:
            continue
        source = [t for t in words if t.i < verb.i]
        if source and source[-1].pos_ in ("NOUN", "PROPN") and all(t.pos_ in _SOURCE_POS for t in source):
            return comma, verb
    return None


def claimed_at_tail(token: Token) -> bool:
    """Is `token` in the clause a tail source claims (see `tail_claim`)?"""
    found = tail_claim(token.sent)
    return found is not None and token.i < found[0].i
