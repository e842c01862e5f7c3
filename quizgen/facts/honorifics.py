"""Words of address before a name that are neither name nor post: "Dr", "Prof", and the Gulf and
Commonwealth "H E" / "HE" / "His Excellency" ("H E Saad Rashid, Minister of Energy")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizgen.vocabulary import HONORIFICS

if TYPE_CHECKING:  # spaCy's types only; the modules load spaCy where it is used
    from spacy.tokens import Token

#: Gulf and Commonwealth style before a minister's name: "H E", "HE", "H.E.", "His Excellency".
_EXCELLENCY = {"HE", "H.E.", "H.E", "Excellency"}


def excellency(words: list[str], i: int) -> bool:
    """Whether words[i] is part of "H E" / "HE" / "His Excellency" standing before a name."""
    word, after = words[i], words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i > 0 else ""
    return bool(after) and (
        word in _EXCELLENCY
        or (word == "H" and after in ("E", "E."))
        or (word in ("E", "E.") and before == "H")
        or (word in ("His", "Her") and after == "Excellency")
    )


def is_honorific(token: Token) -> bool:
    """'Dr', 'Prof', 'H E', 'His Excellency': words before a name that are neither name nor post."""
    doc = token.doc
    words = [t.text for t in doc[max(0, token.i - 1) : token.i + 2]]
    return token.lower_.rstrip(".") in HONORIFICS or excellency(words, 1 if token.i > 0 else 0)
