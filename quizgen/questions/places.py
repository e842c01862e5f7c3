"""The place "the state" or "the city" stands for: the one named with that word just before it."""

from __future__ import annotations

import re

#: A capitalized name of one or more words ("South Australia", "Okinawa").
_NAME = r"[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*"
#: Capitalized words before the noun that are no place's name ("The city", "Its state").
_NOT_NAMES = {"The", "A", "An", "This", "That", "Each", "Every", "Its", "Their", "Our", "His", "Her", "One"}


def named_place(noun: str, sentence: str, text: str) -> str | None:
    """ "… brought to the state of Tasmania. As of Monday, the state had …" → "Tasmania": the one
    place named as that kind ("the state of Tasmania", "Kerala state") in the question's sentence or
    the one before it; None otherwise. A story's own city is often "the city" throughout, while
    another city is named "the port city of Pen" further on: only a name right before counts."""
    at = text.find(sentence[:80])
    if at < 0:
        return None
    start = max(text.rfind(". ", 0, max(at - 2, 0)), text.rfind("\n", 0, max(at - 1, 0)), 0)
    near = text[start : at + len(sentence)]
    names = set(re.findall(rf"\b{noun} of ({_NAME})", near))
    names |= {m for m in re.findall(rf"\b({_NAME}) {noun}\b", near) if m.split()[0] not in _NOT_NAMES}
    return names.pop() if len(names) == 1 else None
