"""A list of agents with a doer that is no named body is not asked; courts NER left untagged are bodies; a
named thing's participle after a comma ("at the X Forum, hosted by Y") is asked of the thing by its name."""

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
    "hosted": "The pact was signed at the Lendon Energy Forum, hosted by the Harwick Chamber of Commerce.",
    "funded-prize": "Ann Ruiz won the Halden Prize, funded by the Orvell Foundation, for her work on otters.",
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
    asked = "Which court dismissed a petition by a transporters' union seeking to lift the ban on diesel lorries?"
    assert found.get(asked) == "Bhavnagar High Court"


def test_a_named_thing_with_its_agent_after_a_comma_is_asked_by_name(bank: QuestionBank) -> None:
    assert answers(bank, "hosted", "org-event") == {
        "By which organization was the Lendon Energy Forum hosted?": "Harwick Chamber of Commerce"
    }
    assert answers(bank, "funded-prize", "org-event") == {
        "By which organization was the Halden Prize funded?": "Orvell Foundation"
    }
