"""Warnings from reading articles reach the learner on the start screen (stderr is the app's)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static
from tui_helpers import clock, started

from quizgen.tui.app import generation_loader, make_app

STORY = (
    "Harbour ferry returns\n\n"
    "The island ferry returned to service on Monday after a month of repairs, the port authority said.\n"
)


async def test_start_screen_names_a_skipped_file(tmp_path: Path) -> None:
    (tmp_path / "a-empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "b-ferry.txt").write_text(STORY, encoding="utf-8")
    app = make_app(load=generation_loader([str(tmp_path)]), clock=clock)
    async with started(app):
        shown = str(app.screen.query_one("#start-warnings", Static).render())
        assert "a-empty.txt" in shown and "skipped" in shown
        assert "Harbour ferry returns" in str(app.screen.query_one("#start-articles", Static).render())
