"""Counts, percentages, money and lengths of time, each asked from the clause it sits in."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from quizgen.models import Article, Question, QuestionBank
from quizgen.pipeline import questions_for

#: id → (sentence, how the question starts, words it must contain, answer, an accepted alias)
CASES: dict[str, tuple[str, str, str, str, str]] = {
    "count": ("The conference brought together 25 delegates from across the region.",
              "How many delegates", "conference bring together", "25", ""),
    "percentage-change": ("Exports of olive oil rose by 4.5% in the first quarter.",
                          "By what percentage", "exports of olive oil rise", "4.5%", ""),
    "money": ("The railway operator paid £30m for the new trains.",
              "How much", "railway operator pay for the new trains", "£30m", ""),
    "duration": ("The dock workers' strike lasted for three days.",
                 "For how many days", "strike last", "three days", "3 days"),
    "qualified-count": ("More than 2,000 people attended the opening ceremony of the stadium.",
                        "How many people", "attended the opening ceremony", "More than 2,000", "2,000"),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_for([Article(id=k, title=k, published=dt.date(2023, 10, 4), path=f"{k}.txt", text=v[0])
                          for k, v in CASES.items()])


def numbers(bank: QuestionBank, article_id: str) -> list[Question]:
    return [q for q in bank.questions if q.article == article_id and q.kind == "number"]


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_number_is_asked_with_what_it_measures(bank: QuestionBank, case: str) -> None:
    _, starts, words, answer, alias = CASES[case]
    (q,) = numbers(bank, case)
    assert q.question.startswith(starts)
    assert words in q.question
    assert q.answer == answer
    if alias:
        assert alias in q.aliases
    digits = re.sub(r"\D", "", answer)
    assert not digits or digits not in re.sub(r"\D", "", q.question)


@pytest.mark.parametrize("case", ["count", "percentage-change", "money"])
def test_number_distractors_keep_the_unit_and_differ_in_value(bank: QuestionBank, case: str) -> None:
    (q,) = numbers(bank, case)
    assert len(q.choices) == 4 and q.choices.count(q.answer) == 1
    unit = re.sub(r"[\d.,]", "", q.answer)
    for choice in q.choices:
        assert re.sub(r"[\d.,]", "", choice) == unit, q.choices
    assert len(set(q.choices)) == 4
