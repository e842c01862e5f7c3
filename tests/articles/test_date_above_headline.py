"""A date line straight above the headline is, on most sites, the story's own date: a page export
keeps it there ("Tuesday, March 4, 2025" then the headline), and so does a paper's edition line. It
dates the story unless the page head gives another date (one of them is then the site's calendar
widget) or the line reads as a widget (the visitor's "today", the weather)."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.articles.body import RawArticle, compose

STORY = (
    "",
    "Ferry operator adds winter sailings to Skerrin Isle",
    "",
    "By Moira Kell",
    "",
    "Islay Ferries said on Monday it would add two winter sailings a week to Skerrin Isle from November.",
)

EXPORT = ("Skip to main content", "The Harbour Courier", "News | Sport | Business", "", "Tuesday, March 4, 2025")
PLAIN = ("Tuesday, March 4, 2025",)
EDITION = ("The Harbour Courier | Tuesday, March 4, 2025",)
WEATHER = ("The Harbour Courier", "Wednesday, 5 March 2025 | 9°C Showers")
TODAY = ("The Harbour Courier", "Today: Wednesday, 5 March 2025")
TWO_DATES = ("Wednesday, 5 March 2025", "The Harbour Courier", "Tuesday, March 4, 2025")
APART = ("Wednesday, 5 March 2025", "Home / News / Islands")


def _published(head: tuple[str, ...], story: tuple[str, ...] = STORY) -> dt.date | None:
    return compose(RawArticle(lines=head + story)).published


@pytest.mark.parametrize("head", [EXPORT, PLAIN, EDITION], ids=["export", "plain", "edition"])
def test_a_lone_date_line_straight_above_the_headline_dates_the_story(head: tuple[str, ...]) -> None:
    assert _published(head) == dt.date(2025, 3, 4)


@pytest.mark.parametrize("head", [WEATHER, TODAY, TWO_DATES, APART], ids=["weather", "today", "two", "apart"])
def test_a_widget_or_a_second_date_in_the_page_head_dates_nothing(head: tuple[str, ...]) -> None:
    assert _published(head) is None


def test_a_date_under_the_headline_wins_over_one_above_it() -> None:
    story = STORY[:4] + ("Published: 3 March 2025",) + STORY[4:]
    assert _published(PLAIN, story) == dt.date(2025, 3, 3)
