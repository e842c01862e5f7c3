"""Turn the lines of an article into its headline, publication date and clean paragraphs.

Every input format ends here: plain text as it was read, HTML after trafilatura, Markdown after
its syntax is gone. The page around a story follows one shape — crumbs, headline, a header of
bylines and datelines, the paragraphs (with captions and link blocks among them), then a footer
of share bars and comment boxes — so the rules below follow that shape:

* the headline is the first line that is not a crumb;
* the header is every line before the first real paragraph; dates are read only there, in the
  crumbs above the headline and in a wire dateline opening the first paragraph, never from
  the sentences of the story;
* in the body, a line goes only when `boilerplate` names it, when it repeats the headline, or
  when it is a short fragment trailing after the last sentence;
* a full sentence survives unless a boilerplate pattern names it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from quizgen.articles import boilerplate as bp
from quizgen.articles.datelines import (
    dateline_before,
    dateline_year,
    lead_month_day,
    lone_dateline,
    numeric_order,
    says_dated,
    split_lead_dateline,
    without_inner_dateline,
)
from quizgen.articles.headline import (
    MARKDOWN_HEADING,
    MAX_CRUMBS,
    PROSE_WORDS,
    date_above,
    ends_sentence,
    is_bare_dateline,
    is_crumb,
    is_paragraph,
    is_prose,
    names_label,
    names_site,
    note_date,
    title_from_prose,
    under_menus,
)
from quizgen.articles.liveblog import unstamped
from quizgen.articles.transcripts import attributed_transcript

_ODD_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\t\f\v"
_SPACES = str.maketrans({c: " " for c in _ODD_SPACES})
_INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")
_WIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
#: A closing quote mark glued to the next word ('…to keep them,"Ann Ruiz told'): the tokenizer would
#: read 'them,"Ann' as one word and lose the speaker.
_GLUED_CLOSE = re.compile(r"(?<=[,.?!])([\"\u201d])(?=[^\W\d_])")
#: An opening curly mark glued to the sentence before it ('… (GSA).“Through our …').
_GLUED_OPEN = re.compile(r"(?<=[a-z)][.?!])(\u201c)(?=[^\W\d_])")
#: A wire service's instrument code after a company's name ("Dunmore Mining <DUNJ.J> said"): no
#: words of the story, and the parser reads its brackets into the questions ("Dunmore Mining <DUNJ.J cut").
_TICKER = re.compile(r" ?<\.?[A-Z0-9][A-Z0-9.=^\-]{0,11}>")
#: A wire desk's slug before a headline ("UPDATE 2-", "CORRECTED-", "REFILE-"): the story's version, not its words.
_SLUG = re.compile(r"^(?:UPDATE \d+|CORRECTED|REFILE|RPT|WRAPUP \d*|EXCLUSIVE|CORRECTED \d*)\s?-\s?(?=\S)")


@dataclass(frozen=True)
class RawArticle:
    """What a format reader hands over: the article's lines and what the source itself states."""

    lines: tuple[str, ...]
    """The lines as read; blank lines separate blocks."""
    title: str | None = None
    """The headline when the source states it (HTML metadata, a Markdown heading)."""
    published: dt.date | None = None
    """The date when the source states it (HTML metadata, front matter); it wins over datelines."""
    url: str | None = None
    rewrap: bool = True
    """Join hard-wrapped lines into paragraphs (plain text); readers of HTML and Markdown already
    give one line per paragraph and say False."""


@dataclass(frozen=True)
class Composed:
    """An article's parts once the page around it is gone."""

    title: str
    published: dt.date | None
    paragraphs: tuple[str, ...]
    dateline: tuple[int, int] | None = None
    """(month, day) of a lead dateline that gives no year."""


