"""Which organisation did what: agents of passives (one question per list member) and subjects."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article, Question, QuestionBank
from quizgen.pipeline import questions_for

SPONSORS = ("Orvell University", "Kestrel Foundation", "Baltic Ports Authority")
TEXT = (
    "The Harwick Energy Company is testing a floating wind turbine off the coast.\n\n"
    "The two-day forum was organized by the Danube Science Council.\n\n"
    "The event is co-sponsored by Orvell University, the Kestrel Foundation and the Baltic Ports Authority."
)


@pytest.fixture(scope="module")
def events() -> list[Question]:
    article = Article(id="forum", title="Forum", published=dt.date(2024, 6, 12), path="forum.txt", text=TEXT)
    bank: QuestionBank = questions_for([article])
    return [q for q in bank.questions if q.kind == "org-event"]


def test_organisation_as_subject(events: list[Question]) -> None:
    found = [q for q in events if "testing a floating wind turbine" in q.question]
    assert [q.answer for q in found] == ["Harwick Energy Company"]
    assert found[0].question.startswith("Which organization is testing")


def test_organised_by(events: list[Question]) -> None:
    found = [q for q in events if "organized" in q.question]
    assert [q.answer for q in found] == ["Danube Science Council"]
    assert found[0].question.startswith("By which organization")
    assert "forum" in found[0].question


@pytest.mark.parametrize("member", SPONSORS, ids=[m.split()[0].lower() for m in SPONSORS])
def test_each_co_sponsor_is_asked_naming_the_others(events: list[Question], member: str) -> None:
    found = [q for q in events if "co-sponsored" in q.question and q.answer == member]
    assert len(found) == 1, [q.question for q in events]
    q = found[0]
    others = [m for m in SPONSORS if m != member]
    for other in others:
        assert other in q.question
        assert other not in q.choices  # also right: never offered as a wrong choice
    assert member not in q.question
    assert q.choices.count(member) == 1
    assert len(q.choices) >= 2
