"""quizgen: turn news articles into quizzes and flashcards."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """`__version__` is read from the installed metadata only when asked for (it costs start-up time)."""
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("quizgen")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0.0.0"
