"""Numbers that cannot be asked on their own: one side of a score ("a 1-0 lead"), a share in a
comparison ("40 percent as bright as the Moon") and a figure of speech ("like two trains"), whose
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
    """'nearly 40 percent as bright as the Moon': the share means nothing without "as … as"."""
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


def gapped_start(sent: Span) -> int | None:
    """Where a gapped list starts: '40 percent came from Asia and 25 percent from Africa', 'Peru
    produced 90,000 tonnes below its quota, Chile 40,000 tonnes above it and Bolivia 10 pct under it'.
    After a clause with a figure, a comma or "and" opens a figure (or a name and its figure) with no
    verb of its own: the verb is left out, so the parse cannot say whose figure it is."""
    tokens = list(sent)
    for k, tok in enumerate(tokens[1:], 1):
        start = k
        while start > 0 and tokens[start - 1].pos_ == "PROPN" and tok.like_num:
            start -= 1  # "Saudi Arabia 500,000": the name opens the gapped part
        if not tok.like_num or start == 0 or tokens[start - 1].lower_ not in (",", "and", "while"):
            continue
        if k + 1 < len(tokens) and tokens[k + 1].like_num:
            continue  # "between 12.1 and 12.4": a range, not a gap
        noun = tok.head
        if noun.dep_ == "conj" and any(c.dep_ == "nummod" and c.like_num for c in noun.head.children):
            continue  # "2,400 infections and 51 deaths": counts of one verb, not a gap
        before, after = tokens[: start - 1], tokens[k:]
        if any(t.pos_ in ("VERB", "AUX") for t in after) or not any(t.pos_ in ("VERB", "AUX") for t in before):
            continue
        if any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in before):
            return tokens[start].i
    return None


def cut_gapped(ent: Span, question: str) -> str | None:
    """The question with a gapped list cut off its end, or None when the answer stands in the gapped
    part (the question would give it to the first subject: "How many … did Nigeria produce" → Saudi
    Arabia's figure)."""
    first = gapped_start(ent.sent)
    if first is None:
        return question
    if ent.end > first:
        return None
    doc = ent.doc
    opening = doc[first : first + 2].text
    at = question.find(opening)
    if at < 0:
        return question
    kept = re.sub(r"[\s,;]*(\b(and|or|while)\s*)?$", "", question[:at].rstrip())
    return kept + "?" if len(kept.split()) >= 3 else None
