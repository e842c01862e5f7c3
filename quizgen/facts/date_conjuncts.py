"""A second verb with a date of its own, cut from the first verb's question.

"plans to launch the service in early 2024 and to switch off the old network by the end of 2025"
asked of early 2024 would carry the other verb and its date along ("When does … plan to launch the
service and to switch off the old network by the end of 2025?"): two events, one answer. The
conjoined verb and everything after its "and" leave the question; when its words cannot be found
there, the question stays as it was and the later checks judge it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span, Token


def without_dated_conjunct(ent: Span, verb: Token | None, question: str) -> str:
    """`question` without a verb conjoined to `verb` that has a date of its own (not `ent`)."""
    if verb is None:
        return question
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.i > ent.end):
        if not any(_dated(t) for t in conj.subtree):
            continue
        cc = [c for c in verb.children if c.dep_ == "cc" and ent.end <= c.i < conj.i]
        start = cc[-1].i if cc else conj.left_edge.i
        words = ent.doc[start : conj.right_edge.i + 1].text.rstrip(" .,;")
        cut = re.sub(r",?\s+" + re.escape(words) + r"(?=\?$)", "", question)
        if cut != question:
            return cut
    return question


def _dated(token: Token) -> bool:
    """A word of a date that names a day, month or year ("2025", "May"), not "now" or "soon"."""
    return token.ent_type_ == "DATE" and (token.like_num or token.is_title)
