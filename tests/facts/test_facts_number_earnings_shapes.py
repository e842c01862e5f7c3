"""Earnings copy as wire services and business desks write it: each figure asked with its own noun and
its own period, never with another figure's (sentences invented)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "quarter": (
        "Harlan Brooks Bakeries Inc. reported a 31 percent rise in its fourth-quarter profit on Tuesday.\n\n"
        "Its shares climbed almost 6 percent in late trading.\n\n"
        "Harlan Brooks said Tuesday it earned $8.4 million, or 12 cents a share, in the quarter ended Jan. 28, "
        "up from $6.3 million, or 9 cents a share, in the year-earlier quarter.\n\n"
        "Harlan Brooks opened 14 new franchise-run bakeries during the quarter.\n\n"
        "Earnings for the full year rose 22 percent to $30.1 million, or 44 cents a share, compared with "
        "$24.7 million, or 36 cents a share, in the prior year."
    ),
    "named": (
        "Kestrel Foods had a good spring.\n\n"
        "Kestrel Foods said Thursday it earned $31.2 million in the three months ended May 31, up from "
        "$22.4 million in the matching months of the prior year.\n\n"
        "Sales at company stores advanced 12.5 percent to $310.4 million in the quarter, compared with "
        "$276.1 million in the year-ago quarter.\n\n"
        "Kestrel Foods earned 52 cents a share on sales of $1.9 billion in 2023."
    ),
    "person": ("The results came out on Monday.\n\nMarta Ellison said Monday it earned $5.2 million in the quarter."),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        pytest.param(  # "it" after "X said" is the firm, also when the tagger took its name for a person's
            "quarter", "How much did Harlan Brooks earn in the quarter ended Jan. 28?", "$8.4 million", id="it-earned"
        ),
        pytest.param(  # the period after "up from …" is the earlier figure's, never the newer one's
            "quarter",
            "How much did Harlan Brooks earn in the year-earlier quarter?",
            "$6.3 million",
            id="up-from-period",
        ),
        pytest.param(
            "quarter",
            "How much per share did Harlan Brooks earn in the year-earlier quarter?",
            "9 cents",
            id="up-from-per-share",
        ),
        pytest.param(  # the period before the profit stays; "its" is the firm the question names
            "quarter",
            "What percentage rise in fourth-quarter profit did Harlan Brooks Bakeries Inc. report?",
            "31 percent",
            id="rise-in-its-profit",
        ),
        pytest.param(  # a sentence's opening "its" is the firm the sentence before named
            "quarter",
            "By about what percentage did Harlan Brooks Bakeries Inc.'s shares climb in late trading on March 4?",
            "6 percent",
            id="its-shares",
        ),
        pytest.param(
            "quarter",
            "How many new franchise-run bakeries did Harlan Brooks open during the quarter?",
            "14",
            id="hyphenated-count",
        ),
        pytest.param(  # "compared with …": each figure alone, the earlier one with its own period
            "quarter",
            "By what percentage did Harlan Brooks Bakeries Inc.'s earnings for the full year rise?",
            "22 percent",
            id="compared-change",
        ),
        pytest.param(
            "quarter",
            "To what amount did Harlan Brooks Bakeries Inc.'s earnings for the full year rise?",
            "$30.1 million",
            id="compared-new",
        ),
        pytest.param(
            "quarter",
            "To what amount per share did Harlan Brooks Bakeries Inc.'s earnings for the full year rise?",
            "44 cents",
            id="compared-new-per-share",
        ),
        pytest.param(
            "quarter",
            "How much were Harlan Brooks Bakeries Inc.'s earnings for the full year in the prior year?",
            "$24.7 million",
            id="compared-old",
        ),
        pytest.param(
            "named", "How much did Kestrel Foods earn in the three months ended May 31?", "$31.2 million", id="named"
        ),
        pytest.param(
            "named",
            "How much did Kestrel Foods earn in the matching months of the prior year?",
            "$22.4 million",
            id="named-earlier",
        ),
        pytest.param(
            "named",
            "By what percentage did Kestrel Foods' sales at company stores advance in the quarter?",
            "12.5 percent",
            id="sales-change",
        ),
        pytest.param(
            "named",
            "How much were Kestrel Foods' sales at company stores in the year-ago quarter?",
            "$276.1 million",
            id="sales-year-ago",
        ),
        pytest.param(  # the sales it was earned on are a second figure, left out
            "named", "How much per share did Kestrel Foods earn in 2023?", "52 cents", id="per-share-on-sales"
        ),
    ],
)
def test_each_results_figure_has_its_noun_and_period(
    bank: QuestionBank, article: str, question: str, answer: str
) -> None:
    got = answers(bank, article, "number")
    assert got.get(question) == answer, got


def test_no_results_question_carries_another_figure_or_period(bank: QuestionBank) -> None:
    for article in ("quarter", "named"):
        for question in answers(bank, article, "number"):
            assert "$" not in question and "cents" not in question or "sales of" in question, question
            assert not ("Jan. 28" in question and "year-earlier" in question), question
            assert not ("May 31" in question and "prior year" in question), question


def test_it_after_a_persons_name_is_no_firm(bank: QuestionBank) -> None:
    assert not any("Marta Ellison" in q for q in answers(bank, "person", "number"))


CLOSES = (
    "Kestrel Foods had a good spring.\n\n"
    "In trading on the Nasdaq, Kestrel Foods shares were up $2.15 to close at $48.70.\n\n"
    "Shares of Marlin Systems were down roughly 6 percent in late trading after closing Tuesday up 2.41 percent "
    "at $88.17.\n\n"
    "Tarn Mills Ltd. posted a loss. Its shares closed down 4 percent at $9.15.\n\n"
    "The market was calm. Shares closed up 1 percent at $7.20."
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        pytest.param("By how much were Kestrel Foods shares up?", "$2.15", id="were-up"),
        pytest.param("At what price did Kestrel Foods shares close?", "$48.70", id="to-close-at"),
        pytest.param(
            "By what percentage did shares of Marlin Systems close up Tuesday?", "2.41 percent", id="closing-up"
        ),
        pytest.param("At what price did shares of Marlin Systems close Tuesday?", "$88.17", id="closing-at"),
        pytest.param("By what percentage did Tarn Mills Ltd.'s shares close down?", "4 percent", id="its-closed"),
    ],
)
def test_a_close_asks_the_move_and_the_price_apart(question: str, answer: str) -> None:
    got = answers(questions_of_texts({"closes": CLOSES}, dt.date(2024, 3, 4)), "closes", "number")
    assert got.get(question) == answer, got
    assert not any(re.search(r"\$\d|\d percent", q) for q in got), got  # neither carries the other's figure
    assert "$7.20" not in got.values(), got  # whose shares, the sentence does not say
