"""Whether `clauses.ask` may word a question from a clause inside a direct quote.

As a rule it may not: a quoted sentence is the speaker's claim, not the article's fact. claims.py
lifts the rule while it asks such a claim as the speaker's ("According to X, …").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_INSIDE: ContextVar[bool] = ContextVar("inside_quotes", default=False)


def asking_inside_quotes() -> bool:
    """Whether a speaker's claim is being asked, so that a quoted clause may be worded."""
    return _INSIDE.get()


@contextmanager
def inside_quotes() -> Iterator[None]:
    """While it lasts, `ask` words questions from quoted clauses too."""
    token = _INSIDE.set(True)
    try:
        yield
    finally:
        _INSIDE.reset(token)
