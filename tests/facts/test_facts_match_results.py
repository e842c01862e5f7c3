"""Who won a match, also when NER took the team for a place ("Norway", "the Lakeside Hawks")
or the result sits in a clause of its own ("… when the Rovers held off the Hawks, 3-2")."""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "held-off": "Ann Ruiz tied the league record when the Lakeside Rovers held off the Halden Hawks, 3-2, on Sunday.",
    "country": "Tom Reyes missed a penalty before Norway raced to a comfortable three-goal win over Chile in the "
    "cup final.",
    "no-match": "Norway beat Chile to the contract for the new port.",
    "range": "Shares in Halden Freight rose 2-3 percent on Monday.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def test_a_team_that_held_off_another_is_asked_as_a_team(bank: QuestionBank) -> None:
    assert [(q.question, q.answer) for q in asked(bank, "held-off")] == [
        ("Which team held off the Halden Hawks 3-2?", "Lakeside Rovers")
    ]


def test_a_country_that_won_over_another_is_asked_as_a_team(bank: QuestionBank) -> None:
    assert [(q.question, q.answer) for q in asked(bank, "country")] == [
        ("Which team raced to a comfortable three-goal win over Chile in the cup final?", "Norway")
    ]


@pytest.mark.parametrize("article", ["no-match", "range"])
def test_no_match_no_team(bank: QuestionBank, article: str) -> None:
    assert not [q for q in bank.questions if q.article == article and "team" in q.question]
