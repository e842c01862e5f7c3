"""Reading articles: formats, headline, dateline, page furniture, whitespace and bad input.

All article text here is invented for the tests (see tests/data/articles/ for whole pages).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from quizgen.articles import MAX_ARTICLE_BYTES, read_articles, slugify
from quizgen.errors import InputError
from quizgen.models import Article

DATA = Path(__file__).parent / "data" / "articles"

TITLE = "Ferry service to Holm Island resumes"
LEAD = "The ferry service to Holm Island resumed on Monday after a week of storms, the operator said."
SECOND = "Around 300 passengers crossed on the first day, according to the harbour master."
LAST = "Ticket prices will stay the same until next spring, the operator added."
PARAGRAPHS = [LEAD, SECOND, LAST]


def write(tmp_path: Path, text: str, name: str = "story.txt", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def read_one(path: Path) -> Article:
    """The one article at `path`, read without any warning."""
    reading = read_articles([str(path)])
    assert reading.warnings == ()
    [article] = reading.articles
    return article


def article_text(
    header: tuple[str, ...] = (),
    middle: tuple[str, ...] = (),
    footer: tuple[str, ...] = (),
    *,
    title: str = TITLE,
    lead: str = LEAD,
) -> str:
    """A plain-text article: headline, header lines, then paragraphs with `middle` and `footer`."""
    lines = [title, *header, "", lead, "", *middle, "", SECOND, "", LAST, "", *footer]
    return "\n".join(lines) + "\n"


def run_quizgen(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    data = stdin.decode("latin-1") if isinstance(stdin, bytes) else stdin
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args], input=data, capture_output=True, text=True, timeout=120
    )


# --- page furniture -------------------------------------------------------------------------

FURNITURE = [
    # (where, lines) — each line must not reach Article.text.
    pytest.param("header", ("By Ilsa Marrow (Holm Gazette)",), id="byline-with-paper"),
    pytest.param("header", ("By ILSA MARROW, Staff Reporter",), id="byline-caps"),
    pytest.param("header", ("Updated: 2019-10-12",), id="updated-date"),
    pytest.param("header", ("Updated: 2007-08-17 06:54",), id="updated-date-time"),
    pytest.param("header", ("( holmgazette.example )",), id="source-crumb"),
    pytest.param("header", ("[Holm Gazette]",), id="site-name-in-brackets"),
    pytest.param("header", ("0 Comment(s)Print E-mail Holm Gazette, May 2, 2022",), id="comment-print-bar"),
    pytest.param("header", ("Adjust font size:",), id="font-size"),
    pytest.param("header", ("Share this article",), id="share-this"),
    pytest.param("header", ("Share on Facebook | Share on Twitter | Email",), id="share-bar"),
    pytest.param("header", ("Home > News > Islands",), id="breadcrumb"),
    pytest.param("middle", (TITLE,), id="caption-repeating-headline"),
    pytest.param(
        "middle",
        ("A ferry leaves the quay at dawn. [Photo provided to holmgazette.example]",),
        id="caption-with-photo-credit",
    ),
    pytest.param("middle", ("The new ferry in harbour. [Photo/Holm News Agency]",), id="photo-slash-credit"),
    pytest.param("middle", ("Photo: Ilsa Marrow",), id="photo-label"),
    pytest.param("middle", ("Image copyright Example Pictures",), id="image-copyright"),
    pytest.param("middle", ("Advertisement",), id="advertisement"),
    pytest.param("middle", ("Article continues below",), id="continues-below"),
    pytest.param("middle", ("Read more: Storm damage closes two piers",), id="read-more-link"),
    pytest.param(
        "middle",
        ("Related readings:", "", "Piers to be rebuilt by summer", "Island school reopens"),
        id="related-readings-block",
    ),
    pytest.param(
        "middle",
        ("Related stories", "Storm warnings for the coast", "What the island council plans?"),
        id="related-stories-block",
    ),
    pytest.param(
        "footer",
        ("Content created in partnership with the Island Transport Board.",),
        id="partnership-credit",
    ),
    pytest.param(
        "footer",
        ("Follow the Holm Gazette on Twitter and Facebook to join the conversation.",),
        id="follow-us",
    ),
    pytest.param("footer", ("Gazette App Download",), id="app-download"),
    pytest.param("footer", ("Download our app for breaking news alerts",), id="download-our-app"),
    pytest.param("footer", ("Print E-mail Bookmark and Share",), id="print-email-bookmark"),
    pytest.param("footer", ("Sign up for our daily newsletter",), id="newsletter-signup"),
    pytest.param(
        "footer", ("Send your storiesGet more from the GazetteMobileRSSNewsletter",), id="send-stories"
    ),
    pytest.param("footer", ("Copyright © 2022 Holm Gazette. All rights reserved.",), id="copyright"),
    pytest.param("footer", ("Reporting by Ilsa Marrow; Editing by Tor Vane",), id="reporting-by"),
    pytest.param("footer", ("Source: Holm News Agency",), id="source-label"),
    pytest.param("footer", ("Editor: Tor Vane",), id="editor-label"),
    pytest.param("footer", ("Tags: ferries, islands, weather",), id="tags"),
    pytest.param(
        "footer",
        (
            "Go to Forum >>0 Comment(s)",
            "",
            "No comments.",
            "",
            "Add your comments...",
            "",
            "  • User Name Required",
            "  • Your Comment",
            "  • Enter the words you see:   ",
            "    Racist, abusive and off-topic comments may be removed by the moderator.",
            "Readers wrote that the crossing was rough but worth it.",
        ),
        id="comment-box-and-comments",
    ),
]


@pytest.mark.parametrize(("where", "lines"), FURNITURE)
def test_page_furniture_never_reaches_the_text(tmp_path: Path, where: str, lines: tuple[str, ...]) -> None:
    parts: dict[str, tuple[str, ...]] = {"header": (), "middle": (), "footer": (), where: lines}
    text = article_text(parts["header"], parts["middle"], parts["footer"])
    article = read_one(write(tmp_path, text))
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.title == TITLE


@pytest.mark.parametrize(("where", "lines"), [p for p in FURNITURE if p.id != "comment-box-and-comments"])
def test_furniture_is_recognised_mid_body_too(tmp_path: Path, where: str, lines: tuple[str, ...]) -> None:
    # Between two paragraphs neither the header rule nor the trailing-fragment rule applies,
    # so only the furniture patterns themselves can remove these lines.
    article = read_one(write(tmp_path, article_text(middle=lines)))
    assert article.text == "\n\n".join(PARAGRAPHS)


KEPT = [
    pytest.param(
        "By the end of the week, the operator had added two extra crossings a day.", id="by-the-end"
    ),
    pytest.param("By 2030, the island council wants an electric ferry on the route.", id="by-a-year"),
    pytest.param("Share prices of the ferry company rose by 4% on the news.", id="share-prices"),
    pytest.param(
        "Published in 2018, an earlier report warned that the old pier was failing.",
        id="published-in-a-sentence",
    ),
    pytest.param(
        "Follow-up repairs to the pier are planned for the autumn, the council said.", id="follow-up"
    ),
    pytest.param("Photographers gathered on the quay to watch the first crossing.", id="photographers"),
    pytest.param(
        "Residents said there had been no comments from the operator before the storm.",
        id="no-comments-inside-sentence",
    ),
    pytest.param(
        "Holm Island's population of 1,200 relies on the ferry for food and post.", id="plain-sentence"
    ),
    pytest.param("Storm damage", id="short-subheading-mid-body"),
    pytest.param(
        "Follow-up talks on Facebook's role in ferry bookings start next week, the minister said.",
        id="follow-up-on-facebook",
    ),
    pytest.param("We want to get more from our ports, the minister said.", id="get-more-from"),
    pytest.param(
        "Officials said comments may be removed from the consultation website.", id="comments-may-be-removed"
    ),
    pytest.param("Presented by the mayor, the award honours the ferry crew.", id="presented-by"),
    pytest.param("Register by email before Friday, the council told islanders.", id="register-by-email"),
    pytest.param(
        "The operator said all rights reserved under the old contract stay with the island.",
        id="all-rights-reserved-in-a-sentence",
    ),
    pytest.param("Print editions of the timetable will end in 2025, the operator said.", id="print-editions"),
    pytest.param("Updated figures released on Monday showed a 3% rise in passengers.", id="updated-figures"),
]


@pytest.mark.parametrize("line", KEPT)
def test_real_sentences_are_kept_even_when_they_look_like_furniture(tmp_path: Path, line: str) -> None:
    article = read_one(write(tmp_path, article_text(middle=(line,))))
    assert article.text == "\n\n".join([LEAD, line, SECOND, LAST])


def test_a_whole_page_of_furniture_leaves_only_the_story() -> None:
    article = read_one(DATA / "night-market.txt")
    assert article.title == "Night market returns to Port Avel after two-year pause"
    assert article.published == dt.date(2021, 7, 9)
    assert article.text.split("\n\n") == [
        "The Port Avel night market reopened on Friday with 120 stalls, its first season since 2019, "
        "the harbour authority said.",
        '"People have waited a long time for this evening," said Joaquim Feld, chairman of the '
        "Stallholders' Guild.",
        "The market will run every Friday and Saturday until the end of September, organisers said.",
    ]


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
    ],
)
def test_the_headline_skips_crumbs_above_it(tmp_path: Path, before: tuple[str, ...]) -> None:
    text = "\n".join(before) + "\n" + article_text()
    article = read_one(write(tmp_path, text))
    assert article.title == TITLE
    assert article.text.split("\n\n") == PARAGRAPHS


def test_text_without_a_headline_keeps_its_first_paragraph(tmp_path: Path) -> None:
    text = "\n\n".join(PARAGRAPHS)
    article = read_one(write(tmp_path, text))
    assert article.text.split("\n\n") == PARAGRAPHS
    assert article.title.startswith("The ferry service to Holm Island resumed")


# --- publication date -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        pytest.param(("Holm Gazette, June 4, 2020",), dt.date(2020, 6, 4), id="site-comma-date"),
        pytest.param(
            ("0 Comment(s)Print E-mail Holm Gazette, June 4, 2020",),
            dt.date(2020, 6, 4),
            id="date-inside-share-bar",
        ),
        pytest.param(("Updated: 2019-10-12",), dt.date(2019, 10, 12), id="updated-iso"),
        pytest.param(
            ("By Ilsa Marrow (Holm Gazette)", "Updated: 2007-08-17 06:54"),
            dt.date(2007, 8, 17),
            id="byline-then-updated",
        ),
        pytest.param(("Published 14 March 2024",), dt.date(2024, 3, 14), id="published-day-month"),
        pytest.param(
            ("By Ilsa Marrow | Published: Sept. 5, 2018 | 4 min read",),
            dt.date(2018, 9, 5),
            id="byline-bar-abbreviated-month",
        ),
        pytest.param(("Thursday 14 March 2024 10.30 GMT",), dt.date(2024, 3, 14), id="weekday-date-time"),
        pytest.param(
            ("Updated: 2024-03-20", "Published: 2024-03-14"),
            dt.date(2024, 3, 14),
            id="published-beats-updated",
        ),
        pytest.param((), None, id="no-dateline"),
        pytest.param(("Updated: 2020-02-31",), None, id="impossible-date"),
        pytest.param(("• Islands 2013",), None, id="year-alone-is-not-a-date"),
    ],
)
def test_publication_date_comes_from_the_dateline(
    tmp_path: Path, header: tuple[str, ...], expected: dt.date | None
) -> None:
    article = read_one(write(tmp_path, article_text(header=header)))
    assert article.published == expected
    assert article.text.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize(
    ("lead", "expected_date", "expected_lead"),
    [
        pytest.param(
            "March 14, 2024 (Reuters) - Dock workers walked out on Thursday, their union said.",
            dt.date(2024, 3, 14),
            "Dock workers walked out on Thursday, their union said.",
            id="date-agency-dash",
        ),
        pytest.param(
            "WASHINGTON, March 14, 2024 (Reuters) - Dock workers walked out on Thursday.",
            dt.date(2024, 3, 14),
            "Dock workers walked out on Thursday.",
            id="place-date-agency",
        ),
        pytest.param(
            "HOLMSTAD, June 4 (Island News) -- The ferry sailed again on Monday.",
            None,
            "The ferry sailed again on Monday.",
            id="no-year-gives-no-date",
        ),
        pytest.param(
            "LONDON (AP) — The ferry sailed again on Monday.",
            None,
            "The ferry sailed again on Monday.",
            id="place-agency-em-dash",
        ),
        pytest.param(
            "NATO - the alliance - met on Monday to discuss the ferry, officials said.",
            None,
            "NATO - the alliance - met on Monday to discuss the ferry, officials said.",
            id="acronym-is-not-a-dateline",
        ),
    ],
)
def test_wire_datelines_are_read_and_stripped(
    tmp_path: Path, lead: str, expected_date: dt.date | None, expected_lead: str
) -> None:
    article = read_one(write(tmp_path, article_text(lead=lead)))
    assert article.published == expected_date
    assert article.text.split("\n\n")[0] == expected_lead


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "The treaty on ferry links was signed on June 4, 2020 in Holmstad, officials said.",
            id="month-day-year",
        ),
        pytest.param(
            "The old pier was closed on 2019-10-12 after an inspection, the council said.", id="iso"
        ),
    ],
)
def test_dates_in_ordinary_sentences_are_not_publication_dates(tmp_path: Path, sentence: str) -> None:
    for text in (article_text(lead=sentence), article_text(middle=(sentence,))):
        article = read_one(write(tmp_path, text))
        assert article.published is None
        assert sentence in article.text


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


# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "words"),
    [
        pytest.param(
            "cp1252",
            "The caf\u00e9 owner \u2013 a native of Z\u00fcrich \u2013 said \u201cwelcome back\u201d.",
            id="cp1252",
        ),
        pytest.param(
            "latin-1",
            "The caf\u00e9 owner, a native of Z\u00fcrich, said the fa\u00e7ade was repainted.",
            id="latin-1",
        ),
        pytest.param(
            "utf-16",
            "The caf\u00e9 owner, a native of Z\u00fcrich, said the fa\u00e7ade was repainted.",
            id="utf-16-with-bom",
        ),
    ],
)
def test_other_encodings_are_decoded_with_one_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, words: str
) -> None:
    path = write(tmp_path, article_text(middle=(words,)), encoding=encoding)
    reading = read_articles([str(path)])
    [article] = reading.articles
    assert words in article.text
    [warning] = reading.warnings
    assert str(path) in warning and "not UTF-8" in warning
    assert capsys.readouterr().err == ""  # returned for the front end to show, never printed


def test_utf8_with_bom_is_read_silently(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + article_text().encode("utf-8"))
    article = read_one(path)
    assert article.title == TITLE
    assert capsys.readouterr().err == ""


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


# --- folders and ids ------------------------------------------------------------------------


def test_folder_reads_article_files_sorted_and_skips_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    write(folder, article_text(title="Second story arrives"), "b-second.md")
    write(folder, article_text(title="First story arrives"), "a-first.txt")
    (folder / "c-third.html").write_text(f"<html><body><h1>Third</h1><p>{LEAD}</p></body></html>")
    (folder / "notes.json").write_text('{"not": "an article"}')
    (folder / ".hidden.txt").write_text(article_text())
    (folder / "sub").mkdir()
    write(folder / "sub", article_text(), "deeper.txt")
    articles = read_articles([str(folder)]).articles
    assert [a.id for a in articles] == ["a-first", "b-second", "c-third"]
    assert [a.path for a in articles] == [
        str(folder / n) for n in ("a-first.txt", "b-second.md", "c-third.html")
    ]
    assert [a.title for a in articles][:2] == ["First story arrives", "Second story arrives"]


def test_ids_are_slugs_and_stay_unique(tmp_path: Path) -> None:
    write(tmp_path, article_text(), "Holm Ferry (2022).txt")
    write(tmp_path, article_text(), "holm-ferry-2022.md")
    articles = read_articles([str(tmp_path)]).articles
    assert [a.id for a in articles] == ["holm-ferry-2022", "holm-ferry-2022-2"]
    assert read_articles([str(tmp_path)]).articles == articles  # the same input gives the same ids


def test_the_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path, article_text())
    assert len(read_articles([str(path), str(tmp_path)]).articles) == 1


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        pytest.param("Night market returns!", "night-market-returns", id="punctuation"),
        pytest.param("Caf\u00e9 in Z\u00fcrich", "cafe-in-zurich", id="accents"),
        pytest.param("\u2014 \u2014", "article", id="nothing-left"),
        pytest.param("word " * 30, ("word-" * 12)[:59], id="long"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


# --- stdin ----------------------------------------------------------------------------------


def test_stdin_article_is_named_after_its_headline(tmp_path: Path) -> None:
    result = run_quizgen("generate", "-", stdin=article_text(header=("Updated: 2022-05-02",)))
    assert result.returncode == 0, result.stderr
    [info] = json.loads(result.stdout)["articles"]
    assert info == {"id": slugify(TITLE), "title": TITLE, "published": "2022-05-02", "path": "-"}


@pytest.mark.parametrize(
    ("data", "title"),
    [
        pytest.param(
            f"<!DOCTYPE html><html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>"
            f"<p>{LEAD}</p><p>{SECOND}</p></article></body></html>",
            TITLE,
            id="html",
        ),
        pytest.param(f"# {TITLE}\n\n**{LEAD}**\n\n{SECOND}\n", TITLE, id="markdown"),
        pytest.param(article_text(), TITLE, id="plain-text"),
    ],
)
def test_stdin_format_is_recognised(data: str, title: str) -> None:
    [article] = read_articles(["-"], stdin=io.BytesIO(data.encode())).articles
    assert (article.title, article.path, article.id) == (title, "-", slugify(title))
    assert article.text.split("\n\n")[:2] == [LEAD, SECOND]


# --- bad input ------------------------------------------------------------------------------


def _bytes(name: str, data: bytes) -> Callable[[Path], str]:
    def make(folder: Path) -> str:
        (folder / name).write_bytes(data)
        return str(folder / name)

    return make


def _folder(*files: str) -> Callable[[Path], str]:
    def make(parent: Path) -> str:
        folder = parent / "news"
        folder.mkdir()
        for name in files:
            (folder / name).write_text("{}")
        return str(folder)

    return make


BAD_INPUT = [
    pytest.param(lambda d: str(d / "missing.txt"), "no such file or folder", id="missing-path"),
    pytest.param(lambda d: "", "no such file or folder", id="empty-path"),
    pytest.param(_bytes("empty.txt", b""), "is empty", id="empty-file"),
    pytest.param(_bytes("blank.txt", " \n\t\n\u00a0\n".encode()), "only whitespace", id="whitespace"),
    pytest.param(
        _bytes("bar.txt", b"Share this article\nPrint E-mail Bookmark and Share\n"),
        "no article text",
        id="only-furniture",
    ),
    pytest.param(_bytes("title.txt", TITLE.encode()), "no article text", id="only-a-headline"),
    pytest.param(
        _bytes("bare.html", b"<html><body><nav>Home</nav></body></html>"),
        "no article text",
        id="html-without-text",
    ),
    pytest.param(_bytes("pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "binary", id="binary-nul-bytes"),
    pytest.param(_bytes("ctl.txt", bytes(range(1, 9)) * 50), "binary", id="binary-control-bytes"),
    pytest.param(_bytes("huge.txt", b"a" * (MAX_ARTICLE_BYTES + 1)), "over the 5 MB limit", id="too-big"),
    pytest.param(_folder(), "folder is empty", id="empty-folder"),
    pytest.param(_folder("notes.json", "index.csv"), "no article files", id="folder-without-articles"),
]
CLI_CASES = {"missing-path", "empty-file", "binary-nul-bytes", "empty-folder"}


@pytest.mark.parametrize(("make", "message"), BAD_INPUT)
def test_bad_input_raises_one_clear_line(tmp_path: Path, make: Callable[[Path], str], message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(InputError) as caught:
        read_articles([path])
    text = str(caught.value)
    assert message in text and "\n" not in text
    assert text.startswith(path)


def test_no_paths_is_an_error() -> None:
    with pytest.raises(InputError, match="no article given"):
        read_articles([])


def test_stdin_can_be_named_only_once() -> None:
    with pytest.raises(InputError, match="only once"):
        read_articles(["-", "-"], stdin=io.BytesIO(article_text().encode()))


def test_stdin_over_the_limit_is_refused() -> None:
    with pytest.raises(InputError, match="5 MB"):
        read_articles(["-"], stdin=io.BytesIO(b"a" * (MAX_ARTICLE_BYTES + 1)))


@pytest.mark.parametrize(
    ("make", "message"),
    [case for case in BAD_INPUT if case.id in CLI_CASES],
)
def test_cli_reports_bad_input_as_one_line(tmp_path: Path, make: Callable[[Path], str], message: str) -> None:
    result = run_quizgen("generate", make(tmp_path))
    assert result.returncode == InputError.exit_code
    assert result.stdout == ""
    assert result.stderr.startswith("quizgen: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr


def test_cli_reports_empty_stdin_as_one_line() -> None:
    result = run_quizgen("generate", "-", stdin="")
    assert result.returncode == InputError.exit_code
    assert result.stderr == "quizgen: error: -: the file is empty\n"


def test_an_unusable_file_in_a_folder_is_skipped_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-empty.txt").write_text("Only a headline\n", encoding="utf-8")
    (tmp_path / "b-story.txt").write_text("Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n",
                                          encoding="utf-8")
    reading = read_articles([str(tmp_path)])
    assert [a.title for a in reading.articles] == ["Harbour reopens"]
    [warning] = reading.warnings
    assert "a-empty.txt" in warning and "skipped" in warning
    assert capsys.readouterr().err == ""  # returned for the front end to show, never printed


def test_a_folder_with_no_usable_file_is_one_error(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text("Only a headline\n", encoding="utf-8")
    with pytest.raises(InputError, match="only.txt"):
        read_articles([str(tmp_path)])
