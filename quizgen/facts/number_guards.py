"""Numbers that cannot be asked on their own: one side of a score ("a 1-0 lead"), a share in a
comparison ("17 percent as massive as the Sun") and a figure of speech ("like two trains"), whose
question would not read or would mislead."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Span

#: Nouns a score sizes ("a 2-1 win", "a 113-112 victory").
SCORE_NOUNS = {
    *"lead win victory defeat loss draw score scoreline advantage triumph deficit edge result".split(),
    *"split vote ruling margin decision majority".split(),  # "a 50-50 split", "a 5-4 ruling"
}
DASHES = ("-", "–", "—")


def part_of_score(ent: Span) -> bool:
    """'a 1-0 lead', 'the 113-112 win', 'a 50-50 split': the number is one side of a score or ratio."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if end + 1 < len(doc) and doc[end].text in DASHES and doc[end + 1].like_num:
        end += 2
    elif start >= 2 and doc[start - 1].text in DASHES and doc[start - 2].like_num:
        start -= 2
    elif not any(t.text in DASHES for t in ent) and "-" not in ent.text:
        return False
    return end < len(doc) and doc[end].lemma_.lower() in SCORE_NOUNS


def in_comparison(span: Span) -> bool:
    """'about 17 percent as massive as the Sun': the share means nothing without "as … as"."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].lower_ == "as" and doc[end + 1].pos_ in ("ADJ", "ADV")


def in_simile(ent: Span) -> bool:
    """'are like two trains heading toward each other': a figure of speech, not a fact to learn."""
    node = ent.root
    for _ in range(3):
        if node.dep_ == "prep" and node.lower_ in ("like", "as"):
            return node.lower_ == "like" or node.head.pos_ in ("AUX", "VERB") and node.head.lemma_ == "be"
        if node.head == node:
            return False
        node = node.head
    return False


def carries_gapped_figure(span: Span, question: str) -> bool:
    """'40 percent came from Asia and 25 percent from Africa': the second figure's verb is left out
    (gapped), so the parse hangs it on a noun and a question about any figure of the sentence would
    carry "and 25 percent from Africa" along. Such a question is not asked."""
    for tok in span.sent:
        if tok.dep_ not in ("conj", "appos") or tok.head.pos_ in ("VERB", "AUX") or span.start <= tok.i < span.end:
            continue
        figure = next((c for c in tok.children if c.dep_ == "nummod" and c.like_num), None)
        own_phrase = any(c.dep_ == "prep" for c in tok.children)
        if figure is not None and own_phrase and not any(t.pos_ in ("VERB", "AUX") for t in tok.subtree):
            if re.search(rf"(?<![\d.,]){re.escape(figure.text)}(?![\d.,]*\d)", question):
                return True
    return False
