"""False options must be false and of the answer's kind: shapes seen in outlets the generator was
not tuned on."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "also-funded": (
        "Researchers funded by the Arctic Research Council (ARC) mapped the ice shelf. "
        "The survey also got additional funding from the Polar Fisheries Board (PFB). "
        "The Coastal Data Office (CDO) published the results."
    ),
    "funded-with": (
        "Engineers funded by the Harbor Trust (HT) and the Delta Foundation (DF) repaired the old pier. "
        "The Coastal Data Office (CDO) published the plans."
    ),
    "rival": (
        "Texas Gov. Oskar Lind praised the plan. He said Cole's rival Ohio Gov. Ann Ruiz was right. "
        "Kansas Gov. Per Dahl agreed."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2023, 10, 4))


def test_a_body_the_article_says_also_did_it_is_not_a_false_option(bank: QuestionBank) -> None:
    (q,) = [q for q in bank.questions if q.article == "also-funded" and "funded" in q.question]
    assert q.answer == "Arctic Research Council"
    assert "Polar Fisheries Board" not in q.choices
    assert "Coastal Data Office" in q.choices  # a body that did something else stays a fair option


def test_a_body_listed_with_the_answer_is_not_a_false_option(bank: QuestionBank) -> None:
    found = [q for q in bank.questions if q.article == "funded-with" and "funded" in q.question]
    assert found
    for q in found:  # each asked naming the other ("…, along with the Harbor Trust?"), never offering it
        other = ({"Harbor Trust", "Delta Foundation"} - {q.answer}).pop()
        assert other in q.question and other not in q.choices


def test_a_tie_to_another_person_is_no_part_of_a_post(bank: QuestionBank) -> None:
    roles = [q for q in bank.questions if q.article == "rival" and q.kind == "role"]
    ruiz = [q for q in roles if "Ann Ruiz" in q.question]
    assert [q.answer for q in ruiz if "what post" in q.question] == ["Governor of Ohio"]
    assert all(not c.startswith("rival") for q in roles for c in q.choices)
