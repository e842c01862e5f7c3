"""Dates of events, resolved against the publication date, at the granularity the article gives."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.facts.date_values import resolve
from quizgen.facts.relative import Base
from quizgen.models import Article, QuestionBank
from quizgen.pipeline import questions_for

PUBLISHED = dt.date(2023, 10, 4)  # a Wednesday

#: id → (sentence, words the question must contain, answer, an alias that must be accepted)
CASES: dict[str, tuple[str, str, str, str]] = {
    "on-month-day": (
        "The harbour authority opened a new ferry terminal on May 30.",
        "open a new ferry terminal",
        "May 30, 2023",
        "2023-05-30",
    ),
    "year-from-publication": (
        "The second terminal was completed on September 13.",
        "second terminal completed",
        "September 13, 2023",
        "2023-09-13",
    ),
    "yesterday": (
        "The mayor visited the terminal yesterday.",
        "visit the terminal",
        "Tuesday, October 3, 2023",
        "yesterday",
    ),
    "past-weekday": (
        "The old lighthouse was repainted on Monday.",
        "lighthouse repainted",
        "Monday, October 2, 2023",
        "2023-10-02",
    ),
    "future-weekday": (
        "The terminal will host a maritime festival on Saturday.",
        "host a maritime festival",
        "Saturday, October 7, 2023",
        "2023-10-07",
    ),
    "month-and-year": (
        "Construction of the eastern pier began in March 2021.",
        "eastern pier begin",
        "March 2021",
        "2021-03",
    ),
    "by-year": ("The city will ban petrol cars from the centre by 2030.", "ban petrol cars", "2030", ""),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_for(
        [Article(id=k, title=k, published=PUBLISHED, path=f"{k}.txt", text=v[0]) for k, v in CASES.items()]
    )


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_date_is_asked_and_resolved(bank: QuestionBank, case: str) -> None:
    _, words, answer, alias = CASES[case]
    (q,) = asked(bank, case, "date")
    assert words in q.question
    assert q.answer == answer
    if alias == "yesterday":  # a day counted from the writing is no answer a learner can know later
        assert alias not in q.aliases and "2023-10-03" in q.aliases
    elif alias:
        assert alias in q.aliases
    assert q.question.startswith("By when" if case == "by-year" else "When")


def test_date_words_never_stay_in_their_own_question(bank: QuestionBank) -> None:
    for case in CASES:
        for q in asked(bank, case, "date"):
            for word in ("yesterday", "Monday", "Saturday", "May", "September", "March", "2030"):
                assert word not in q.question, q.question


def test_month_distractors_are_other_months(bank: QuestionBank) -> None:
    (q,) = asked(bank, "month-and-year", "date")
    assert len(q.choices) == 4
    assert all(c.endswith("2021") and c.split()[0] != "March" for c in q.choices if c != q.answer)


def test_day_questions_get_three_distractors(bank: QuestionBank) -> None:
    for case in ("on-month-day", "year-from-publication", "past-weekday", "future-weekday"):
        (q,) = asked(bank, case, "date")
        assert len(q.choices) == 4, (q.answer, q.choices)


@pytest.mark.parametrize(
    ("surface", "published", "iso", "answer"),
    [
        ("May 30", dt.date(2020, 6, 4), "2020-05-30", "May 30, 2020"),
        ("in March 2024", dt.date(2024, 6, 1), "2024-03", "March 2024"),
        ("2019", dt.date(2024, 6, 1), "2019", "2019"),
        ("Tuesday", dt.date(2024, 6, 12), "2024-06-11", "Tuesday, June 11, 2024"),
        ("May 30", None, "XXXX-05-30", "May 30"),
    ],
    ids=["day-takes-publication-year", "month", "year", "weekday", "no-publication-date"],
)
def test_resolve(surface: str, published: dt.date | None, iso: str, answer: str) -> None:
    found = resolve(surface, published)
    assert found is not None
    assert found[:2] == (iso, answer)


def test_relative_day_without_publication_date_is_no_date_but_the_articles_words() -> None:
    assert resolve("yesterday", None) == (None, "yesterday", [], "relative")
    assert resolve("in October last year", None) == (None, "October last year", [], "relative")
    assert resolve("this year", None) is None  # the ongoing year: no event's time


def test_weekday_of_the_publication_day_is_that_day() -> None:
    found = resolve("Thursday", dt.date(2024, 3, 14))  # a Thursday
    assert found is not None and found[0] == "2024-03-14"


def test_future_day_without_year_is_the_next_one() -> None:
    found = resolve("April 1", dt.date(2023, 11, 21), future=True)
    assert found is not None and found[0] == "2024-04-01"


def test_past_month_without_year_is_the_last_one() -> None:
    found = resolve("December", dt.date(2024, 2, 5), future=False)
    assert found is not None and found[0] == "2023-12"


@pytest.mark.parametrize("surface", ["February 29", "May 20-40", "Feb 30 to 31"], ids=["leap-day", "range", "feb-30"])
def test_a_date_that_cannot_exist_is_no_date(surface: str) -> None:
    assert resolve(surface, dt.date(2023, 3, 1)) is None


@pytest.mark.parametrize(
    ("surface", "published", "future", "iso", "answer"),
    [
        ("today", dt.date(2023, 10, 4), None, "2023-10-04", "Wednesday, October 4, 2023"),
        ("last month", dt.date(2023, 1, 12), False, "2022-12", "December 2022"),
        ("last November", dt.date(2023, 2, 26), False, "2022-11", "November 2022"),
        ("last November 13", dt.date(2023, 11, 20), False, "2023-11-13", "November 13, 2023"),
        ("next month", dt.date(2023, 12, 5), True, "2024-01", "January 2024"),
        ("earlier this year", dt.date(2023, 6, 1), False, "2023", "2023"),
        ("March last year", dt.date(2023, 6, 1), False, "2022-03", "March 2022"),
        ("two months ago", dt.date(2023, 1, 20), False, "2022-11", "two months ago (November 2022)"),
        ("17 years ago", dt.date(2023, 1, 20), False, "2006", "17 years ago (2006)"),
        (
            "last week",
            dt.date(2023, 10, 4),
            False,
            "2023-09-25/2023-10-01",
            "the week of September 25\u2013October 1, 2023",
        ),
        ("this weekend", dt.date(2023, 10, 9), False, "2023-10-07/2023-10-08", "the weekend of October 7\u20138, 2023"),
        ("last Friday", dt.date(2023, 10, 4), False, "2023-09-29", "Friday, September 29, 2023"),
    ],
    ids=[
        "today",
        "last-month",
        "last-november",
        "last-november-13",
        "next-month",
        "earlier-this-year",
        "march-last-year",
        "months-ago",
        "years-ago",
        "last-week",
        "this-weekend",
        "last-friday",
    ],
)
def test_relative_dates_count_from_the_publication_day(surface, published, future, iso, answer) -> None:
    found = resolve(surface, published, future=future)
    assert found is not None
    assert found[:2] == (iso, answer)


def test_yearless_dateline_dates_today_but_not_last_year() -> None:
    base = Base.of(None, (3, 4))
    assert resolve("today", None, base=base)[:2] == ("XXXX-03-04", "March 4")
    assert resolve("last month", None, base=base)[:2] == ("XXXX-02", "February")
    assert resolve("last year", None, base=base)[:2] == (None, "last year")  # which year, only the words say
    assert resolve("Saturday", None, base=base)[:2] == (None, "Saturday")


WIRE = """GARDEN TOOLS MAKER SEES STRONG SPRING

    DENVER, April 9 - The Denver mower plant shipped a record
