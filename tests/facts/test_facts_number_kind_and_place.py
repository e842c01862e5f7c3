"""What an amount is of ("$2.7 billion in sales") and where a toll was counted ("23 dead in Kesra
province, and another nine in Valmore"), kept in the question (sentences invented): without them the
question asks a different, larger figure."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "forecast": (
        "Kestrel Corp results\n\nAnalysts polled by a data firm had forecast $2.7 billion in sales for Kestrel. "
        "Kestrel Corp raised $40 million in funding last year."
    ),
    "spent": "Kestrel Corp plans\n\nKestrel Corp spent $9 million in the first quarter.",
    "tolls": (
        "Storm Kanto hits the south\n\n"
        "The storm left 23 people dead in Kesra province and another nine in Valmore, officials said on Monday."
    ),
    "unplaced": (
        "Storm Belen hits the north\n\n"
        "The storm left 14 people dead and another six in Orvala, officials said on Tuesday."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def test_an_amount_keeps_what_it_is_an_amount_of(bank: QuestionBank) -> None:
    asked = answers(bank, "forecast", "number")
    assert asked.get("How much in funding did Kestrel Corp raise last year?") == "$40 million"
    assert asked.get("How much in sales had analysts polled by a data firm forecast for Kestrel?") == "$2.7 billion"


def test_a_period_after_an_amount_is_no_kind(bank: QuestionBank) -> None:
    assert not any(" in the first quarter did" in q for q in answers(bank, "spent", "number"))


def test_each_toll_is_asked_with_its_own_place(bank: QuestionBank) -> None:
    asked = {q.split(", ", 1)[-1]: a for q, a in answers(bank, "tolls", "number").items()}
    assert asked.get("how many people did Storm Kanto leave dead in Kesra province?") == "23"
    assert asked.get("how many people did Storm Kanto leave dead in Valmore?") == "nine"


def test_a_toll_whose_place_is_unsaid_beside_another_is_not_asked(bank: QuestionBank) -> None:
    assert "14" not in answers(bank, "unplaced", "number").values()
