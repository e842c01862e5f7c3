"""Where an article quotes: the character spans of its quoted passages, whatever the marks."""

from __future__ import annotations

import re

QUOTE_CHARS = '"\u201c\u201d'
#: Every mark that may open or close a quote, for stripping them off quoted text.
QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019\u00ab\u00bb`'"
#: A passage in double quote marks, straight or curly, as a question or an answer writes it.
QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
#: Quotes in other marks: «guillemets», ``TeX-style'', and ‘single’ quotes (an opening ‘ after a
#: space or bracket; the closing ’ not followed by a letter, so "don’t" and "Lind’s" stay words).
_OTHER_QUOTES = re.compile(
    r"\u00ab\s*([^\u00bb\n]+?)\s*\u00bb|``([^\n]+?)''"
    r"|(?:^|(?<=[\s(\[\u2014\u2013]))\u2018(\S[^\n]*?)\u2019(?![^\W\d_])"
)


def blank_quotes(text: str) -> str:
    """`text` with every quoted passage turned to spaces: offsets still match, its words go unread."""
    return QUOTED.sub(lambda m: " " * len(m.group()), text)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the quoted passages in an article's text, with quote marks excluded.

    Straight quotes are told apart by position: a mark after a space (or at a line start) and
    before a word opens; a mark after a word or punctuation closes. A quote still open at the
    end of its paragraph ends there (news style continues a long quote in the next paragraph,
    which opens with a new mark). A straight mark between two letters is no quote mark.
    """
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        line, base = para.group(), para.start()
        start: int | None = None
        for m in re.finditer(f"[{QUOTE_CHARS}]", line):
            i, mark = m.start(), m.group()
            before = line[i - 1] if i else " "
            after = line[i + 1] if i + 1 < len(line) else " "
            if mark == '"' and before.isalpha() and after.isalpha():
                continue  # 'Opec"s': an apostrophe a text conversion turned into a quote mark
            if start is None and mark == '"' and before.isalpha() and after.isspace():
                continue  # 'the United States" oil': the same, for a plural owner; no quote opens so
            opens = mark == "\u201c" or (mark == '"' and (before.isspace() or before in "([") and not after.isspace())
            if start is None:
                if opens or mark != "\u201d":
                    start = i + 1
                continue
            if opens and before.isspace():
                # a new quote opens before the last one closed: the last one ended here
                if i - start > 1:
                    spans.append((base + start, base + i - 1))
                start = i + 1
                continue
            if i - start > 0:
                spans.append((base + start, base + i))
            start = None
        if start is not None and len(line) - start > 1:
            spans.append((base + start, base + len(line)))
    return _with_other_marks(text, spans)


def _with_other_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add quotes in «», ``'' and ‘’ that no double-quoted passage already holds (a single-quoted
    phrase inside a double-quoted quote stays part of it)."""
    if not any(mark in text for mark in ("\u00ab", "``", "\u2018")):
        return spans
    extra = []
    for m in _OTHER_QUOTES.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        a, b = m.start(group), m.end(group)
        if not any(s <= a < e or a <= s < b for s, e in spans):
            extra.append((a, b))
    return sorted(spans + extra)
