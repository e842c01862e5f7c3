"""A bracketed short name whose letters do not spell the long form (a name from another language)
is the same body: it is not asked as an acronym, an answer written either way is right, and the two
names are never offered as one right and one false option."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.grading.verdict import grade_answer
from quizgen.models import Question, QuestionBank

TEXT = (
    "Glacier find rewrites valley history\n\n"
    "BERNE, May 9 (Reuters) - Researchers at the Alpine Institute for Snow Studies (ELWS) said on Friday "
    "that they had dated pine trunks found under the Rhone ice.\n\n"
    "The ELWS said further digs were planned for next summer, and the Geneva Water Board said it would "
    "pay for them.\n\n"
    "Shares of Pendle Holdings (UK) rose after the UK regulator approved the deal."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts({"glacier": TEXT})


def _about_digs(bank: QuestionBank) -> Question:
    return next(q for q in bank.questions if "digs" in q.question)


def test_the_body_is_named_in_full_and_its_short_name_is_accepted(bank: QuestionBank) -> None:
    question = _about_digs(bank)
    assert question.answer == "Alpine Institute for Snow Studies"
    assert grade_answer("ELWS", question).correct


def test_the_short_name_is_never_a_false_option(bank: QuestionBank) -> None:
    question = _about_digs(bank)
    assert "ELWS" not in question.choices


def test_letters_that_spell_nothing_are_not_asked_as_an_acronym(bank: QuestionBank) -> None:
    assert not [q for q in bank.questions if q.kind == "acronym" and "ELWS" in q.question]


def test_a_place_in_brackets_is_not_a_name_of_the_body(bank: QuestionBank) -> None:
    assert not [q for q in bank.questions if q.answer == "Pendle Holdings" and "UK" in q.aliases]