def normalize_line(line: str) -> str:
    """One line with its whitespace made plain; every visible character is kept as it is.

    Non-breaking and other odd spaces become spaces, invisible characters go, and runs of
    spaces shrink to one. A run of three or more spaces between two words is what is left of a
    dash some sources lost ("flat screens   LCDs, plasma   have been sold"): it becomes " — ".
    After punctuation such a run is only wide spacing, so it becomes one space. A closing quote
    mark glued to the next word gets its space ('them,"Ann Ruiz told' → 'them," Ann Ruiz told').
    """
    line = _INVISIBLE.sub("", line.translate(_SPACES)).strip()
    line = _WIDE_GAP.sub(lambda m: " " if line[m.start() - 1] in ".!?:;," else " — ", line)
    line = _GLUED_CLOSE.sub(lambda m: m.group() + " " if _closes(line, m.start()) else _opened(line, m), line)
    line = _GLUED_OPEN.sub(" \\1", line)
    return re.sub(r" {2,}", " ", line)


def _opened(line: str, glued: re.Match[str]) -> str:
    """A straight mark that opens a quote right after a sentence's stop gets its space before it
    ('… (GSA)."Through our …' → '… (GSA). "Through our …'): the two sentences are read apart."""
    at = glued.start()
    if glued.group() == '"' and at > 1 and line[at - 1] in ".?!" and (line[at - 2].islower() or line[at - 2] == ")"):
        return " " + glued.group()
    return glued.group()


def _closes(line: str, at: int) -> bool:
    """Whether the mark at `at` closes a quote: a curly closing one, or a straight one after an odd
    number of straight ones in the line (a quote opened in it; '…, he said,"We …' opens one)."""
    return line[at] == "\u201d" or line.count('"', 0, at) % 2 == 1


def same_text(a: str, b: str) -> bool:
    """Whether two lines say the same words, ignoring case, spacing and punctuation."""

    def key(s: str) -> str:
        return re.sub(r"\W+", "", s.casefold())

    if max(len(a), len(b)) > 2 * min(len(a), len(b)) + 20:  # cheap early "no" for long paragraphs
        return False
    return bool(key(a)) and key(a) == key(b)


def compose(draft: RawArticle) -> Composed:
    """Find the headline, date and paragraphs among the lines of `draft`, reading a numeric date
    ("06.07.2016") in the order the article's own dates settle, or not at all."""
    lines = [normalize_line(line) for line in draft.lines]
    with numeric_order(lines):
        return _compose(draft, lines)


def _compose(draft: RawArticle, lines: list[str]) -> Composed:
    published = draft.published
    width = max((len(line) for line in lines), default=0)
    if draft.rewrap and _looks_hard_wrapped(lines, width):
        lines = _unwrap(lines, _wrap_width(lines), _paragraph_indents(draft.lines))

    dates: list[tuple[int, dt.date]] = []  # (rank, date): lower rank wins
    start, title = _find_title(lines, draft.title, dates)
    title = _SLUG.sub("", title)
    header = start
    start = _skip_header(lines, start, dates)
    # "JOHN DALE: …" → "…," John Dale said. (before the furniture goes: "REPORTER: …" is no byline there)
    kept = _drop_furniture(attributed_transcript(unstamped(lines[start:])), title)
    if published is None and not dates:
        _note_date_under_notice(kept, dates)
    if published is None and not dates:
        _note_date_under_standfirst(lines[start:], dates)
    if published is None and not dates and header and (above := date_above(lines, header - 1)) is not None:
        dates.append((2, above))  # the one date line of the page head, right above the headline
    paragraphs = [_TICKER.sub("", line) for line in kept if line]

    dateline = None
    if paragraphs:
        original = paragraphs[0]
        first, lead_date = split_lead_dateline(original)
        alone = next((line for line in lines[header:start] if lone_dateline(line)), None)
        if first == original and alone is not None:  # "NEW DELHI, Nov 14:" on a line of its own
            original = f"{alone} {original}"
            first, lead_date = split_lead_dateline(original)
        if first != original:
            paragraphs[0] = first
            if lead_date:
                dates.append((3, lead_date))
            else:
                dateline = lead_month_day(original)
                dated = dateline_year(dateline, paragraphs) if dateline else None
                if dated is not None:  # ("XIGAZE, April 29 (Xinhua) --" and "… held on April 29, 2009")
                    dates.append((3, dated))
                elif dateline and dates and (near := dateline_before(dateline, min(dates)[1])):
                    dates.append((0, near))  # the header's date is when a portal posted the wire story
    paragraphs[1:] = [without_inner_dateline(p) for p in paragraphs[1:]]
    if published is None and dates:
        published = min(dates, key=lambda d: d[0])[1]
    return Composed(title=title, published=published, paragraphs=tuple(p for p in paragraphs if p), dateline=dateline)


