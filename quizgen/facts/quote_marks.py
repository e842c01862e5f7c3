"""Where an article quotes: the character spans of its quoted passages, whatever the marks."""

from __future__ import annotations

import re

QUOTE_CHARS = '"\u201c\u201d'
#: Every mark that may open or close a quote, for stripping them off quoted text.
QUOTE_MARKS = "\"\u201c\u201d\u2018\u2019\u00ab\u00bb`'"
#: A passage in double quote marks, straight or curly, as a question or an answer writes it.
QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
#: A mark `quote_spans` reads: a double one, or doubled apostrophes closing what a double mark opened
#: ("…,'' said Ann Lind", as some wire feeds type it).
_MARK = re.compile(f"''(?!')|[{QUOTE_CHARS}]")
#: Quotes in other marks: «guillemets», ``TeX-style'' and ''doubled apostrophes'' (as some wire feeds
#: type a double mark); ‘single’ quotes are read by `_single_quoted`.
_OTHER_QUOTES = re.compile(r"\u00ab\s*([^\u00bb\n]+?)\s*\u00bb|``([^\n]+?)''|(?:^|(?<=[\s(]))''(?=\w)([^\n]+?)''(?!')")
#: Where a single mark may open a quote: at a line's start or after a space, bracket or dash.
_OPENS_AFTER = ' \t([\u2014\u2013"\u201c'
#: A straight single mark opening a line or following a space, before a capital: a quote's opening.
_STRAIGHT_OPENING = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013]))'(?=[A-Z])", re.M)
#: A double mark opening a quote, to weigh against the straight single ones.
_DOUBLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))[\"\u201c](?=\w)", re.M)


def blank_quotes(text: str) -> str:
    """`text` with every quoted passage turned to spaces: offsets still match, its words go unread."""
    if '"' not in text and "\u201c" not in text:
        return text  # nothing quoted: most questions
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
        for m in _MARK.finditer(line):
            i, mark = m.start(), m.group()
            before = line[i - 1] if i else " "
            after = line[i + len(mark)] if i + len(mark) < len(line) else " "
            if mark == "''" and (start is None or before.isspace()):
                continue  # only closes a quote a double mark opened; ''…'' pairs are read below
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
    """Add quotes in «», ``'', doubled apostrophes and single marks that no double-quoted passage already holds (a
    single-quoted phrase inside a double-quoted quote stays part of it)."""
    straight = _single_style(text)
    if not straight and not any(mark in text for mark in ("\u00ab", "``", "\u2018", "''")):
        return spans
    found = [(m.start(g), m.end(g)) for m in _OTHER_QUOTES.finditer(text) for g in (1, 2, 3) if m.group(g) is not None]
    found += _single_quoted(text, straight)
    closed = {b + 1 for _, b in found}
    opened = {a for a, _ in found}  # '"…,' he said': the single reader took that lone double mark
    spans = [(a, b) for a, b in spans if a not in closed and a not in opened]  # '…," he said': it opened nothing
    extra = [(a, b) for a, b in found if not any(s <= a < e or a <= s < b for s, e in spans)]
    return sorted(spans + extra)


def _single_style(text: str) -> bool:
    """Whether the article quotes in straight single marks ('…,' she said), as British papers
    do: at least as many such openings as double ones, and at least two."""
    singles = len(_STRAIGHT_OPENING.findall(text))
    return singles >= 2 and singles >= len(_DOUBLE_OPENING.findall(text))


def _single_quoted(text: str, straight: bool) -> list[tuple[int, int]]:
    """Spans in ‘single’ marks (and in straight ' ones when `straight`), paragraph by paragraph.

    A mark opens after a space or a line's start and before a word; it closes after a word or
    punctuation and before no letter, so "don’t" and "Lind’s" stay words. In a quote that opens a
    sentence, a plural's mark ("the players' union") closes only when no plainer closing follows.
    A quote still open at its paragraph's end runs to it when it opened the paragraph or a
    sentence (news goes on with a new mark in the next paragraph); any other open mark was an
    apostrophe. A lone double mark after punctuation closes a single quote ('…," she said), and one
    after a space opens it ("…,' she said): slips of the keyboard.
    """
    opening, closing = ("\u2018'", "\u2019'") if straight else ("\u2018", "\u2019")
    spans: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", text):
        line, base, start = para.group(), para.start(), None
        lone = straight and line.count('"') == 1  # "'…," he said' or '"…,' he said', mistyped
        ends = closing + '"' if lone else closing
        opens = opening + '"' if lone else opening
        marks = [i for i, ch in enumerate(line) if ch in opens or ch in ends]
        for n, i in enumerate(marks):
            before = line[i - 1] if i else " "
            after = line[i + 1] if i + 1 < len(line) else " "
            if start is None:
                if line[i] in opens and before in _OPENS_AFTER and _word_follows(line, i):
                    start = i + 1
                continue
            if line[i] not in ends or before.isspace() or after.isalnum() or (line[i] == '"' and before not in ",.?!"):
                continue
            later = marks[n + 1 :]
            if _plural_owner(line, i) and _runs_on(line, start) and any(_plain_close(line, j, closing) for j in later):
                continue
            if i > start:
                spans.append((base + start, base + i))
            start = None
        if start is not None and _runs_on(line, start) and len(line) - start > 1:
            spans.append((base + start, base + len(line.rstrip())))
    return spans


def _word_follows(line: str, i: int) -> bool:
    """A word after the mark at `i`, not a decade ("the '90s")."""
    return line[i + 1 : i + 2].isalnum() and not re.match(r"\d+s\b", line[i + 1 :])


def _plural_owner(line: str, i: int) -> bool:
    """'the players' union': a mark after an s, before a word in lower case."""
    return line[i - 1] == "s" and line[i + 1 : i + 2] == " " and line[i + 2 : i + 3].islower()


def _plain_close(line: str, i: int, closing: str) -> bool:
    """A closing mark right after punctuation ('…,' she said): no apostrophe looks like it."""
    return line[i] in closing and line[i - 1] in ",.?!" and not line[i + 1 : i + 2].isalnum()


def _runs_on(line: str, start: int) -> bool:
    """Whether a mark left open at `start` opened the paragraph, a sentence (after . ? ! or :) or what
    a speech verb reports ("and said 'Back then …")."""
    before = line[: start - 1].rstrip()
    return not before or before[-1] in ".?!:" or before.split()[-1] in _SPEECH_WORDS


#: Speech verbs a quote may follow with no colon, as British papers print it: "she said 'We will …".
_SPEECH_WORDS = {"said", "says", "added", "adds", "told", "tells", "stated", "states", "wrote", "writes"}
