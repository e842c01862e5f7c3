"""People NER took for an organisation are never the answer to "Which organization …?", and a
person's body after a place's "'s" is the body, not the place."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "counted": (
        "When Norland gained independence, most Norlanders lost their Ruritanian citizenship except those who "
        "moved abroad."
    ),
    "surname": (
        "Priya Dhanwal, from Harwick, sold the card details of 80 customers. The court heard that Dhanwal had "
        "already saved 4,000 pounds on top of the 1,500 pounds which was seized when she was arrested."
    ),
    "company": "Harwick Foods saved 4,000 pounds on its energy bills last year after it fitted solar panels.",
    "price": (
        "Harwick Foods plunged 6 percent in Oslo. Dalton Motors Corp. retreated 11 percent to $26.71 at the "
        "close in New York. Dalton Motors Corp. cut 200 jobs in March to save money."
    ),
    "place-owned": (
        "'The skull is the first of its kind,' said palaeontologist Tomas Berg of Norland's Harwick Science University."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


@pytest.mark.parametrize("article", ["counted", "surname"])
def test_people_are_not_asked_as_an_organization(bank: QuestionBank, article: str) -> None:
    assert [(q.question, q.answer) for q in asked(bank, article) if q.answer in ("Norlanders", "Dhanwal")] == []


def test_a_company_is_still_asked(bank: QuestionBank) -> None:
    assert [q.answer for q in asked(bank, "company") if "saved" in q.question] == ["Harwick Foods"]


def test_the_body_after_a_places_possessive_is_the_persons_body(bank: QuestionBank) -> None:
    found = [q for q in asked(bank, "place-owned", "role") if "Tomas Berg" in q.question and q.kind == "role"]
    orgs = {q.question: q.answer for q in found if q.question.startswith("In 2024, which")}
    # a profession is asked where the person works, not "which institution was X a palaeontologist of?"
    assert orgs == {"In 2024, which institution did palaeontologist Tomas Berg work at?": "Harwick Science University"}


def test_a_share_price_move_is_no_deed_of_the_company(bank: QuestionBank) -> None:
    """ "Which organization fell 6 percent?": the numbers ask the move; the job cuts are a deed."""
    assert [q.question for q in asked(bank, "price")] == ["Which organization cut 200 jobs in March to save money?"]