number of lawn mowers today, its manager said.
    The Ohio plant of the mower group was closed last month after
a long strike.
"""


def test_wire_dateline_without_year_dates_the_story(tmp_path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(WIRE)
    from quizgen.pipeline import generate_bank

    bank = generate_bank([str(path)])
    answers = {q.answer for q in bank.questions if q.kind == "date"}
    assert "April 9" in answers
    assert "March" in answers
    assert bank.articles[0].published is None


def test_today_as_the_present_age_is_no_date() -> None:
    bank = questions_for(
        [
            Article(
                id="now",
                title="now",
                published=PUBLISHED,
                path="now.txt",
                text="Today, most commuters in the valley pay their fares with a phone.",
            )
        ]
    )
    assert not [q for q in bank.questions if q.kind == "date"]


def test_a_date_inside_the_subject_is_not_asked() -> None:
    bank = questions_for(
        [
            Article(
                id="subj",
                title="subj",
                published=PUBLISHED,
                path="subj.txt",
                text="A flood in 2019 convinced the town council that the levee needed raising.",
            )
        ]
    )
    assert not [q for q in bank.questions if q.kind == "date"]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed instead of today.",
        "The fans of Harwick Wednesday travelled north for the match.",
        "The regional airport has handled 40 flights a day since March.",
        "The new harvest festival is always held on a Friday, the minister said.",
        "Surveys have shown that farmers today, unlike their parents, sell most of their grain abroad.",
        "Traders from the coast first reached the Sorn valley 40,000 years ago.",
        "Trawlers are back in Dunmore. The harbour master checks a trawler in Dunmore on May 2, 2023. PHOTO: AFP",
        "Trawlers are back. Fishermen mend their nets in Dunmore on October 4, 2023. PHOTO: AFP",
        'The pier will stay shut for now,"Ann Ruiz told Radio Dunmore on Monday.',
    ],
    ids=[
        "instead-of",
        "weekday-in-a-name",
        "since-bounds-a-count",
        "any-friday",
        "nowadays-noun",
        "years-ago-past-any-calendar",
        "caption-present",
        "caption-present-on-the-day",
        "glued-quote-mark",
    ],
)
def test_times_that_date_no_event_are_not_asked(text: str) -> None:
    bank = questions_of_texts({"n": text}, PUBLISHED)
    assert not [q for q in bank.questions if q.kind == "date"], [q.question for q in bank.questions]


def test_the_time_an_event_did_not_take_is_not_its_answer() -> None:
    bank = questions_for(
        [
            Article(
                id="i",
                title="i",
                published=PUBLISHED,
                path="i.txt",
                text="The ferry will sail on Friday instead of today.",
            )
        ]
    )
    (q,) = [q for q in bank.questions if q.kind == "date"]
    assert q.question == "When will the ferry sail?" and "Friday" in q.answer


def test_a_possessive_date_asks_when_its_noun_happened() -> None:
    bank = questions_for(
        [
            Article(
                id="p",
                title="p",
                published=PUBLISHED,
                path="p.txt",
                text="Monday's landslide near the coastal road closed the route for hours.",
            )
        ]
    )
    (q,) = [q for q in bank.questions if q.kind == "date"]
    assert q.question == "When was the landslide near the coastal road?"
    assert q.answer == "Monday, October 2, 2023"


def test_a_weekday_with_its_date_in_brackets_is_that_date() -> None:
    text = "The port authority (PA) warned on Tuesday (Sept 26) that the harbour needed dredging."
    bank = questions_of_texts({"b": text}, PUBLISHED)
    (q,) = [q for q in bank.questions if q.kind == "date"]
    assert q.answer == "Tuesday, September 26, 2023"
    assert "Sept" not in q.question and q.question.count("(") == q.question.count(")")


def test_today_without_any_date_for_the_story_is_not_asked() -> None:
    """ "— today" of a story with no date gives the learner no day to learn (issue 8)."""
    bank = questions_for(
        [
            Article(
                id="t",
                title="t",
                published=None,
                path="t.txt",
                text="Today, the two mayors also announced a shared plan for the river.",
            )
        ]
    )
    assert [(q.question, q.answer) for q in bank.questions if q.kind == "date"] == []


@pytest.mark.parametrize(
    ("surface", "published", "dateline", "iso", "answer"),
    [
        ("the end of this month", dt.date(2023, 3, 16), None, "2023-03", "the end of March 2023"),
        ("by the end of next year", dt.date(2023, 3, 16), None, "2024", "the end of 2024"),
        ("the beginning of last month", dt.date(2023, 1, 9), None, "2022-12", "the beginning of December 2022"),
        ("until the end of this month", None, (3, 16), "XXXX-03", "the end of March"),
    ],
    ids=["this-month", "next-year", "last-month-across-years", "yearless-dateline"],
)
def test_the_end_of_a_relative_month_or_year_is_that_month_or_year(surface, published, dateline, iso, answer) -> None:
    found = resolve(surface, published, base=Base.of(published, dateline))
    assert found is not None and found[:2] == (iso, answer)


def test_the_end_of_a_year_or_week_nobody_can_place_is_no_date() -> None:
    assert resolve("the end of this year", None, base=Base.of(None, (3, 16))) is None  # the year is not known
    assert resolve("the end of last week", dt.date(2023, 3, 16)) is None  # which day ends it: a guess


def test_a_deadline_at_the_end_of_next_year_is_asked_by_when() -> None:
    bank = questions_for(
        [
            Article(
                id="b",
                title="b",
                published=PUBLISHED,
                path="b.txt",
                text="The city will open the new bridge by the end of next year.",
            )
        ]
    )
    assert [(q.question, q.answer) for q in asked(bank, "b", "date")] == [
        ("By when will the city open the new bridge?", "the end of 2024")
    ]


def test_the_end_of_the_year_is_this_years_only_for_what_is_to_come() -> None:
    published = dt.date(2023, 3, 16)
    found = resolve("by the end of the year", published, future=True)
    assert found is not None and found[:2] == ("2023", "the end of 2023")
    assert resolve("by the end of the year", published, future=False) is None  # maybe the year the story tells of
