"""A figure that changes over time is asked with its moment and owner: a trading moment takes the
story's day, a bare "revenue" its company, and a present count naming neither is not asked
(sentences invented)."""

from __future__ import annotations

import datetime as dt
import re

from invented_articles import answers_to

MARKET = (
    "Panic selling took German shares down four percent at the opening on heavy volume, as worries about "
    "bank balance sheets spread from Wall Street. Deutsche Kreditbank shares dropped 14 percent in the "
    "first hour of trading."
)
RESULTS = (
    "Harwick Systems Inc reported a 42 percent rise in fiscal second-quarter profit on Tuesday, helped by "
    "strong demand for its cloud storage services. Revenue climbed 18 percent to C$2.1 billion."
)
WAITING = (
    "Waiting lists for hospital treatment in Scotland have fallen for the third month in a row, new "
    "figures show. There are 412,300 patients on hospital lists, down from 418,950 last month."
)


def _asked(text: str, published: dt.date | None) -> dict[str, str]:
    return answers_to(text, published, "number")


def test_a_trading_moment_is_asked_on_the_story_day() -> None:
    asked = _asked(MARKET, dt.date(2026, 3, 9))
    opening = [q for q, a in asked.items() if a == "four percent"]
    assert opening and all("at the opening on March 9" in q for q in opening), asked
    assert any("first hour of trading on March 9" in q for q in asked), asked


def test_a_trading_moment_in_an_undated_story_is_given_no_day() -> None:
    asked = _asked(MARKET, None)  # no day is guessed: the question stays as its sentence words it
    moments = [q for q in asked if "at the opening" in q or "first hour" in q]
    assert moments and not [q for q in moments if re.search(r"\bon [A-Z][a-z]+ \d", q)], asked


def test_a_bare_company_measure_names_the_company_the_story_leads_with() -> None:
    asked = _asked(RESULTS, dt.date(2026, 7, 14))
    revenue = [q for q in asked if "revenue" in q]
    assert revenue and all("Harwick Systems Inc's revenue" in q for q in revenue), asked


def test_a_present_count_with_no_moment_or_place_is_not_asked() -> None:
    asked = _asked(WAITING, dt.date(2026, 10, 14))
    assert "412,300" not in asked.values(), asked


def test_a_present_count_that_names_its_place_is_asked() -> None:
    text = "Thousands cross the border each day. There are 45,000 Malaysians in Brunei."
    asked = _asked(text, dt.date(2026, 10, 14))
    assert any("Brunei" in q for q, a in asked.items() if "45,000" in a), asked


def test_a_bare_output_names_the_country_the_story_leads_with() -> None:
    text = (
        "Nigeria's crude oil output rose to 1.72 million barrels per day in March, up from 1.41 million bpd in "
        "February, the state oil company said on Monday. February output was hit by attacks on pipelines, "
        "officials said. Production averaged 1.55 million bpd last year. Exports reached 1.3 million bpd in March."
    )
    asked = _asked(text, dt.date(2026, 4, 6))
    exports = [q for q in asked if "exports" in q]
    assert exports and all("Nigeria's exports" in q for q in exports), asked


def test_a_flow_with_no_period_takes_the_quarter_the_story_reports() -> None:
    text = (
        "Tenmark Mobile reported a higher first-quarter profit on Wednesday, but its shares fell in "
        "after-hours trading. Tenmark added 1.9 million subscribers, about 80,000 more than it expected."
    )
    asked = _asked(text, dt.date(2026, 6, 24))
    added = [q for q, a in asked.items() if a == "1.9 million"]
    assert added and all(q.endswith("in the first quarter?") for q in added), asked


def test_a_count_of_the_whole_world_names_its_place() -> None:
    text = "Midwives met in Geneva on Monday. There are about 2 million midwives in the world, the meeting heard."
    asked = _asked(text, dt.date(2026, 5, 4))
    assert any("in the world" in q for q in asked), asked
