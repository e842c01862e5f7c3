"""A unit's name with the kind noun the article always writes after it: "the Ecosystem Simulation
Science group" is the group's name, and "Ecosystem Simulation Science" alone reads as a field of
study, not a body anyone could be with (the model's entity stops before "group")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.questions.draft import Draft

#: Kind nouns that belong to a unit's name when written straight after it in lower case.
_KINDS = "group|team|lab|laboratory|unit|division|programme|program|project|centre|center|initiative"


#: Last words of a business's name: "group" after them is the kind of business, not part of its name.
_BUSINESS = set(
    "holdings inc ltd corp corporation co company plc ag sa nv llc bank partners capital industries enterprises "
    "motors airlines airways systems networks technologies energy resources foods brands media group".split()
)


def with_kind_noun(name: str, text: str) -> str:
    """`name` with the kind noun after it, when the article writes the name only so ("the X group")."""
    if len(name.split()) < 2 or not name[:1].isupper() or re.search(rf"\b(?:{_KINDS})$", name, re.I):
        return name  # "the Nordvik group": a one-word name's group is a business's, not a unit's name
    if name.split()[-1].lower().rstrip(".") in _BUSINESS:
        return name  # "the Nordvik Holdings group": a company and its kind, the company named alone
    escaped = re.escape(name)
    every = re.findall(rf"\b{escaped}\b(?: ({_KINDS})\b)?", text)
    kinds = set(every)
    if len(kinds) != 1 or "" in kinds:
        return name  # written alone somewhere, or with two kinds: the name stands as it is
    return f"{name} {kinds.pop()}"


def named_with_kind(question: str, name: str, whole: str) -> str:
    """`question` naming `whole` where it named the bare `name` (not already followed by its kind)."""
    if whole == name:
        return question
    kind = whole[len(name) + 1 :]
    return re.sub(rf"\b{re.escape(name)}\b(?! {re.escape(kind)}\b)", whole, question)


def whole_unit(d: Draft, text: str) -> Draft:
    """The draft with its organization (answer, or the body its question names) given its kind noun."""
    names = {d.answer} if d.answer_type == "org" else set()
    org = getattr(d.fact, "org", None)
    names |= {org} if isinstance(org, str) and org else set()
    for name in names:
        whole = with_kind_noun(name, text)
        if whole != name:
            d.answer = whole if d.answer == name else d.answer
            d.question = named_with_kind(d.question, name, whole)
    return d
