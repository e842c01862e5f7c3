"""A count whose noun news left out ("the number queuing past two years"), said in full or not asked.

News writes "the number of patients queuing beyond three years" and then "the number queuing past two
years": read alone, "To what figure did the number queuing … fall?" does not say the number of
what. The question takes the noun from the article's last "number of <noun> queuing" before the fact;
with none, it is not asked.
"""

from __future__ import annotations

import re

#: "the number queuing", "the total number dying": a count with its noun left out.
_ELIDED = re.compile(r"\b([Tt]he (?:total )?number) ([a-z]+ing)\b")


def counted_in_full(question: str, sentence: str, text: str) -> str | None:
    """The question with "the number queuing" written "the number of patients queuing", None when the
    article never says of what."""
    m = _ELIDED.search(question)
    if m is None:
        return question
    at = text.find(sentence[:80])
    before = text[: at if at >= 0 else len(text)]
    nouns = re.findall(rf"\bnumber of ((?:[a-z]+ ){{0,2}}?[a-z]+) {m.group(2)}\b", before)
    if not nouns:
        return None
    return f"{question[: m.end(1)]} of {nouns[-1]} {question[m.start(2) :]}"
