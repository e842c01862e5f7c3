"""Tell a story's headline from the page's top: logos, menus, date widgets and cookie notices.

A page copied from a browser often starts with the site's own lines ("Logo", "Sign in", "Home |
News | Sport", "Sunday, December 21st, 2025", a cookie notice) before the headline. The headline is
then the line just above the story's header (its byline, its date, its share bar). A date among the
site's lines may be the day the page was visited, so it counts only when a label ("Published",
"Updated") says it is the story's, or when it is the page head's one date line and stands right
above the headline, as the story's own date does on most sites (`date_above`).
"""

from __future__ import annotations

import datetime as dt
import re

from quizgen.articles import boilerplate as bp
from quizgen.articles.datelines import header_date, looks_dated, parse_date, says_dated

#: A line counts as prose, not a fragment, from this many words even without a final stop.
PROSE_WORDS = 15
#: Lines before the headline that may be crumbs; after this many the first line is the headline.
MAX_CRUMBS = 6
#: Header lines longer than this are not read for a date (they are sentences, not datelines).
DATELINE_WORDS = 20
#: How many filled lines at a page's top may be menus before its headline.
MAX_TOP = 24
#: A menu entry or site name above the headline is at most this many words.
MENU_WORDS = 6
#: Short menu entries in a row that show a site's menu even with no furniture among them.
MENU_RUN = 3

_SENTENCE_END = re.compile(r"[.!?…]['\"”’)\]]*$")
#: A Markdown heading's marker ("## Harbour reopens"): the headline is the words after it.
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
#: The separators of an edition line ("- The Daily Courier - Friday, August 9, 2002").
_FIRM_END = re.compile(r"\b(Inc|Ltd|Corp|Co|LLC|Plc|PLC|AG|SA|NV)\.$")
_EDITION_PARTS = re.compile(r"^\s*[-–—|]\s*|\s+[-–—|·]\s+")


def ends_sentence(line: str) -> bool:
    """Whether the line ends as a sentence does (a stop, possibly inside quotes or brackets)."""
    return bool(_SENTENCE_END.search(line)) and not line.endswith("...")


def is_crumb(line: str) -> bool:
    """A line above the headline that belongs to the page, not the story.

    Besides furniture (which includes bracketed site names and breadcrumb trails), a line that
    opens with a bullet ("• Section 2013") or is mostly a date, alone or beside the site's name.
    """
    return bp.starts_with_bullet(line) or bp.is_furniture(line) or is_bare_dateline(line) or _is_edition_line(line)


def is_bare_dateline(line: str) -> bool:
    """A short line that is mostly a date ("Thursday 14 March 2024 10:30 GMT")."""
    return len(line.split()) <= 8 and looks_dated(line) and not ends_sentence(line)


def _is_edition_line(line: str) -> bool:
    """A site's name and a date in one line ("- The Daily Courier - Friday, August 9, 2002")."""
    parts = [p for p in _EDITION_PARTS.split(line) if p.strip()]
    return (
        len(parts) >= 2
        and len(line.split()) <= 14
        and any(looks_dated(p) for p in parts)
        and all(len(p.split()) <= 5 for p in parts)
    )


#: A date widget's telltales: it shows the visitor's day ("Today: …") or the weather beside the date.
_TODAY = re.compile(r"\btoday\b|\bnow\b|°|\bweather\b", re.IGNORECASE)


def date_above(lines: list[str], headline: int) -> dt.date | None:
    """The date of a lone date line straight above the headline ("Tuesday, March 4, 2025", or the
    paper's edition line), with nothing but blank lines between: on real pages that is the story's
    date. None when another line above the headline also gives a date (one of the two is then the
    site's calendar widget, and nothing tells which), when the line reads as a widget ("Today: …",
    "12°C"), or when page furniture stands between it and the headline."""
    filled = [i for i in range(headline) if lines[i]]
    if not filled:
        return None
    line = lines[filled[-1]]
    if not (is_bare_dateline(line) or _is_edition_line(line)) or _TODAY.search(line):
        return None
    if any(looks_dated(lines[i]) for i in filled[:-1]):
        return None
    return parse_date(line)


def note_date(line: str, dates: list[tuple[int, dt.date]], *, above: bool = False) -> None:
    """Remember the date a header line gives, ranking "Published …" above other datelines and
    "Updated …" below them (and below a wire dateline's date). Above the headline (`above`), only
    a labelled date counts: a bare one there is the site's calendar widget, the day of the visit."""
    if len(line.split()) > DATELINE_WORDS or (above and not says_dated(line)):
        return
    found = header_date(line)
    if found is not None:
        dates.append(found)