def _find_title(lines: list[str], given: str | None, dates: list[tuple[int, dt.date]]) -> tuple[int, str]:
    """The index where the article starts after the headline, and the headline itself."""
    filled = [i for i, line in enumerate(lines) if line][: MAX_CRUMBS + 1]
    if given:
        # The stated headline usually opens the text too; skip it and the crumbs above it.
        given = normalize_line(given)
        for i in filled:
            if same_text(lines[i], given):
                for j in filled:
                    if j < i:
                        note_date(lines[j], dates, above=True)
                return i + 1, given
            if is_paragraph(lines[i]):
                break
        return 0, given
    headline = under_menus(lines)
    if headline is not None:
        for j in range(headline):
            note_date(lines[j], dates, above=True)
        return headline + 1, lines[headline]
    for n, i in enumerate(filled):
        # A lone word straight above a longer line is a section label ("Ferries"), not the headline.
        label = len(lines[i].split()) == 1 and i + 1 < len(lines) and len(lines[i + 1].split()) >= 3
        credit = n > 0 and names_label(lines[filled[n - 1]], lines[i])  # "NEWS PROVIDED BY" / "Acme Inc."
        if (label or credit or is_crumb(lines[i]) or names_site(lines, filled, n)) and n + 1 < len(filled):
            note_date(lines[i], dates, above=True)
            continue
        if is_prose(lines[i]):
            return i, title_from_prose(lines[i])
        return i + 1, MARKDOWN_HEADING.sub("", lines[i]) or lines[i]
    return 0, ""


def _skip_header(lines: list[str], start: int, dates: list[tuple[int, dt.date]]) -> int:
    """Skip bylines, datelines and bars between the headline and the first real paragraph.

    Dates are read from these lines only. If no line of the text reads as a paragraph the
    header rule cannot tell where the story starts, so nothing is skipped.
    """
    for i in range(start, len(lines)):
        if is_paragraph(lines[i]):
            for line in lines[start:i]:
                note_date(line, dates)
            return i
    return start


#: Lines a short notice above the story may take before its own dateline ("This is the stable
#: version, checked on …" / "Sunday, February 7, 2021").
NOTICE_LINES = 3


def _note_date_under_notice(kept: list[str], dates: list[tuple[int, dt.date]]) -> None:
    """A bare dateline just under a short notice that ends in a stop (a wiki's review note), before
    the story's first paragraph: the header rule stopped at the notice, yet the line dates the story. A date
    inside the notice itself (when it was checked) is not the story's."""
    for line in [line for line in kept if line][:NOTICE_LINES]:
        if len(line.split()) > PROSE_WORDS:
            return  # the story has begun
        if is_bare_dateline(line):
            note_date(line, dates)
            return


#: Header lines a standfirst may have under it before the story goes on ("From: …", "Published …").
STANDFIRST_HEADER = 4


def _note_date_under_standfirst(lines: list[str], dates: list[tuple[int, dt.date]]) -> None:
    """A labelled date ("Published 14 January 2025") in the header lines right under a standfirst, the
    summary some sites print between the headline and the byline: the header rule stopped at it."""
    filled = [line for line in lines if line][1 : 1 + STANDFIRST_HEADER]
    for line in filled:
        if is_paragraph(line):
            return
        if says_dated(line):
            note_date(line, dates)
            return


