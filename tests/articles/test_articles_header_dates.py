"""The publication date in the header lines outlets write, and a year-less wire dateline dated by
the same day written in full in its story; never a day only recalled there."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.articles.body import RawArticle, compose
from quizgen.articles.datelines import dateline_year

TITLE = "Harbour board approves ferry terminal"
LEAD = "The harbour board on Tuesday approved a new ferry terminal for the port, the chairman said at a meeting."


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Updated: 14:05 BST, 4 March 2019 | Published: 12:30 BST, 3 March 2019", dt.date(2019, 3, 3)),
        ("May 26, 2015 04:34 pm | Updated 04:34 pm IST - KOCHI", dt.date(2015, 5, 26)),
        ("Posted on Tuesday, April 7, 2020 by Sarah Lin", dt.date(2020, 4, 7)),
        ("PUBLISHED : Sunday, 03 March, 2019, 12:30pm", dt.date(2019, 3, 3)),
    ],
    ids=["updated-first", "date-then-updated", "posted-on", "capitals"],
)
def test_the_header_gives_the_published_day(header: str, published: dt.date) -> None:
    composed = compose(RawArticle(lines=(TITLE, "", header, "", LEAD)))
    assert composed.published == published


def test_a_published_line_wins_over_an_updated_line_above_it() -> None:
    lines = (TITLE, "", "Updated: 5 March 2019", "Published: 3 March 2019", "", LEAD)
    assert compose(RawArticle(lines=lines)).published == dt.date(2019, 3, 3)


def test_a_wire_dateline_takes_its_year_from_the_same_day_written_out() -> None:
    lines = (
        TITLE,
        "",
        "KUNMING, Dec. 3 (Xinhua) -- A new railway to the Laos border opened to traffic on Friday, the group said.",
        "The first passenger train left Kunming at 8:00 a.m. on Dec. 3, 2021, carrying 200 passengers.",
    )
    composed = compose(RawArticle(lines=lines))
    assert composed.published == dt.date(2021, 12, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank, founded on March 5, 1990, now has 40 branches.",
        "The talks came a year after the March 5, 2019 attack on the port.",
        "The port opened on March 5, 2019 and a second berth followed on June 1, 2020.",
    ],
    ids=["founded", "after", "later-date"],
)
def test_a_recalled_day_never_dates_the_dateline(sentence: str) -> None:
    assert dateline_year((3, 5), ["Harbour Bank said on Monday it would open a branch in Kigali.", sentence]) is None