def is_prose(line: str) -> bool:
    """Whether the line reads as a sentence of body text rather than a headline or label."""
    words = len(line.split())
    return words > 2 * PROSE_WORDS or (ends_sentence(line) and words > 12)


def is_paragraph(line: str) -> bool:
    """Whether the line is a real paragraph: prose that no furniture rule names (a firm's name alone,
    "Norvale Robotics Inc.", ends in a stop and is none)."""
    if not line or bp.is_furniture(line) or bp.opens_link_block(line):
        return False
    if len(line.split()) <= 4 and _FIRM_END.search(line):
        return False
    return ends_sentence(line) or len(line.split()) >= PROSE_WORDS


def title_from_prose(line: str) -> str:
    """A stand-in headline when the text has none: the opening words of its first sentence."""
    sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
    words = sentence.split()
    return " ".join(words) if len(words) <= 12 else " ".join(words[:12]) + " …"


def under_menus(lines: list[str]) -> int | None:
    """The index of the headline when site menus come above it, or None when the page does not
    open that way (then the first line that is no crumb is the headline).

    The headline is the line just above the story's header (bylines, dates, share bars) and its
    first paragraph (or the line above that, when that one is its subtitle). Above it there must be
    two or more short lines that are no crumb ("Logo", "ESPN", "Scores") with page furniture among
    them ("Skip to content", a date widget), or three or more menu entries of a few words each: a
    headline and its subtitle have no furniture between them, so a subtitle is never taken for the
    headline.
    """
    top = [i for i, line in enumerate(lines) if line][:MAX_TOP]
    first = next((n for n, i in enumerate(top) if is_paragraph(lines[i])), None)
    if first is None:
        return None
    n = first - 1
    while n > 0 and _in_header(lines[top[n]], lines[top[n - 1]]):
        n -= 1
    if n > 0 and _headline_like(lines[top[n - 1]]):
        n -= 1  # the line found is the headline's subtitle
    if n <= 0 or not _headline_like(lines[top[n]]):
        return None
    above = top[:n]
    menus = [
        i
        for n, i in enumerate(above)
        if not is_crumb(lines[i]) and not (n and names_label(lines[above[n - 1]], lines[i]))
    ]
    if len(menus) < 2 or any(len(lines[i].split()) > MENU_WORDS or is_paragraph(lines[i]) for i in menus):
        return None
    among = any(is_crumb(lines[i]) for i in above if i > menus[0])
    if not among and (len(menus) < MENU_RUN or any(len(lines[i].split()) > 3 for i in menus)):
        return None
    return top[n]


def names_label(before: str, line: str) -> bool:
    """Whether a short line is the name a label line above it asks for ("NEWS PROVIDED BY" /
    "Norvale Robotics Inc."): the page's credit, not the headline."""
    return bool(re.search(r"\b(by|from)\s*:?$", before, re.IGNORECASE)) and len(line.split()) <= 5


def names_site(lines: list[str], filled: list[int], n: int) -> bool:
    """Whether the short line at `filled[n]` is the site's name above its date line or menu, with the
    headline after them ("The Harbour Courier" / "Tuesday, March 4, 2025" / "Ferry operator adds …"):
    a headline of three words or fewer is never followed by a date and then a second headline."""
    line = lines[filled[n]]
    if len(line.split()) >= 4 or ends_sentence(line) or is_crumb(line):
        return False
    k = n + 1
    while k < len(filled) and is_crumb(lines[filled[k]]):
        k += 1
    return n + 1 < k < len(filled) and _headline_like(lines[filled[k]]) and not bp.is_byline(lines[filled[k]])


def _headline_like(line: str) -> bool:
    """Whether a line could be a headline: no crumb, four words or more, not a sentence of prose."""
    return not is_crumb(line) and len(line.split()) >= 4 and not is_paragraph(line)


def _in_header(line: str, before: str) -> bool:
    """Whether a line between the headline and the story belongs to the header: a crumb, a line of
    no words ("30.06.2016"), or the short line under a byline that names the paper."""
    if is_crumb(line) or not re.search(r"[^\W\d_]", line):
        return True
    return bp.is_byline(before) and len(line.split()) <= 5 and not ends_sentence(line)
