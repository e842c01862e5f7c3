"""Show text from files and the database on a terminal as text, never as terminal commands.

A file name, a card's kind or a title may hold escape sequences (ESC, U+009B) or bidi
overrides; printed raw they would retitle the terminal or reorder the line. Every such
character is printed as its escape (`\\x1b`, `\\u009b`, `\\u202e`) instead.
"""

from __future__ import annotations

import re

#: C0 and C1 controls, DEL, and the bidi embeddings, overrides, isolates and marks.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    # \u for DEL and above: inside a JSON string that is the same character, still valid JSON.
    return f"\\x{code:02x}" if code < 0x7F else f"\\u{code:04x}"


def inert(text: str, *, keep: str = "") -> str:
    """`text` with every control and bidi character shown as its escape, except those in `keep`
    (e.g. "\\n" for a multi-line report)."""
    return _UNSAFE.sub(lambda m: m.group() if m.group() in keep else _escaped(m), text)


def one_line(text: str) -> str:
    """`text` as one inert line: line breaks in it become " / "."""
    return inert(re.sub(r"\s*[\r\n]+\s*", " / ", text.strip()))
