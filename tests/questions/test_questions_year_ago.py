"""A results story's year-ago figure is asked with the period it compares, never "in the same year-ago
period" alone, which names no period a learner could know. Every sentence is our own invention."""

from __future__ import annotations

import pytest

from quizgen.questions.year_ago import with_year_ago_period

SALES = (
    "Store sales rose 12 percent to $84.1 million in the third quarter, compared with $75.1 million "
    "in the same year-ago period."
)
PROFIT = "Profit for the first half climbed to $9.2 million from $7.7 million during the same period of last year."


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "How much were store sales in the same year-ago period?",
            SALES,
            "How much were store sales in the year-ago third quarter?",
        ),
        (
            "How much was Orvane's profit for the first half during the same period of last year?",
            PROFIT,
            "How much was Orvane's profit for the first half of last year?",
        ),
        (
            "How much was Orvane's profit during the same period of last year?",
            PROFIT,
            "How much was Orvane's profit for the first half of last year?",
        ),
        (  # no period in the sentence to say: the question stays as written
            "How much were sales in the same year-ago period?",
            "Sales were $5 million, against $4 million in the same year-ago period.",
            "How much were sales in the same year-ago period?",
        ),
        ("How much were store sales in the third quarter?", SALES, "How much were store sales in the third quarter?"),
    ],
)
def test_the_year_ago_period_is_named(question: str, sentence: str, expected: str) -> None:
    assert with_year_ago_period(question, sentence) == expected


def test_a_results_story_asks_the_year_ago_sales_with_their_quarter() -> None:
    from invented_articles import asked, questions_of_texts

    bank = questions_of_texts({"results": "Kestrel Foods Inc said its profit rose on Thursday. " + SALES})
    asked_numbers = {q.answer: q.question for q in asked(bank, "results", "number")}
    assert asked_numbers.get("$75.1 million") == "How much were store sales in the year-ago third quarter?"
