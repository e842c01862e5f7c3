"""A press release names its own agency everywhere: only a few questions may answer with it."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_texts

from quizgen.models import Question
from quizgen.questions.answer_cap import MAX_SAME_ORG, limit_same_org

RELEASE = (
    "The Forest Care Agency (FCA) opened a seed bank in the valley on Monday. "
    "The Forest Care Agency also planted 4,000 oak trees along the river. "
    "The Forest Care Agency launched a volunteer programme for schools. "
    "The Forest Care Agency published a map of old woodland. "
    "The Forest Care Agency hired forty rangers for the summer."
)


def _org(question: str, answer: str, aliases: tuple[str, ...] = ()) -> Question:
    return Question(id=question, article="a", kind="org-event", question=question, answer=answer, aliases=aliases)


def test_an_agency_is_the_answer_of_a_few_questions_only() -> None:
    bank = questions_of_texts({"r": RELEASE}, dt.date(2023, 10, 4))
    agency = [q for q in bank.questions if q.question.startswith("Which organization") and "Forest Care" in q.answer]
    assert 1 <= len(agency) <= MAX_SAME_ORG


def test_short_and_long_names_count_as_one_answer_and_the_same_event_once() -> None:
    asked = [
        _org("Which organization approved the spending bill?", "House of Representatives"),
        _org("Which organization approved the spending bill late on Friday?", "House"),
        _org("Which organization rejected the bill?", "Senate"),
        *[_org(f"Which organization debated motion {n}?", "House") for n in range(5)],
    ]
    kept = [q.question for q in limit_same_org(asked)]
    assert "Which organization approved the spending bill late on Friday?" not in kept
    assert "Which organization rejected the bill?" in kept
    assert sum(q.answer.startswith("House") for q in limit_same_org(asked)) == MAX_SAME_ORG


def test_two_statements_opening_alike_are_two_facts() -> None:
    said = "Which organization said that it expects"
    asked = [
        Question(id="1", article="a", kind="quote", question=f"{said} fares to rise in May?", answer="Northline"),
        Question(id="2", article="a", kind="quote", question=f"{said} to carry a million cars?", answer="Northline"),
    ]
    assert len(limit_same_org(asked)) == 2
