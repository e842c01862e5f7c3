"""Dependency parses the small English model gets wrong in a way later rules would carry.

"A magnitude 6.4 earthquake struck …": the model reads "A magnitude" and "6.4 earthquake" as two
subjects of "struck", and every question then asks what "a magnitude" did. Two subjects of one
verb side by side, with nothing between them, are one noun phrase: the first modifies the second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SUBJECTS = ("nsubj", "nsubjpass")


def joined_subjects(doc: Doc) -> Doc:
    """`doc` with a subject that runs straight into a second subject of the same verb attached to
    it as a compound ("A magnitude 6.4 earthquake" is one subject, headed by "earthquake")."""
    for token in doc:
        if token.dep_ not in _SUBJECTS or token.pos_ != "NOUN":
            continue
        after = token.right_edge.i + 1
        if after >= len(doc) or doc[after].is_punct:
            continue
        second = next((c for c in token.head.children if c.dep_ == token.dep_ and c.i > token.i), None)
        if second is None or second.left_edge.i != after or second.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(doc[i].like_num for i in range(after, second.i)):
            continue  # only the shape of "magnitude 6.4 earthquake", a figure between the two nouns
        token.head, token.dep_ = second, "compound"
    return doc
