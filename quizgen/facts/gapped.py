"""Results listed with their verb left out: "Labour won 410 seats, the Conservatives 131 and the
Liberal Democrats 61", "the BJP won 34 seats and the Congress 12". Election and sport copy write
them so; a question carrying the list ("Which party won 34 seats and the Congress 12?") is garbled,
and a name in the list is no answer to the first verb."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only
    from spacy.tokens import Span


def gapped_results(sent: Span) -> int | None:
    """Where the first "(, | and) [the] Name figure" with no noun after the figure starts, after a figure."""
    tokens = list(sent)
    for k, tok in enumerate(tokens):
        if tok.text not in (",", "and") or not any(t.like_num for t in tokens[:k]):
            continue
        j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower_ == "the")
        names = 0
        while j < len(tokens) and tokens[j].pos_ == "PROPN" and tokens[j].text[:1].isupper() and names < 4:
            j, names = j + 1, names + 1
        if not names or j >= len(tokens) or not tokens[j].like_num:
            continue
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if after is None or after.is_punct or after.lower_ in ("and", "while"):
            return tok.i
    return None


def cut_at_gap(sent: Span, start: int, question: str) -> str | None:
    """`question` (about words starting at token `start`) without the gapped list; None when the
    answer stands in the list or the question cannot be cut cleanly."""
    gap = gapped_results(sent)
    if gap is None:
        return question
    if start > gap:
        return None
    doc = sent.doc
    opening = doc[gap + 1 : gap + 3].text
    at = question.find(f" {opening}")
    if at < 0:
        return question
    kept = re.sub(r"[\s,;]*(\b(and|or|while)\s*)?$", "", question[:at].rstrip())
    return kept + "?" if len(kept.split()) >= 3 else None
