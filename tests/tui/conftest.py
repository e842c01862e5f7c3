"""Fixtures of the TUI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quizgen.store import ReviewStore


@pytest.fixture
def store() -> Iterator[ReviewStore]:
    """A review store in the test's own data folder, without FSRS fuzz so that due dates are exact."""
    with ReviewStore.open(fuzz=False) as opened:
        yield opened