def _drop_furniture(lines: list[str], title: str) -> list[str]:
    """The body lines that are article text (blank lines kept as separators)."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            kept.append(line)
        elif bp.opens_footer(line):
            break
        elif bp.opens_link_block(line):
            i = _skip_link_block(lines, i + 1)
            continue
        elif not (bp.is_furniture(line) or same_text(line, title)):
            kept.append(line)
        i += 1
    # Short fragments after the last sentence are footer leftovers ("App Download", "Mobile").
    while kept and (not kept[-1] or (not ends_sentence(kept[-1]) and len(kept[-1].split()) <= 12)):
        kept.pop()
    return kept


def _skip_link_block(lines: list[str], i: int) -> int:
    """The index after the headline-like link lines that follow a "Related readings:" heading."""
    seen = 0
    while i < len(lines):
        line = lines[i]
        if not line:
            if seen:
                break
        elif (ends_sentence(line) and not line.endswith("?")) or len(line.split()) > 20:
            break  # prose again (headlines may ask a question, but do not end in a stop)
        else:
            seen += 1
        i += 1
    return i


def _wrap_width(lines: list[str]) -> int:
    """The column most lines reach: a stray long line (a link, a table row) does not set it."""
    lengths = sorted(len(line) for line in lines if line)
    return lengths[(len(lengths) - 1) * 9 // 10] if lengths else 0


def _looks_hard_wrapped(lines: list[str], width: int) -> bool:
    """Whether the text was wrapped at a fixed width, so that one paragraph spans many lines.

    The tell is a long line that stops mid-sentence and goes on in the next line: twice, or
    once with the next line starting in lower case.
    """
    if width > 100:
        return False
    breaks = [
        b[:1].islower() for a, b in zip(lines, lines[1:], strict=False) if len(a) >= 50 and b and not ends_sentence(a)
    ]
    return len(breaks) >= 2 or any(breaks)


def _paragraph_indents(raw: tuple[str, ...] | list[str]) -> list[bool] | None:
    """Which lines open a paragraph by their indent, or None when the text does not mark
    paragraphs that way (no indents, or every line indented alike)."""
    depths = [len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()) if line.strip() else None for line in raw]
    filled = [d for d in depths if d is not None]
    if not filled:
        return None
    margin = min(filled)
    indented = [d is not None and d > margin for d in depths]
    if sum(indented) < 2 or sum(indented) > 0.6 * len(filled):
        return None
    return indented


#: A line that opens a list item: a bullet, or a number or letter with a stop or bracket.
_LIST_ITEM = re.compile(
    "^(?:[-*\u2022\u2013\u25aa\u25cf]\\s|"
    r"\(?(?:\d{1,2}|[a-z])[.)]\s)"
)


def _unwrap(lines: list[str], width: int, indents: list[bool] | None = None) -> list[str]:
    """Hard-wrapped lines joined into one line per paragraph; blank lines stay as separators.

    A paragraph ends at a blank line, before a list item, and before an indented line when the
    text marks paragraphs by indent (`indents`, one flag per line). Without indents, a line much
    shorter than the wrap width ends its paragraph (the last line of a paragraph, a headline, a
    byline), so short lines are never glued to the prose around them.
    """
    joined: list[str] = []
    current = ""
    for i, line in enumerate([*lines, ""]):
        item = bool(_LIST_ITEM.match(line)) and (
            ends_sentence(current) or current.endswith((":", ";")) or bool(_LIST_ITEM.match(current))
        )
        opens = item or bool(indents and i < len(indents) and indents[i])
        if current and (not line or opens):
            joined.append(current)
            current = ""
        if not line:
            joined.append("")
            continue
        going_on = bool(current)  # the line carries on a paragraph: no headline or byline
        if not current:
            current = line
        elif re.search(r"[^\W\d_]-$", current) and line[:1].islower():
            current += line  # a word hyphenated across lines ("well-" / "known")
        else:
            current += " " + line
        after = lines[i + 1] if i + 1 < len(lines) else ""
        if going_on and after[:1].isalnum() and not ends_sentence(line) and not line.endswith(":"):
            continue  # "…, Statistics" / "Canada reported": a name the wrap broke, short line or not
        if indents is None and len(line) < 0.6 * width:
            joined.append(current)
            current = ""
    return joined[:-1]
