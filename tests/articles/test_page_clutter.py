"""Story text copied from web pages with the site around it: menus, logos, date widgets, cookie
notices, bylines, captions and teaser headlines. The headline, the date and the paragraphs are the
story's own; nothing of the page reaches the text questions are asked from."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.articles.body import RawArticle, compose
from quizgen.articles.datelines import dateline_before
from quizgen.models import Article
from quizgen.pipeline import questions_for

ASIAN_PAPER = """Logo
Accessibility links
Skip to content
Home | News | Nation | World | Business | Sport
Sunday, December 21st, 2025
Advertisement
Port authority approves second container terminal at Lumut
By Nur Aisyah Rahman, Staff Reporter
Published: Thursday, 18 Dec 2025, 7:45 PM MYT
Share this article
LUMUT: The Perak Port Authority (PPA) approved a RM1.2 billion second container terminal at Lumut on Wednesday.
Datuk Harun Salleh said the terminal would handle 800,000 containers a year once it opens in 2028.
File photo of cranes at the Lumut port. (Photo: The Star)
The project will be built by Kinta Marine Works, which won the tender in October.
Related:
Penang port posts record year
Ferry fares to rise in January
Last updated 3 hours ago
We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies."""

US_PAPER = """- The Hartford Ledger - Friday, May 9, 2003
City council votes to close Elm Street library branch
By Jane Roe
The Hartford Ledger
The Hartford city council voted 7-2 on Monday to close the Elm Street branch library by the end of September.
Library Director Susan Ortiz said the branch's 40,000 books would move to the main library on Oak Avenue.
Copyright © 2003 Ledger Media Group, Inc.
Click here for reprint permission."""

WIRE_ON_PORTAL = """Yahoo News
Sign in
Mail
Search
Reuters
Thursday, March 6, 2025 at 4:12 AM
Kenya's central bank cuts key rate to 10.75%
Reporting by Duncan Miriri; Editing by Alex Richardson
NAIROBI, March 5 (Reuters) - Kenya's central bank cut its benchmark lending rate by 50 basis points on Wednesday.
Governor Kamau Thugge told a news conference that lending to the private sector had slowed to 1.4% in January.
Story continues
The bank's monetary policy committee next meets in April.
View comments
Trending Now
Stocks slide as tariff fears mount"""

GOVERNMENT_RELEASE = """GOV.UK
Cookies on GOV.UK
We use some essential cookies to make this website work.
Accept additional cookies Reject additional cookies
Skip to main content
Home
Transport
Press release
New rail link to cut journey times between Leeds and Bradford
The Department for Transport has announced funding of £250 million for a new rail link.
From: Department for Transport and The Rt Hon Lilian Greenwood MP
Published 14 January 2025
The line will cut journey times between the two cities from 22 minutes to 12 minutes when it opens in 2031.
Transport Minister Lilian Greenwood said the link would bring thousands of jobs within reach.
Share this page
Updates to this page
Published 14 January 2025"""

SPORTS_SITE = """ESPN
Scores
Schedule
Standings
Saturday, 22 November 2025
Advertisement
Okafor hat-trick fires Rovers into cup semi-final
Tom Baines, Football Reporter
Last updated 3 hours ago
Getty Images
Emeka Okafor scored a hat-trick as Blackburn Rovers beat Stoke City 3-1 on Tuesday to reach the semi-finals.
Stoke pulled one back through Ben Wilmot in the 81st minute.
More from ESPN
Arsenal ease past Palace"""

EUROPEAN_INSTITUTE = """Forum for Research and Industry
Sponsored by: Halvorsen Labs
Search our Site:
Glacier study finds soot darkens Alpine ice
12.05.2019
Researchers at the Tirol Institute found that soot from diesel engines darkened Alpine glaciers by 8 percent.
The team sampled 14 glaciers over three summers, lead author Anna Moser said."""

PAKISTANI_PAPER = """Sunday, December 21st, 2025
Home / Latest News / Pakistan
Share on Facebook Share on Twitter
Senate passes bill to set up Gwadar university
Staff Report
ISLAMABAD: The Senate on Friday passed a bill to set up a public university in Gwadar, the education minister said.
The university will offer 24 degree programmes and admit 2,000 students in its first year, the minister said.
Recent Posts
Rupee gains against dollar in interbank trade
Leave a Reply Cancel reply
Your email address will not be published."""

BRITISH_PAPER = """Accessibility links
Skip to main content
The Independent
Subscribe now
Sign in
Climate
Protesters block Thames bridge over new oil licences
Police made 31 arrests during the four-hour demonstration
Jane Roe, Environment Correspondent
Sunday 21 December 2025 10:30 GMT
Comments
Bookmark
Protesters gathered outside parliament on Saturday (PA)
Climate protesters blocked Westminster Bridge for four hours on Saturday, the Metropolitan Police said.
The force said 31 people were arrested on suspicion of obstructing the highway.
More about
Climate change
Join our commenting forum"""

RELEASE_PORTAL = """NEWS PROVIDED BY
Norvale Robotics Inc.
14 Jan, 2025, 09:00 ET
Share this article
Norvale Robotics opens $40 million factory in Texas
SAN ANTONIO, Jan. 14, 2025 /PRNewswire/ -- Norvale Robotics Inc. today opened a $40 million factory.
The 120,000-square-foot plant will build warehouse robots for customers in North America."""

INDIAN_WIRE = """Follow us
Last Updated : 21 Dec 2025, 10:04 IST
ISRO to launch ocean satellite on January 9
New Delhi, Dec 20 (PTI) The space agency will launch the Oceansat-4 satellite on January 9, its chief said on Saturday.
The 1,100-kg satellite will study sea surface temperatures, he said.
(With inputs from PTI)
Disclaimer: This story is auto-generated from a syndicated feed."""

US_AGENCY = """AP News
World News
U.S. News
Politics
Sports
Business
Tucson zoo welcomes rare Sumatran tiger cubs
By MARIA LOPEZ Associated Press
TUCSON, Ariz. (AP) — The Reid Park Zoo in Tucson welcomed two Sumatran tiger cubs, zoo officials said Tuesday.
FILE - A Sumatran tiger rests at a zoo in Arizona, Jan. 3, 2023. (AP Photo/Ross Lane, File)
Zoo director Nancy Kluge said the cubs would go on view in March."""

PAGES = {
    "asian": (ASIAN_PAPER, "Port authority approves second container terminal at Lumut", dt.date(2025, 12, 18)),
    "us": (US_PAPER, "City council votes to close Elm Street library branch", dt.date(2003, 5, 9)),
    "wire": (WIRE_ON_PORTAL, "Kenya's central bank cuts key rate to 10.75%", dt.date(2025, 3, 5)),
    "government": (
        GOVERNMENT_RELEASE,
        "New rail link to cut journey times between Leeds and Bradford",
        dt.date(2025, 1, 14),
    ),
    "sport": (SPORTS_SITE, "Okafor hat-trick fires Rovers into cup semi-final", None),
    # "12.05.2019" may be May 12 or December 5: nothing in the page says which (tests/articles/test_numeric_dates.py)
    "institute": (EUROPEAN_INSTITUTE, "Glacier study finds soot darkens Alpine ice", None),
    "pakistani": (PAKISTANI_PAPER, "Senate passes bill to set up Gwadar university", None),
    "british": (BRITISH_PAPER, "Protesters block Thames bridge over new oil licences", dt.date(2025, 12, 21)),
    "release": (RELEASE_PORTAL, "Norvale Robotics opens $40 million factory in Texas", dt.date(2025, 1, 14)),
    "indian-wire": (INDIAN_WIRE, "ISRO to launch ocean satellite on January 9", dt.date(2025, 12, 20)),
    "agency": (US_AGENCY, "Tucson zoo welcomes rare Sumatran tiger cubs", None),
}

#: Words of the page around each story that must not reach its text.
CLUTTER = (
    "Logo",
    "Accessibility",
    "Skip to",
    "Home",
    "Advertisement",
    "Share this",
    "Related",
    "Penang",
    "Ferry fares",
    "cookies",
    "Last updated",
    "Photo",
    "Copyright",
    "Click here",
    "Sign in",
    "Yahoo",
    "Story continues",
    "Trending",
    "Stocks slide",
    "From:",
    "Published",
    "Updates to",
    "ESPN",
    "Scores",
    "Football Reporter",
    "Getty",
    "Arsenal",
    "Sponsored",
    "Search our",
    "Hartford Ledger",
    "Reporting by",
)


def _compose(page: str) -> tuple[str, dt.date | None, str]:
    composed = compose(RawArticle(lines=tuple(page.splitlines())))
    return composed.title, composed.published, "\n".join(composed.paragraphs)


@pytest.mark.parametrize("name", list(PAGES))
def test_the_headline_is_the_storys_not_a_menu_line(name: str) -> None:
    page, headline, _ = PAGES[name]
    assert _compose(page)[0] == headline


@pytest.mark.parametrize("name", list(PAGES))
def test_the_date_is_the_storys_and_a_date_widget_apart_from_the_headline_is_not(name: str) -> None:
    page, _, published = PAGES[name]
    assert _compose(page)[1] == published


@pytest.mark.parametrize("name", list(PAGES))
def test_no_clutter_reaches_the_story_text(name: str) -> None:
    text = _compose(PAGES[name][0])[2]
    assert not [word for word in CLUTTER if word in text]


def test_every_paragraph_of_the_story_stays() -> None:
    text = _compose(ASIAN_PAPER)[2]
    assert text.startswith("The Perak Port Authority (PPA) approved")
    assert "800,000 containers" in text and "Kinta Marine Works" in text


def test_a_wire_dateline_still_dates_a_story_under_a_portals_clock() -> None:
    composed = compose(RawArticle(lines=tuple(WIRE_ON_PORTAL.splitlines())))
    assert composed.dateline == (3, 5)


def test_a_wire_datelines_day_wins_over_the_pages_later_update() -> None:
    """ "New Delhi, Dec 20 (PTI)" under "Last Updated : 21 Dec 2025": Saturday is December 20."""
    assert dateline_before((12, 20), dt.date(2025, 12, 21)) == dt.date(2025, 12, 20)
    assert dateline_before((12, 30), dt.date(2026, 1, 2)) == dt.date(2025, 12, 30)
    assert dateline_before((3, 1), dt.date(2025, 4, 21)) is None  # weeks apart: not the same story day


def test_a_subtitle_under_the_headline_is_not_taken_for_it() -> None:
    lines = (
        "Harbour reopens",
        "Storm damage repaired after two weeks",
        "",
        "The harbour reopened on Monday, the council said.",
    )
    assert compose(RawArticle(lines=lines)).title == "Harbour reopens"


def test_a_bare_date_under_the_headline_still_dates_the_story() -> None:
    lines = (
        "Harbour reopens after storm",
        "Friday, April 18, 2008",
        "",
        "The harbour reopened on Monday, the council said.",
    )
    assert compose(RawArticle(lines=lines)).published == dt.date(2008, 4, 18)


def test_no_question_comes_from_the_page_and_the_widget_anchors_no_weekday() -> None:
    composed = compose(RawArticle(lines=tuple(SPORTS_SITE.splitlines())))
    article = Article(
        id="s", title=composed.title, published=composed.published, path="s.txt", text="\n\n".join(composed.paragraphs)
    )
    questions = questions_for([article]).questions
    assert questions
    assert not [q for q in questions if any(word in q.source for word in CLUTTER)]
    assert not [q for q in questions if q.kind == "date" and "November" in q.answer]


def test_a_long_credited_caption_that_carries_news_stays() -> None:
    caption = (
        "Nurses march outside the city hospital in Leeds, Monday, May 4, 2026. The union says more than 400 nurses "
        "walked out after the trust cut night-shift pay by a fifth, the largest strike at the hospital in ten years "
        "and the first since the merger. (AP Photo/Ross Lane)"
    )
    lines = ("Nurses strike over pay cut", "", "The nurses' union called a strike at the hospital on Monday.", caption)
    assert caption in compose(RawArticle(lines=lines)).paragraphs
