"""Read articles from files, folders or stdin into clean `Article`s.

This module knows where text comes from (paths, folders, standard input), how big it may be
and which reader suits it; the readers in `html` and `markdown` remove the
syntax, and `body.compose` finds the headline and date and removes the page furniture.
Every problem a user can fix is raised as an InputError with one line naming the path.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from quizgen.articles.body import RawArticle, compose
from quizgen.articles.decoding import decode_article
from quizgen.articles.headline import ends_sentence
from quizgen.articles.sanitize import clean
from quizgen.errors import InputError
from quizgen.inputs import read_bounded
from quizgen.models import Article

#: The largest article file read, in bytes (5 MB). News articles are a few tens of kilobytes;
#: anything this big is a whole site dump or the wrong file, and would stall the NLP stage.
MAX_ARTICLE_BYTES = 5_000_000

#: File name endings read as articles, and the reader for each. In a folder, other files are
#: skipped; a file named directly is read as plain text whatever its ending.
ARTICLE_SUFFIXES = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}

#: The path that means standard input.
STDIN = "-"

_LIMIT = f"{MAX_ARTICLE_BYTES // 1_000_000} MB"


def slugify(text: str) -> str:
    """A lowercase ASCII identifier for file names, tags and ids ("Café Talks" → "cafe-talks")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:60].strip("-") or "article"


@dataclass(frozen=True)
class Reading:
    """The articles read, and the warnings a front end should show (skipped files, guessed encodings)."""

    articles: tuple[Article, ...]
    warnings: tuple[str, ...] = ()


def read_articles(paths: Sequence[str], *, stdin: BinaryIO | None = None) -> Reading:
    """Read every article named by `paths`; raise InputError with one clear line otherwise.

    Args:
        paths: Files, folders (their article files, sorted by name; not subfolders) or "-"
            for standard input. The same file named twice is read once.
        stdin: Where "-" reads from; the process's standard input when None.

    Ids are slugs of the file names (of the headline for stdin); when two articles would share
    an id, the later ones get "-2", "-3", ... in the order given, so ids stay stable per input.
    """
    if not paths:
        raise InputError("no article given (name files, folders, or - for standard input)")
    if sum(1 for p in paths if p == STDIN) > 1:
        raise InputError("- (standard input) can be given only once")
    articles: list[Article] = []
    seen_files: set[Path] = set()
    ids: set[str] = set()
    skipped: list[InputError] = []
    warnings: list[str] = []
    for name, path, in_folder in _sources(paths):
        if path is not None:
            key = path.resolve()
            if key in seen_files:
                continue
            seen_files.add(key)
        try:
            article, warning = _read_stdin(stdin) if path is None else _read_file(name, path)
        except InputError as exc:
            if not in_folder:
                raise
            skipped.append(exc)  # one unusable file in a folder should not cost the learner the others
            continue
        if warning:
            warnings.append(warning)
        if article.id in ids:
            n = 2
            while f"{article.id}-{n}" in ids:
                n += 1
            article = Article(
                id=f"{article.id}-{n}",
                title=article.title,
                published=article.published,
                path=article.path,
                text=article.text,
                url=article.url,
                dateline=article.dateline,
            )
        ids.add(article.id)
        articles.append(article)
    if not articles:
        first = skipped[0]
        more = f" (and {len(skipped) - 1} more unusable files)" if len(skipped) > 1 else ""
        raise InputError(f"{first}{more}")
    warnings += (f"{problem} (skipped)" for problem in skipped)
    return Reading(tuple(articles), tuple(warnings))


def _sources(paths: Sequence[str]) -> Iterator[tuple[str, Path | None, bool]]:
    """Each article to read, as (path as shown to the user, file path or None for stdin, whether
    it was found in a folder rather than named)."""
    for name in paths:
        if name == STDIN:
            yield name, None, False
            continue
        path = Path(name)
        if not name.strip() or not path.exists():  # Path("") would mean the current folder
            raise InputError(f"{name}: no such file or folder")
        if path.is_dir():
            yield from ((os.path.join(name, entry.name), entry, True) for entry in _folder_articles(name, path))
        else:
            yield name, path, False


