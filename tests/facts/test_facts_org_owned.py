"""What a body owns or runs, named with a possessive: "the Nordic Space Agency's Aurora observatory"."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

SHAPES = {
    "observatory": "Their new data will complement that of the Nordic Space Agency's Aurora observatory.",
    "programme": "Much of what she said on the Harbor Broadcasting Corporation's Morning Desk programme was new.",
    "lower-program": (
        "The survey was paid for by three grants from the Marine Research Council's coastal ecology program."
    ),
    "person": "The plan was backed by the Nordic Space Agency's Tom Berg on Monday.",
    "post": "The Harbor Broadcasting Corporation's political editor said the vote was close.",
    "report": "The Marine Research Council's annual report found that the bay was cleaner.",
    "bare": "The Marine Research Council's program grew fast last year.",
    "quoted": '"We will use the Nordic Space Agency\'s Aurora observatory," said Tom Berg.',
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(SHAPES)


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        ("observatory", "Which organization does the Aurora observatory belong to?", "Nordic Space Agency"),
        (
            "programme",
            "Which organization does the Morning Desk programme belong to?",
            "Harbor Broadcasting Corporation",
        ),
        (
            "lower-program",
            "Which organization does the coastal ecology program belong to?",
            "Marine Research Council",
        ),
    ],
)
def test_a_named_thing_a_body_owns_is_asked(bank: QuestionBank, article: str, question: str, answer: str) -> None:
    assert (question, answer) in [(q.question, q.answer) for q in asked(bank, article)]


@pytest.mark.parametrize("article", ["person", "post", "report", "bare", "quoted"])
def test_a_person_a_post_a_report_a_bare_noun_or_a_quote_is_not_asked_as_owned(
    bank: QuestionBank, article: str
) -> None:
    assert [q.question for q in asked(bank, article) if "belong to" in q.question] == []


PARTS = {
    "subsidiary": "The engineers worked with eNova Systems in Sweden, a subsidiary of the technology company Siemens.",
    "unit": "Harbor Logistics, a unit of General Electric, said it would cut 200 jobs.",
    "worked-with": "Scientists from three universities worked with the Broad Institute on the new genome.",
}


def test_the_owner_of_a_subsidiary_and_the_partner_worked_with() -> None:
    from invented_articles import answers, questions_of_texts

    bank = questions_of_texts(PARTS)
    assert answers(bank, "subsidiary", "org-event") == {
        "With which organization did the engineers work?": "eNova Systems",  # the brand's small first letter kept
        "Which company is eNova Systems a subsidiary of?": "Siemens",
    }
    # no word for a company before the owner: asked as an organization
    assert answers(bank, "unit", "org-event") == {
        "Which organization is Harbor Logistics a unit of?": "General Electric"
    }
    assert answers(bank, "worked-with", "org-event") == {
        "With which institution did scientists from three universities work on the new genome?": "Broad Institute"
    }
