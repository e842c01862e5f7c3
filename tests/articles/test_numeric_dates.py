"""A numeric date ("06.07.2016", "06/07/2016") is June 7 on a US site and July 6 on most others, so
it dates nothing unless the article's own dates settle the order: another numeric date in it whose
day is over 12 ("07.20.2016" says month first, "15.08.2016" day first)."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.articles.body import RawArticle, compose
from quizgen.articles.datelines import numeric_order, parse_date


def _story(dateline: str, later: str) -> tuple[str, ...]:
    return (
        "Marlow council backs new tram depot",
        dateline,
        "",
        f"The Marlow council backed a new tram depot on Tuesday, Mayor Janet Cole said. The final vote is on {later}.",
    )


@pytest.mark.parametrize(
    ("dateline", "later", "published"),
    [
        ("06.07.2016", "07.20.2016", dt.date(2016, 6, 7)),  # month first: there is no month 20
        ("06/07/2016", "07/20/2016", dt.date(2016, 6, 7)),
        ("06.07.2016", "15.08.2016", dt.date(2016, 7, 6)),  # day first: there is no month 15
        ("06.07.2016", "the same day", None),  # nothing settles it
        ("06/07/2016", "15.08.2016 or 08/20/2016", None),  # the article's dates disagree
        ("13.07.2016", "the same day", dt.date(2016, 7, 13)),  # its own day over 12 settles it
        ("07.07.2016", "the same day", dt.date(2016, 7, 7)),  # either order gives one day
    ],
)
def test_a_numeric_date_is_read_only_in_the_order_the_article_settles(
    dateline: str, later: str, published: dt.date | None
) -> None:
    assert compose(RawArticle(lines=_story(dateline, later))).published == published


def test_an_open_numeric_date_outside_any_article_is_no_date() -> None:
    assert parse_date("04.03.2025") is None
    with numeric_order(["Deadline 25.03.2025"]):
        assert parse_date("04.03.2025") == dt.date(2025, 3, 4)
    assert parse_date("2025-03-04") == dt.date(2025, 3, 4)
