"""The date of what is news: an announcement or a result, not the day someone happened to speak."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from quizgen.models import Article
from quizgen.pipeline import questions_for


def date_questions(text: str, published: dt.date | None = None) -> dict[str, str]:
    article = Article(id="a", title="a", published=published, path="a.txt", text=text)
    return {q.question: q.answer for q in questions_for([article]).questions if q.kind == "date"}


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour City coach said on Saturday that the referee had been unfair to his players.",
        "The Harbour City coach told reporters on Saturday that the referee had been unfair to his players.",
        "The Harbour City coach spoke to a small group of reporters at Dunmore Park on Saturday.",
        "The row was back in the headlines on Saturday when Tom Briggs said his rival was a disgrace to the sport.",
    ],
    ids=["said", "told", "spoke", "when-said"],
)
def test_an_undated_story_does_not_ask_on_which_weekday_someone_spoke(text: str) -> None:
    asked = date_questions(text)
    assert not [q for q in asked if "day of the week" in q and re.search(r"\b(say|tell|speak)\b", q)], asked


def test_an_announcement_is_news_and_its_weekday_is_asked() -> None:
    asked = date_questions("The Harbour City Council announced on Tuesday a plan to close the old ferry pier.")
    assert asked == {
        "On what day of the week did the Harbour City Council announce a plan to close the old ferry pier?": "Tuesday"
    }


def test_a_reported_result_is_asked_with_what_was_reported() -> None:
    asked = date_questions("Coastline Telecom on Thursday reported a sharp rise in its quarterly net profit.")
    assert asked == {
        "On what day of the week did Coastline Telecom report a sharp rise in its quarterly net profit?": "Thursday"
    }


def test_a_dated_story_still_asks_when_a_statement_was_made() -> None:
    asked = date_questions(
        "Finance Minister Ann Ruiz said on Monday that the budget would be balanced within two years.",
        published=dt.date(2023, 10, 4),
    )
    assert list(asked.values()) == ["Monday, October 2, 2023"], asked


def test_an_age_beside_a_name_does_not_hide_whom_the_relative_clause_dates() -> None:
    asked = date_questions("Governor Ann Ruiz, 63, who was elected in 2019, was detained at her home in Port Lisle.")
    assert asked.get("In what year was Ann Ruiz elected?") == "2019", asked
