"""HTML pages and Markdown files: the story, headline, date and URL.

All article text here is invented for the tests (see tests/data/articles/ for whole pages).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from article_helpers import DATA, LAST, LEAD, PARAGRAPHS, SECOND, TITLE, article_text, read_one, write

# --- HTML -----------------------------------------------------------------------------------


def test_html_page_gives_story_headline_date_and_url(capsys: pytest.CaptureFixture[str]) -> None:
    article = read_one(DATA / "harbour-bridge.html")
    assert article.id == "harbour-bridge"
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.published == dt.date(2023, 5, 9)
    assert article.url == "https://gazette.example/news/harbour-bridge"
    assert article.text.split("\n\n") == [
        "The Eastgate harbour bridge reopened to traffic on Tuesday after eight months of repairs costing "
        "14 million dollars, the city council said.",
        '"We are delighted to give the bridge back to the people who use it every day," said Tobin Ferrow, '
        "the council's head of transport, at a ceremony on the eastern bank.",
        "Engineers replaced 40 steel cables & resurfaced the deck. The work began in September 2022 after "
        "inspectors found corrosion.",
    ]
    assert capsys.readouterr().err == ""


def test_html_date_is_not_taken_from_a_body_sentence(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Pier closes for checks</title></head><body><article>"
        "<h1>Pier closes for checks</h1>"
        f"<p>The old pier was closed on 2019-10-12 after an inspection found cracks, the council said.</p>"
        f"<p>{SECOND}</p></article></body></html>"
    )
    article = read_one(write(tmp_path, page, "pier.html"))
    assert article.title == "Pier closes for checks"
    assert article.published is None
    assert SECOND in article.text


def test_html_in_its_declared_charset_is_read_without_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Caf\u00e9 reopens</title></head><body><article>'
        "<h1>Caf\u00e9 reopens</h1><p>The harbour caf\u00e9 \u2013 closed since March \u2013 reopened on "
        "Friday with a new menu, its owner said.</p></article></body></html>"
    )
    article = read_one(write(tmp_path, page, "cafe.htm", encoding="cp1252"))
    assert article.title == "Caf\u00e9 reopens"
    assert "The harbour caf\u00e9 \u2013 closed since March \u2013 reopened" in article.text
    assert capsys.readouterr().err == ""


def test_html_file_without_markup_is_read_as_plain_text(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, article_text(), "saved.html"))
    assert article.title == TITLE
    assert article.text.split("\n\n") == PARAGRAPHS


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_syntax_is_stripped() -> None:
    article = read_one(DATA / "orchard-harvest.md")
    assert article.title == "Orchard growers expect a record harvest"
    assert article.published == dt.date(2022, 9, 14)
    assert article.text.split("\n\n") == [
        "Apple growers in the Vell Valley expect their largest harvest in two decades, the regional "
        "growers' association said on Monday.",
        '"We have never seen trees this heavy," said Ossian Marr, who farms 30 hectares near Dunmere.',
        "Prices",
        "Prices are expected to fall by 10% at the farm gate.",
        "Export orders rose by a fifth.",
    ]


def test_markdown_without_front_matter_uses_heading_and_dateline(tmp_path: Path) -> None:
    text = (
        f"# {TITLE}\n\n*Published 2 May 2022*\n\n{LEAD}\n\n"
        f"__{SECOND}__\n\nSee the [timetable](https://example.org/t) for {LAST[0].lower()}{LAST[1:]}\n"
    )
    article = read_one(write(tmp_path, text, "ferry.md"))
    assert article.title == TITLE
    assert article.published == dt.date(2022, 5, 2)
    assert article.text.split("\n\n") == [LEAD, SECOND, "See the timetable for " + LAST[0].lower() + LAST[1:]]
