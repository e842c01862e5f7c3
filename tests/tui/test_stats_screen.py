"""The stats screen: the learner sees their figures and a per-day chart, and can go back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import Static

import quizgen.tui
from quizgen.models import Question
from quizgen.srs import Grade
from quizgen.store import ReviewStore
from quizgen.tui.screens.stats_screen import StatsScreen, history_chart

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
DAY = dt.timedelta(days=1)

# answers per day before T0: (right, wrong)
DAYS = {0: (4, 2), 1: (3, 0), 3: (1, 1)}


class Host(App[None]):
    """A bare app with the quiz app's styles that opens the stats screen, as the quiz app does."""

    CSS_PATH = Path(quizgen.tui.__file__).with_name("app.tcss")

    def __init__(self, store: ReviewStore) -> None:
        super().__init__()
        self.store = store
        self.closed = False

    def on_mount(self) -> None:
        self.push_screen(StatsScreen(self.store, T0, tz=dt.UTC), callback=lambda _: setattr(self, "closed", True))


@pytest.fixture
def store(sample_questions: list[Question]) -> ReviewStore:
    with ReviewStore.open(fuzz=False) as store:
        odd = dataclasses.replace(sample_questions[0], id="q-odd", kind="[red]odd[/red]")
        for days_ago, (right, wrong) in DAYS.items():
            for i in range(right + wrong):
                question = [odd, *sample_questions][i % 8]
                correct = i < right
                when = T0 - days_ago * DAY - dt.timedelta(minutes=i)
                grade = Grade.GOOD if correct else Grade.AGAIN
                store.record_review(question, grade, when, correct=correct, mode="mcq")
        yield store


def text_of(app: App, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def test_shows_figures_chart_and_kinds(store: ReviewStore) -> None:
    app = Host(store)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        figures = text_of(app, "#stats-figures")
        assert "Answers  11" in figures and "73% right" in figures and "6 today" in figures
        assert "Streak   2 days" in figures
        chart = text_of(app, "#stats-chart").splitlines()
        assert chart[0].startswith("6 ▕")  # the busiest day sets the scale
        assert chart[-1].rstrip().endswith("today")
        kinds = text_of(app, "#stats-kinds")
        assert "[red]odd[/red]" in kinds  # text from the database is shown, never parsed as markup
        await pilot.press("escape")
        await pilot.pause()
        assert app.closed and not isinstance(app.screen, StatsScreen)


async def test_empty_store_says_how_to_start() -> None:
    with ReviewStore.open() as empty:
        app = Host(empty)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            assert "No cards yet" in text_of(app, "#stats-kinds")
            assert "Streak   0 days" in text_of(app, "#stats-figures")


def test_chart_bar_heights_follow_the_counts() -> None:
    history = [
        {"date": "2024-03-12", "reviews": 8, "correct": 8},
        {"date": "2024-03-13", "reviews": 0, "correct": 0},
        {"date": "2024-03-14", "reviews": 4, "correct": 0},
    ]
    chart = history_chart(history, height=2)
    rows = chart.plain.splitlines()
    bars = [row[3::2] for row in rows[:2]]  # one cell per day after the "8 ▕" label
    assert bars == ["█  ", "█ █"]  # day 1 fills both rows, day 2 is empty, day 3 half
    styled = {(span.start, str(span.style)) for span in chart.spans}
    top, bottom = (rows[0].index("█"), rows[1].rindex("█"))
    row_length = len(rows[0]) + 1
    assert (top, "$success") in styled  # day 1: all right
    assert (row_length + bottom, "$error") in styled  # day 3: all wrong
    assert rows[-1].endswith("today") and "2024-03-12" in rows[-1]


def test_snapshot(snap_compare, store: ReviewStore) -> None:
    assert snap_compare(Host(store), terminal_size=(90, 30))
