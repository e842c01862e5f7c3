"""Shared fixtures: every test runs with its own data folder, never the user's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.models import Question

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def quizgen_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point QUIZGEN_HOME at a fresh folder so no test touches real review history."""
    home = tmp_path_factory.mktemp("quizgen-home")
    monkeypatch.setenv("QUIZGEN_HOME", str(home))
    return home


@pytest.fixture
def sample_questions() -> list[Question]:
    """Hand-written questions about an invented article (with markup-like text on purpose)."""
    data = json.loads((DATA / "sample_bank.json").read_text(encoding="utf-8"))
    return [Question.from_dict(q) for q in data["questions"]]
