"""Dates of events, resolved against the publication date, at the granularity the article gives."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.facts.dates import resolve
from quizgen.models import Article, Question, QuestionBank
from quizgen.pipeline import questions_for

PUBLISHED = dt.date(2023, 10, 4)  # a Wednesday

#: id → (sentence, words the question must contain, answer, an alias that must be accepted)
CASES: dict[str, tuple[str, str, str, str]] = {
    "on-month-day": ("The harbour authority opened a new ferry terminal on May 30.",
                     "open a new ferry terminal", "May 30, 2023", "2023-05-30"),
    "year-from-publication": ("The second terminal was completed on September 13.",
                              "second terminal completed", "September 13, 2023", "2023-09-13"),
    "yesterday": ("The mayor visited the terminal yesterday.",
                  "visit the terminal", "Tuesday, October 3, 2023", "yesterday"),
    "past-weekday": ("The old lighthouse was repainted on Monday.",
                     "lighthouse repainted", "Monday, October 2, 2023", "2023-10-02"),
    "future-weekday": ("The terminal will host a maritime festival on Saturday.",
                       "host a maritime festival", "Saturday, October 7, 2023", "2023-10-07"),
    "month-and-year": ("Construction of the eastern pier began in March 2021.",
                       "eastern pier begin", "March 2021", "2021-03"),
    "by-year": ("The city will ban petrol cars from the centre by 2030.",
                "ban petrol cars", "2030", ""),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_for([Article(id=k, title=k, published=PUBLISHED, path=f"{k}.txt", text=v[0])
                          for k, v in CASES.items()])


def dates(bank: QuestionBank, article_id: str) -> list[Question]:
    return [q for q in bank.questions if q.article == article_id and q.kind == "date"]


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_date_is_asked_and_resolved(bank: QuestionBank, case: str) -> None:
    _, words, answer, alias = CASES[case]
    (q,) = dates(bank, case)
    assert words in q.question
    assert q.answer == answer
    if alias:
        assert alias in q.aliases
    assert q.question.startswith("By when" if case == "by-year" else "When")


def test_date_words_never_stay_in_their_own_question(bank: QuestionBank) -> None:
    for case in CASES:
        for q in dates(bank, case):
            for word in ("yesterday", "Monday", "Saturday", "May", "September", "March", "2030"):
                assert word not in q.question, q.question


def test_month_distractors_are_other_months(bank: QuestionBank) -> None:
    (q,) = dates(bank, "month-and-year")
    assert len(q.choices) == 4
    assert all(c.endswith("2021") and c.split()[0] != "March" for c in q.choices if c != q.answer)


def test_day_questions_get_three_distractors(bank: QuestionBank) -> None:
    for case in ("on-month-day", "year-from-publication", "past-weekday", "future-weekday"):
        (q,) = dates(bank, case)
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


def test_relative_day_without_publication_date_is_not_a_date() -> None:
    assert resolve("yesterday", None) is None


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
