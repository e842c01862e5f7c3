"""Fixtures for the hostile probes: a folder to work in with its own QUIZGEN_HOME, snapshotted
so a test can check that a probe changed nothing on disk."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from probe import snapshot


@dataclass
class Lab:
    root: Path
    home: Path
    work: Path

    def snap(self) -> dict:
        return snapshot(self.root)


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    yield Lab(tmp_path, home, work)
