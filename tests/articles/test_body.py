"""The headline and the body's paragraphs and whitespace, as `body.compose` finds them.

All article text here is invented for the tests (see tests/data/articles/ for whole pages).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from article_helpers import PARAGRAPHS, TITLE, article_text, read_one, write

# --- headline -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        pytest.param(("• Islands 2022",), id="bullet-crumb"),
        pytest.param(("[Holm Gazette]",), id="site-name-in-brackets"),
        pytest.param(("Home > News > Islands",), id="breadcrumb"),
        pytest.param(("Monday 2 May 2022",), id="date-line"),
        pytest.param(("", "• Islands 2022", "", "Share this article"), id="several-crumbs"),
        pytest.param(("Ferries",), id="section-label"),
        pytest.param(("Skip to main content", "World | Business | Islands"), id="skip-link-and-menu"),
        pytest.param(("Go to Contents Go to Navigation", ""), id="two-skip-links"),
    ],
)
def test_the_headline_skips_crumbs_above_it(tmp_path: Path, before: tuple[str, ...]) -> None:
    text = "\n".join(before) + "\n" + article_text()
    article = read_one(write(tmp_path, text))
    assert article.title == TITLE
    assert article.text.split("\n\n") == PARAGRAPHS


def test_a_markdown_heading_gives_its_words_as_the_headline(tmp_path: Path) -> None:
    text = f"## {TITLE}\n\n" + "\n\n".join(PARAGRAPHS)
    article = read_one(write(tmp_path, text))
    assert article.title == TITLE
    assert article.text.split("\n\n") == PARAGRAPHS


def test_text_without_a_headline_keeps_its_first_paragraph(tmp_path: Path) -> None:
    text = "\n\n".join(PARAGRAPHS)
    article = read_one(write(tmp_path, text))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert article.title.startswith("The ferry service to Holm Island resumed")


# --- whitespace -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            "The ferry\u00a0carried 300\u00a0people on Monday.",
            "The ferry carried 300 people on Monday.",
            id="nbsp",
        ),
        pytest.param(
            "The ferry  carried\t300 people on Monday.",
            "The ferry carried 300 people on Monday.",
            id="runs-of-spaces-and-tabs",
        ),
        pytest.param(
            "Three ships   two ferries and a tug   were in harbour on Monday.",
            "Three ships — two ferries and a tug — were in harbour on Monday.",
            id="lost-dashes",
        ),
        pytest.param(
            "The ferry sailed on Monday.   It was full.",
            "The ferry sailed on Monday. It was full.",
            id="wide-gap-after-a-stop",
        ),
        pytest.param(
            "\u201cIt was rough,\u201d said the captain\u2019s mate on Monday.",
            "\u201cIt was rough,\u201d said the captain\u2019s mate on Monday.",
            id="curly-quotes-kept",
        ),
        pytest.param(
            "The ferry\u200b carried 300 peo\u00adple on Monday.",
            "The ferry carried 300 people on Monday.",
            id="invisible-characters",
        ),
    ],
)
def test_whitespace_is_normalised_and_text_otherwise_kept(tmp_path: Path, raw: str, expected: str) -> None:
    article = read_one(write(tmp_path, article_text(middle=(raw,))))
    assert article.text.split("\n\n")[1] == expected


def test_windows_line_endings_and_hard_wrapped_lines_make_whole_paragraphs(tmp_path: Path) -> None:
    text = (
        "Library opens late on weekdays\r\n\r\n"
        "The city library will stay open until ten at night on weekdays from\r\n"
        "next month, the council said on Monday, after a survey found that most\r\n"
        "users wanted longer hours.\r\n\r\n"
        '"Students asked for this more than anything else," said Petra Vance,\r\n'
        "who runs the library service.\r\n"
    )
    article = read_one(write(tmp_path, text))
    assert article.title == "Library opens late on weekdays"
    assert article.text.split("\n\n") == [
        "The city library will stay open until ten at night on weekdays from next month, the council "
        "said on Monday, after a survey found that most users wanted longer hours.",
        '"Students asked for this more than anything else," said Petra Vance, who runs the library service.',
    ]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ('"We will keep them," Ann Ruiz said.', '"We will keep them," Ann Ruiz said.'),
        ('"We will keep them,"Ann Ruiz said.', '"We will keep them," Ann Ruiz said.'),
        ("\u201cWe will keep them,\u201dAnn Ruiz said.", "\u201cWe will keep them,\u201d Ann Ruiz said."),
        ('Ann Ruiz said,"We will keep them."', 'Ann Ruiz said,"We will keep them."'),
    ],
    ids=["spaced", "glued-straight", "glued-curly", "glued-opening-untouched"],
)
def test_a_closing_quote_mark_glued_to_the_next_word_gets_its_space(line: str, read: str) -> None:
    from quizgen.articles.body import normalize_line

    assert normalize_line(line) == read


def test_a_name_broken_by_a_hard_wrap_is_joined_again(tmp_path: Path) -> None:
    text = (
        "Jobless rate falls in Ontario\n\n"
        "TORONTO, March 6 - The jobless rate in the province of Ontario fell to\n"
        "6.1 pct in February from 6.4 pct in January, as factories took on more\n"
        "staff, Statistics\n"
        "Ontario reported today.\n"
        "The agency said 12,000 jobs were created in the month, most of them in\n"
        "the car plants around Windsor and Oshawa.\n"
    )
    article = read_one(write(tmp_path, text))
    first = article.text.split("\n\n")[0]
    assert first.endswith("took on more staff, Statistics Ontario reported today.")
