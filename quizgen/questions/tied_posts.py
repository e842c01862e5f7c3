"""A profession held for someone, asked with whom it is for, or not asked.

"What is Mark Tiller's profession? — lawyer" teaches nothing: a lawyer is one for someone, and the
article says whose ("Bates' lawyer Mark Tiller", "a lawyer representing the Okoro family"). The
answer carries that tie ("Bates' lawyer", "lawyer for the Okoro family"); with no tie in the
sentence the question is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizgen.questions.draft import Draft

#: Professions held for someone: bare, they say nothing worth learning (kept here: lexicon.py is full).
TIED = frozenset("lawyer attorney solicitor barrister counsel agent aide bodyguard".split())
#: Whose, written with 's before the post: "Bates' lawyer", "the family's lawyer", "Harbor Motors' agent".
_OWNER = r"((?:[Tt]he )?(?:[A-Z][\w-]*|family)(?: (?:[A-Z][\w-]*|family))*)['\u2019]s?"
#: For whom, after the post: "the Okoro family", "Harbor Motors", "the club".
_WHOM = r"((?:the )?(?:[A-Z][\w-]*|family|club)(?: (?:[A-Z][\w-]*|family|club))*)"
#: The question `realize` asks of a profession.
_PROFESSION = re.compile(r"^What is (.+)'s profession\?$")


def with_ties(drafts: list[Draft], dated: Callable[[str], str]) -> list[Draft]:
    """`drafts` with "What is X's profession? — lawyer" asked as "What post does X hold? — Bates'
    lawyer" (placed in time by `dated`), or left out when the article does not say whose."""
    out = []
    for d in drafts:
        m = _PROFESSION.match(d.question)
        tied = d.answer if m is None else tied_answer(d.answer, m.group(1), d.fact.sentence)
        if tied is not None and tied != d.answer:
            d.question, d.answer = dated(f"What post does {m.group(1) if m else ''} hold?"), tied
        if tied is not None:
            out.append(d)
    return out


def tied_answer(role: str, person: str, sentence: str) -> str | None:
    """The post with whom it is held for; `role` itself when the post needs no tie; None when it
    needs one the sentence does not give."""
    word = role.lower()
    if word not in TIED:
        return role
    surname = re.escape(person.split()[-1])
    before = re.search(rf"{_OWNER} {word},? (?:[A-Z][\w.-]* )*{surname}\b", sentence)
    if before is not None:
        owner = re.sub(r"^The ", "the ", before.group(1))
        return f"{owner}' {word}" if owner.endswith("s") else f"{owner}'s {word}"
    after = re.search(rf"\b{surname},? (?:an?|the) {word} (?:for|representing|to) {_WHOM}", sentence)
    after = after or re.search(rf"\b{word} {re.escape(person)},? who represents {_WHOM}", sentence)
    return None if after is None else f"{word} for {after.group(1)}"
