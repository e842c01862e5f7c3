"""Read an article written in Markdown: headings, links and emphasis become plain text.

markdown-it parses the syntax, so escapes, nested emphasis and reference links come out as the
words a reader sees. The first heading before any paragraph is the headline; YAML front matter
may state the title and date instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quizgen.articles.body import RawArticle
from quizgen.articles.datelines import parse_date

if TYPE_CHECKING:
    from markdown_it.token import Token

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^(\w+)\s*:\s*(.*?)\s*$", re.MULTILINE)


def read_markdown(text: str) -> RawArticle:
    """The article's lines without Markdown syntax, with the title and date it states."""
    fields, text = _front_matter(text)
    # Deferred: only Markdown input needs the parser.
    from markdown_it import MarkdownIt

    # Indented code is off: pasted articles are often indented and are prose, not code.
    parser = MarkdownIt("commonmark").disable("code")
    title = fields.get("title") or None
    # Only inline runs carry words, so fenced code and raw HTML blocks are left out.
    lines: list[str] = []
    in_heading = seen_text = False
    for token in parser.parse(text):
        if token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "inline":
            words = _inline_text(token.children or ())
            if in_heading and title is None and not seen_text:
                title = words.strip()
                continue
            seen_text = True
            lines.extend([*words.split("\n"), ""])
    published = parse_date(fields.get("date") or fields.get("published") or "")
    return RawArticle(lines=tuple(lines), title=title, published=published, url=fields.get("url") or None, rewrap=False)


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Simple `key: value` fields of YAML front matter, and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields = {k.lower(): v.strip("\"'") for k, v in _FIELD.findall(match.group(1))}
    return fields, text[match.end() :]


def _inline_text(children: Sequence[Token]) -> str:
    """The words of an inline run: link text kept, markers, images and raw HTML dropped."""
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)
