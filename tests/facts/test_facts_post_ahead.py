"""Posts taken up later are never asked as held; "the school" is named only when one school is in
reach; "announced X, effective 1 May" yields no second, garbled statement."""

from __future__ import annotations

import pytest
from invented_articles import every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    # company release
    "release": (
        "HARWICK, 3 June 2024 -- Tarnby Power plc today announced the appointment of Ines Dalgaard as "
        "Chief Executive Officer, effective 1 September 2024. Mr Oskar Brandt will remain with the company "
        "as an adviser until the end of the year."
    ),
    # British paper
    "paper": (
        "Colm Fairley, a former deputy governor of the Bank of Harwick, will join the Tarnby Oversight Board as "
        "an adviser in September, ministers said yesterday."
    ),
    # wire copy
    "wire": (
        "KELSO, Feb 4 (Reuters) - Vantor Motors Corp said on Tuesday that Aiko Brandt is to serve as chief "
        "executive from April. Vantor also said Lena Moss was appointed as finance chief, effective May 1."
    ),
    # university news
    "university": (
        "Professor Rhea Tolland has been appointed as dean of the Kelso School of Law and will start in June, "
        "the university said on Wednesday."
    ),
    # the same shapes, told as done: these posts are held
    "held": ("Carys Pell serves as an adviser to the Tarnby Oversight Board."),
    # a stand-in with two bodies of its kind in reach
    "standin": (
        "The move comes a week after the Dunmore Law School announced a scholarship fund.\n\n"
        "The school raised $42 million last year, its dean at the Kelso School of Law said on Tuesday.\n\n"
        "Greyfield College and Marlow College signed a research deal in May. The college will hire 40 "
        "researchers by 2026."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def _held(bank: QuestionBank, article: str) -> dict[str, str]:
    return {
        q.question: q.answer
        for q in bank.questions
        if q.article == article and q.kind == "role" and "post did" in q.question
        if not q.question.startswith("What post did")  # a post left behind
    }


@pytest.mark.parametrize("article", ["release", "paper", "wire", "university"])
def test_a_post_taken_up_later_is_not_asked_as_held(bank: QuestionBank, article: str) -> None:
    held = _held(bank, article)
    posts = ("adviser", "chief executive", "finance chief", "dean")
    assert not [a for a in held.values() if a.lower().startswith(posts)]


def test_a_post_stated_as_held_or_left_is_still_asked(bank: QuestionBank) -> None:
    answers = {q.question: q.answer for q in bank.questions if q.article == "held" and q.kind == "role"}
    assert "adviser to the Tarnby Oversight Board" in answers.values()


def test_effective_date_is_no_statement_of_its_own(bank: QuestionBank) -> None:
    questions = [q.question for q in bank.questions if q.article == "release"]
    assert not [q for q in questions if q.endswith("announced effective 1 September 2024?")]


def test_a_stand_in_with_two_bodies_of_its_kind_in_reach_is_not_named(bank: QuestionBank) -> None:
    questions = [(q.question, q.answer) for q in bank.questions if q.article == "standin" and q.kind == "number"]
    assert not [q for q, a in questions if a == "$42 million" and "Dunmore" in q]
    assert not [q for q, a in questions if a == "40" and "College" in q]


def test_a_post_taken_up_later_is_asked_as_one_to_come(bank: QuestionBank) -> None:
    ahead = {q.question: q.answer for q in bank.questions if q.article == "paper" and "take up" in q.question}
    assert ahead == {"What post will Colm Fairley take up?": "adviser"}
    held = [q for q in bank.questions if q.article == "paper" and q.answer == "adviser" and "take up" not in q.question]
    assert not held, [q.question for q in held]  # no "Who is the adviser …?", no "besides being …"
