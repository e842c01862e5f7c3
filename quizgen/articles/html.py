"""Read a news page saved as HTML: trafilatura finds the story, its headline and its date.

Tags are never stripped by hand here: trafilatura knows which parts of a page are navigation,
comments and footers, and its metadata (htmldate) reads the publication date from meta tags,
JSON-LD and <time> elements. What it passes through still goes through `body.compose`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from quizgen.articles.body import RawArticle

#: The charset a page declares in its first bytes (<meta charset="..."> or http-equiv).
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The encoding a page says it uses, if it says so near the top."""
    match = _DECLARED_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def read_html(html: str) -> RawArticle:
    """The story on an HTML page, with the headline, date and canonical URL it states."""
    doc = _extract(html, favor_recall=False)
    if doc is None or not (doc.text or "").strip():
        # Short pages fall below trafilatura's precision thresholds; ask again for recall.
        doc = _extract(html, favor_recall=True)
    if doc is None:
        return RawArticle(lines=(), rewrap=False)
    text = doc.text or ""
    return RawArticle(
        lines=tuple(text.splitlines()),
        title=doc.title or None,
        published=_published(doc.date, html, text),
        url=doc.url or None,
        rewrap=False,
    )


def _extract(html: str, *, favor_recall: bool) -> Any:
    """trafilatura's Document for the page (text, title, date, url), or None."""
    # Deferred: trafilatura (with lxml and htmldate) takes about 0.4 s to import.
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        include_tables=True,
        favor_recall=favor_recall,
        # Fast mode: the date comes from metadata and marked-up elements, not from every text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _published(found: str | None, html: str, text: str) -> dt.date | None:
    """The page's date from metadata, unless it was only read off a sentence of the story.

    In fast mode htmldate still falls back to any ISO date in the page text; a date that
    appears only inside the body text is something the story mentions, not when it appeared.
    """
    if not found:
        return None
    try:
        date = dt.date.fromisoformat(found[:10])
    except ValueError:
        return None
    iso = date.isoformat()
    if text.count(iso) and html.count(iso) <= text.count(iso):
        return None
    return date
