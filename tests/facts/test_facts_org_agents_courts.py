"""A list of agents with a doer that is no named body is not asked; courts NER left untagged are bodies."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

SHAPES = {
    "funded": (
        "The survey of river otters was funded by the Harwick Conservation Trust and the Orvell Wildlife Fund, "
        "and took three years."
    ),
    "approved": "The port budget was approved by the Lendon Harbour Board and the cabinet last month.",
    "court": (
        "NEW DELHI: The Bhavnagar High Court on Friday dismissed a petition by a transporters' union seeking "
        "to lift the ban on diesel lorries."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(SHAPES)


def test_each_of_a_pair_of_funders_is_asked_naming_the_other(bank: QuestionBank) -> None:
    found = {q: a for q, a in answers(bank, "funded", "org-event").items() if q.startswith("By which")}
    assert found == {
        "By which organization was the survey of river otters funded, along with the Orvell Wildlife Fund?": (
            "Harwick Conservation Trust"
        ),
        "By which organization was the survey of river otters funded, along with the Harwick Conservation Trust?": (
            "Orvell Wildlife Fund"
        ),
    }


def test_a_list_of_agents_with_a_member_that_is_no_named_body_is_not_asked(bank: QuestionBank) -> None:
    assert [q for q in answers(bank, "approved", "org-event") if q.startswith("By which")] == []


def test_a_court_the_tagger_missed_is_asked_as_the_doer(bank: QuestionBank) -> None:
    found = answers(bank, "court", "org-event")
    asked = (
        "Which organization dismissed a petition by a transporters' union seeking to lift the ban on diesel lorries?"
    )
    assert found.get(asked) == "Bhavnagar High Court"
