"""Page furniture (bylines, share bars, related links, captions) is removed from the story.

All article text here is invented for the tests (see tests/data/articles/ for whole pages).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from article_helpers import DATA, LAST, LEAD, PARAGRAPHS, SECOND, TITLE, article_text, read_one, write

# --- page furniture -------------------------------------------------------------------------

FURNITURE = [
    # (where, lines) — each line must not reach Article.text.
    pytest.param("header", ("By Ilsa Marrow (Holm Gazette)",), id="byline-with-paper"),
    pytest.param("header", ("By ILSA MARROW, Staff Reporter",), id="byline-caps"),
    pytest.param("header", ("Updated: 2019-10-12",), id="updated-date"),
    pytest.param("header", ("Updated: 2011-05-23 14:07",), id="updated-date-time"),
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
        "middle", ("Related Story Holm ferry fares to rise after fuel costs double",), id="related-story-link"
    ),
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
    pytest.param("footer", ("Send your storiesGet more from the GazetteMobileRSSNewsletter",), id="send-stories"),
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
    pytest.param("By the end of the week, the operator had added two extra crossings a day.", id="by-the-end"),
    pytest.param("By 2030, the island council wants an electric ferry on the route.", id="by-a-year"),
    pytest.param("Share prices of the ferry company rose by 4% on the news.", id="share-prices"),
    pytest.param(
        "Published in 2018, an earlier report warned that the old pier was failing.",
        id="published-in-a-sentence",
    ),
    pytest.param("Follow-up repairs to the pier are planned for the autumn, the council said.", id="follow-up"),
    pytest.param("Photographers gathered on the quay to watch the first crossing.", id="photographers"),
    pytest.param(
        "Residents said there had been no comments from the operator before the storm.",
        id="no-comments-inside-sentence",
    ),
    pytest.param("Holm Island's population of 1,200 relies on the ferry for food and post.", id="plain-sentence"),
    pytest.param("Storm damage", id="short-subheading-mid-body"),
    pytest.param(
        "Follow-up talks on Facebook's role in ferry bookings start next week, the minister said.",
        id="follow-up-on-facebook",
    ),
    pytest.param("We want to get more from our ports, the minister said.", id="get-more-from"),
    pytest.param("Officials said comments may be removed from the consultation website.", id="comments-may-be-removed"),
    pytest.param("Presented by the mayor, the award honours the ferry crew.", id="presented-by"),
    pytest.param("Register by email before Friday, the council told islanders.", id="register-by-email"),
    pytest.param(
        "The operator said all rights reserved under the old contract stay with the island.",
        id="all-rights-reserved-in-a-sentence",
    ),
    pytest.param("Print editions of the timetable will end in 2025, the operator said.", id="print-editions"),
    pytest.param("Updated figures released on Monday showed a 3% rise in passengers.", id="updated-figures"),
    pytest.param(
        "Under the new rules, ferry bookers must consent to the use of cookies before the site tracks them.",
        id="cookies-in-a-story",
    ),
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
        '"People have waited a long time for this evening," said Joaquim Feld, chairman of the Stallholders\' Guild.',
        "The market will run every Friday and Saturday until the end of September, organisers said.",
    ]
