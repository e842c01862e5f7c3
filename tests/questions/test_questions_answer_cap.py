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


def test_the_questions_kept_are_the_first_in_the_article_whatever_their_kind() -> None:
    """Quotes are written before deeds; the cap still keeps what the article says first."""
    text = "Nordic Air cut 900 jobs. Nordic Air said one. Nordic Air said two. Nordic Air said three."
    quotes = [
        Question(id=s, article="a", kind="quote", question=f"Which organization said {s}?", answer="Nordic Air",
                 source=f"Nordic Air said {s}.")
        for s in ("one", "two", "three")
    ]  # fmt: skip
    deed = Question(id="d", article="a", kind="org-event", question="Which organization cut 900 jobs?",
                    answer="Nordic Air", source="Nordic Air cut 900 jobs.")  # fmt: skip
    kept = [q.id for q in limit_same_org([*quotes, deed], text)]
    assert kept == ["one", "two", "d"]


def test_what_an_organisation_owns_gives_way_to_what_it_did() -> None:
    text = "The probe is the agency's. Nordic Air said one. Nordic Air said two. Nordic Air cut 900 jobs."
    owned = Question(id="o", article="a", kind="org-event", question="Which organization does the probe belong to?",
                     answer="Nordic Air", source="The probe is the agency's.")  # fmt: skip
    said = [
        Question(id=s, article="a", kind="quote", question=f"Which organization said {s}?", answer="Nordic Air",
                 source=f"Nordic Air said {s}.")
        for s in ("one", "two")
    ]  # fmt: skip
    deed = Question(id="d", article="a", kind="org-event", question="Which organization cut 900 jobs?",
                    answer="Nordic Air", source="Nordic Air cut 900 jobs.")  # fmt: skip
    assert [q.id for q in limit_same_org([owned, *said, deed], text)] == ["one", "two", "d"]
