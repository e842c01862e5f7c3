"""A title right after a dateline ("Pretoria - Acting Minister X") is the post without the city, and a
minister's office named by the part of government it sits in ("Minister in the Presidency") is one post."""

from __future__ import annotations

import pytest
from invented_articles import every_question_of_texts

from quizgen.models import QuestionBank

TEXT = (
    "Minister to lead government messaging\n\n"
    "Pretoria - Acting Minister in the Presidency Thandeka Mokoena will now lead interaction with the media "
    "following a public dispute among ministers.\n\n"
    "Mokoena said she would brief reporters every week.\n\n"
    "NAIROBI, March 3 - Trade Minister Joseph Kariuki said the talks would resume next week."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts({"messaging": TEXT})


def answers_about(bank: QuestionBank, name: str) -> list[str]:
    return [q.answer for q in bank.questions if q.kind == "role" and name in q.question]


def test_the_dateline_city_is_no_part_of_the_title(bank: QuestionBank) -> None:
    assert answers_about(bank, "Thandeka Mokoena") == ["Acting Minister in the Presidency"]
    assert not [q for q in bank.questions if "Pretoria" in q.answer]


def test_a_plain_title_after_a_dateline_is_kept(bank: QuestionBank) -> None:
    assert answers_about(bank, "Joseph Kariuki") == ["Trade Minister"]
