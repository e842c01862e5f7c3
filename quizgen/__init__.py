"""quizgen: turn news articles into quizzes and flashcards.

The public API is `generate_texts`; importing quizgen itself loads nothing heavy (spaCy loads
on the first article).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["generate_texts"]


def generate_texts(items: Iterable[tuple[str, str | bytes]]) -> Iterator[dict[str, Any]]:
    """Questions for texts you already have: `(id or path, text)` pairs in, one article record
    per pair out, in order, as `quizgen generate --format jsonl` writes them: the article's id,
    title, published date and path, and its "questions".

    The spaCy model is loaded once per process, so this is what a worker of a cluster (Dask,
    Spark, a process pool) calls on its share of the articles. A name with an article file's
    ending ("news/harbour.html") is read as that kind of file and gets the id `quizgen generate`
    gives the file; any other name is slugged into the id. An unusable text raises
    `quizgen.errors.InputError` naming it.
    """
    from quizgen.pipeline import generate_texts as generate

    return generate(items)


def __getattr__(name: str) -> str:
    """`__version__` is read from the installed metadata only when asked for (it costs start-up time)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quizgen")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"
