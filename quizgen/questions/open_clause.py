"""A figure or date the article leaves open: "it is unclear whether the city will hire 200 officers",
"officials would not say if the vote will be held on Friday".

Inside such a clause the figure is a possibility, not a fact: "How many new officers will the city
hire? — 200" teaches what nobody said would happen, so it is not asked. A figure the clause takes for
granted stays ("whether any candidate will win the nine votes needed": that nine votes are needed is
the article's fact), as does a "whether" far before it, past the end of its clause.
"""

from __future__ import annotations

import re

#: What opens an undecided clause: "whether", or "if" after a word of not knowing.
_OPEN = re.compile(
    r"\bwhether\b|\b(?:unclear|uncertain|not (?:known|clear|sure|say|said|confirm|confirmed)|wonder(?:ed|s)?|"
    r"ask(?:ed|s)?|know) if\b",
    re.I,
)
#: Words that end the clause before the figure: a new clause or a turn.
_CLAUSE_END = re.compile(r"[;:—–]|\.\s|\b(?:but|although|though|while)\b", re.I)
#: The figure taken for granted: "the nine votes", "its 10-person quorum".
_GIVEN = re.compile(r"\b(?:the|its|their|his|her|our)\s+$", re.I)


def left_open(sentence: str, span: tuple[int, int] | None) -> bool:
    """True when the figure at `span` stands in a "whether" clause as one of its possibilities."""
    if span is None:
        return False
    before = sentence[: span[0]]
    opened = [m for m in _OPEN.finditer(before)]
    if not opened:
        return False
    clause = before[opened[-1].end() :]
    if len(clause.split()) > 14 or _CLAUSE_END.search(clause) or _GIVEN.search(clause):
        return False
    return True