def _folder_articles(name: str, folder: Path) -> list[Path]:
    """The article files directly inside `folder`, sorted by name; an error if there are none."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise InputError(f"{name}: cannot list the folder ({exc.strerror or exc})") from exc
    found = [p for p in entries if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".") and p.is_file()]
    if not found:
        kinds = ", ".join(ARTICLE_SUFFIXES)
        state = "is empty" if not entries else "has no article files"
        raise InputError(f"{name}: the folder {state} (articles end in {kinds})")
    return found


def _read_file(name: str, path: Path) -> tuple[Article, str | None]:
    """One article file, read up to the size limit (counted in bytes read: a device or a /proc
    file reports no true size, and a FIFO with no writer reads as empty instead of hanging)."""
    try:
        data = read_bounded(path, MAX_ARTICLE_BYTES)
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{name}: over the {_LIMIT} limit for one article")
    kind = ARTICLE_SUFFIXES.get(path.suffix.lower(), "text")
    return _article(data, name, kind, slug=slugify(path.stem))


def _read_stdin(stdin: BinaryIO | None) -> tuple[Article, str | None]:
    """The article piped to standard input; its format is recognised from its first characters."""
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("-: there is no standard input to read")
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"-: standard input is over the {_LIMIT} limit for one article")
    return _article(data, STDIN, _sniff(data), slug=None)


#: Any HTML tag, comment or doctype.
_TAG = re.compile(rb"<[A-Za-z!/]")

#: How HTML piped to stdin starts (after whitespace, in lower case).
_HTML_STARTS = (b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<article", b"<p>", b"<div")


def _sniff(data: bytes) -> str:
    """Which reader suits text of unknown origin: HTML, Markdown or plain text."""
    head = data[:2048].lstrip().lower()
    if head.startswith(_HTML_STARTS):
        return "html"
    if head.startswith((b"# ", b"---\n", b"---\r\n")):
        return "markdown"
    return "text"


def _article(data: bytes, name: str, kind: str, slug: str | None) -> tuple[Article, str | None]:
    """Decode, read and clean one article, with the decoding's warning if any.

    `slug` None means: make the id from the headline.
    """
    if not data:
        raise InputError(f"{name}: the file is empty")
    if kind == "html" and not _TAG.search(data):
        kind = "text"  # saved as .html but has no markup at all
    if kind == "html":
        # Deferred with the reader: it is the one place trafilatura is used.
        from quizgen.articles.html import declared_charset, read_html

        text, warning = decode_article(data, name, declared_charset(data))
        draft = read_html(text) if text.strip() else RawArticle(lines=())
    else:
        text, warning = decode_article(data, name)
        if kind == "markdown":
            from quizgen.articles.markdown import read_markdown

            draft = read_markdown(text)
        else:
            draft = RawArticle(lines=tuple(text.splitlines()))
    if not text.strip():
        raise InputError(f"{name}: the file contains only whitespace")
    draft = replace(
        draft,
        lines=tuple(clean(line) for line in draft.lines),
        title=draft.title and clean(draft.title),
        url=draft.url and clean(draft.url),
    )
    composed = compose(draft)
    paragraphs = composed.paragraphs
    if not paragraphs and ends_sentence(composed.title):
        paragraphs = (composed.title,)  # a one-sentence article: its only line is its story too
    if not paragraphs:
        raise InputError(f"{name}: no article text found (only a headline, markup or page furniture)")
    article = Article(
        id=slug if slug is not None else slugify(composed.title),
        title=composed.title,
        published=composed.published,
        path=name,
        text="\n\n".join(paragraphs),
        url=draft.url,
        dateline=composed.dateline if composed.published is None else None,
    )
    return article, warning
