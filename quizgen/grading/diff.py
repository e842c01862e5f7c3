"""Anki-style character diff of a typed answer against the expected one, for the feedback panel."""

from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True)
class DiffPart:
    """A run of characters in the typed or the expected line of a diff."""

    text: str
    kind: str
    """"same" (typed right), "extra" (typed but wrong) or "missing" (expected, not typed)."""


def diff_answer(typed: str, expected: str) -> tuple[list[DiffPart], list[DiffPart]]:
    """Anki-style character diff: the typed line and the expected line, each split into runs.

    Case is ignored when lining the strings up, so "maria" lines up with "Maria".
    """
    typed_key, expected_key = typed.lower(), expected.lower()
    if len(typed_key) != len(typed) or len(expected_key) != len(expected):
        typed_key, expected_key = typed, expected
    matcher = difflib.SequenceMatcher(None, typed_key, expected_key, autojunk=False)
    top: list[DiffPart] = []
    bottom: list[DiffPart] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            top.append(DiffPart(typed[a1:a2], "same"))
            bottom.append(DiffPart(expected[b1:b2], "same"))
            continue
        if a2 > a1:
            top.append(DiffPart(typed[a1:a2], "extra"))
        if b2 > b1:
            bottom.append(DiffPart(expected[b1:b2], "missing"))
    return _merged(top), _merged(bottom)


def _merged(parts: list[DiffPart]) -> list[DiffPart]:
    out: list[DiffPart] = []
    for part in parts:
        if out and out[-1].kind == part.kind:
            out[-1] = DiffPart(out[-1].text + part.text, part.kind)
        else:
            out.append(part)
    return out
