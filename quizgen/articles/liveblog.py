"""A live blog's entries read as paragraphs: the clock time that opens each entry goes.

Live coverage stamps every entry with the time it was posted ("23:41 Green Party leader Ola
Brenner has held her seat …", "10.05am BST: Police said …"). Left on, the stamp becomes part of the
sentence and of every question asked from it ("By how many votes has 23:41 Green Party leader …").
A text is read as a live blog only when two entries or more open with a stamp, so a story whose
one sentence opens with a time ("10:30 was the hour set …") is left alone.
"""

from __future__ import annotations

import re

#: A posting time that opens an entry: "23:41", "9.05am", "10:05 a.m. BST", "14:20 GMT:", "08:00 -".
STAMP = re.compile(
    r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?(?:am|pm|a\.m\.|p\.m\.))?(?:\s(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|IST|ET|PT))?"
    r"(?:\s?[:|\-–—]\s?|\s)(?=[A-Z\"\u201c‘'])"
)


def unstamped(paragraphs: list[str]) -> list[str]:
    """`paragraphs` without the posting time that opens each entry; unchanged when fewer than two
    entries open with one."""
    if sum(STAMP.match(p) is not None for p in paragraphs) < 2:
        return paragraphs
    return [STAMP.sub("", p, count=1) for p in paragraphs]
