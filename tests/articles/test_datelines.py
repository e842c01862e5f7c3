"""The publication date, from a dateline near the top, never from the story's sentences.

All article text here is invented for the tests (see tests/data/articles/ for whole pages).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from article_helpers import PARAGRAPHS, TITLE, article_text, read_one, write

from quizgen.articles.datelines import lead_month_day, split_lead_dateline

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
            ("By Ilsa Marrow (Holm Gazette)", "Updated: 2011-05-23 14:07"),
            dt.date(2011, 5, 23),
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


def test_a_bare_dateline_under_a_short_notice_dates_the_story(tmp_path: Path) -> None:
    # a wiki's review note ends in a stop, so the header seems to end there; the dateline under it
    # still dates the story, and the date inside the note (when it was checked) does not
    notice = "This is the reviewed copy, checked on 3 May 2025. Edits are awaiting a check."
    text = f"{TITLE}\n\n{notice}\n\nTuesday, March 12, 2024\n\n" + "\n\n".join(PARAGRAPHS)
    article = read_one(write(tmp_path, text))
    assert article.published == dt.date(2024, 3, 12)


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
            "HOLMSTAD (REUTERS, AFP) - The ferry sailed again on Monday.",
            None,
            "The ferry sailed again on Monday.",
            id="two-agencies",
        ),
        pytest.param(
            "Port Vell, Dec 14 (HNS) Holmstad Rovers beat the ferrymen 2-1 on Saturday.",
            None,
            "Holmstad Rovers beat the ferrymen 2-1 on Saturday.",
            id="indian-wire-title-case-place-no-dash",
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
        pytest.param("The old pier was closed on 2019-10-12 after an inspection, the council said.", id="iso"),
    ],
)
def test_dates_in_ordinary_sentences_are_not_publication_dates(tmp_path: Path, sentence: str) -> None:
    for text in (article_text(lead=sentence), article_text(middle=(sentence,))):
        article = read_one(write(tmp_path, text))
        assert article.published is None
        assert sentence in article.text


def test_a_press_release_dateline_with_a_dash_and_no_space_is_stripped() -> None:
    # "PLACE, ST--Body …": the place is the dateline, never a word of the story (nor an answer)
    body, _ = split_lead_dateline("PORT VELL, OR--Divers exploring the reef have found a new coral.")
    assert body == "Divers exploring the reef have found a new coral."
    assert split_lead_dateline("NATO--the alliance met.")[0] == "NATO--the alliance met."


def test_a_dateline_crediting_several_agencies_is_stripped() -> None:
    # papers that run wire copy credit each source: "(WIRE, GAZETTE/NEWS NETWORK)" is still the dateline
    body, _ = split_lead_dateline("PORT VELL (HOLMWIRE, THE GAZETTE/ISLAND NEWS NETWORK) - Ferries resumed on Monday.")
    assert body == "Ferries resumed on Monday."
    assert split_lead_dateline("HOLM (HOLMWIRE, AFP) - Ferries resumed.")[0] == "Ferries resumed."


@pytest.mark.parametrize(
    ("lead", "body", "month_day"),
    [
        pytest.param(
            "HOLMSTAD - Holmstad's ferries ran late.", "Holmstad's ferries ran late.", None, id="asian-hyphen"
        ),
        pytest.param("Port Vell, Jan 29: Ferry fares rose.", "Ferry fares rose.", (1, 29), id="indian-colon"),
        pytest.param("Port Vell, Jan 29 (PVN): Fares rose.", "Fares rose.", (1, 29), id="indian-agency-colon"),
        pytest.param("PORT VELL, Jan 29 (PVN): Fares rose.", "Fares rose.", (1, 29), id="caps-agency-colon"),
        pytest.param("HOLM - The ferry sailed.", "HOLM - The ferry sailed.", None, id="short-caps-may-be-acronym"),
        pytest.param(
            "PORT VELL, Maine - The University of Vell won a grant.",
            "The University of Vell won a grant.",
            None,
            id="us-release-caps-city-state-dash",
        ),
        pytest.param(
            "PORT VELL: The Harbour Bank kept its rate.", "The Harbour Bank kept its rate.", None, id="caps-place-colon"
        ),
        pytest.param("UPDATE: Fares rose.", "Fares rose.", None, id="caps-label-colon-is-no-subject-either"),
        pytest.param("PV: Fares rose.", "PV: Fares rose.", None, id="short-caps-colon-may-be-acronym"),
        pytest.param("PORT VELL, Jan 29 /HarborWire/ -- Fares rose.", "Fares rose.", (1, 29), id="press-release-wire"),
    ],
)
def test_asian_indian_and_press_release_datelines_are_stripped(
    lead: str, body: str, month_day: tuple[int, int] | None
) -> None:
    # "SINGAPORE - …" and "Mumbai, Jan 29: …": left in, the place ran into the first sentence's subject
    assert split_lead_dateline(lead)[0] == body
    assert lead_month_day(lead) == month_day


@pytest.mark.parametrize(
    ("line", "month_day"),
    [
        pytest.param("NEW DELHI, Nov 14:", (11, 14), id="indian-place-date-colon"),
        pytest.param("Nov 14 (Reuters) -", (11, 14), id="wire-date-agency-dash"),
        pytest.param("Mumbai, Jan 29 (PTI)", (1, 29), id="title-case-place-agency"),
    ],
)
def test_a_dateline_on_a_line_of_its_own_dates_the_story(tmp_path: Path, line: str, month_day: tuple[int, int]) -> None:
    # a blank line between the dateline and its first sentence: "today" is still that day, so the
    # story's "last month" and weekdays can be placed
    first = "The relief board on Thursday released 900 crore rupees for the flooded districts, officials said."
    text = f"{TITLE}\n\n{line}\n\n{first}\n\n" + "\n\n".join(PARAGRAPHS)
    article = read_one(write(tmp_path, text))
    assert article.dateline == month_day
    assert article.text.split("\n\n")[0] == first


def test_a_short_label_line_is_no_lone_dateline(tmp_path: Path) -> None:
    first = "The relief board on Thursday released 900 crore rupees for the flooded districts, officials said."
    text = f"{TITLE}\n\nFLOODS - LIVE\n\n{first}\n\n" + "\n\n".join(PARAGRAPHS)
    assert read_one(write(tmp_path, text)).dateline is None
