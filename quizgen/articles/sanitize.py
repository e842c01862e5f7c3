"""Make article text plain data: no terminal escapes, no hidden direction changes, no endless punctuation.

Text from a file may carry ANSI escape sequences (a captured terminal log), C1 controls such as
U+009B (which some terminals read as an escape), or bidi overrides that make a question read
differently from what it says. None of that is part of an article, so it is removed before the
text is parsed or shown. A long run of punctuation with no space ("!!!!…" for 50,000 marks)
costs spaCy's tokenizer time quadratic in its length, so such runs are cut short.
"""

from __future__ import annotations

import re

#: ANSI/VT escape sequences: CSI (ESC [ or U+009B), OSC (ESC ] … BEL or ST) and two-byte escapes.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[ -/]*[0-~]"
)
#: Controls that no article contains (tab, newlines and form feed stay), C1 controls, and the
#: bidi embeddings, overrides, isolates and marks.
_HIDDEN = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Longest run of punctuation or symbols without a space kept whole; longer runs are cut to it.
MAX_MARK_RUN = 16
_MARK_RUN = re.compile(rf"[^\w\s]{{{MAX_MARK_RUN + 1},}}")


def strip_escapes(text: str) -> str:
    """`text` without terminal escape sequences (before a binary check, which would count them)."""
    return _ESCAPES.sub("", text) if ("\x1b" in text or "\x9b" in text) else text


def clean(text: str) -> str:
    """`text` as plain, safe data: escapes, controls and bidi overrides removed, mark runs cut."""
    text = _HIDDEN.sub("", strip_escapes(text))
    return _MARK_RUN.sub(lambda m: m.group()[:MAX_MARK_RUN], text)
