"""Members of parliaments other than "MP" written before a name ("Fine Gael TD X", "MLA X",
"District Collector X"), also when the tagger reads the title as a name of its own."""

from __future__ import annotations

import pytest
from invented_articles import every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "members": (
        "Fine Gael TD John Lahan said the party needed a review. "
        "Kestrel MLA Ravi Menon inaugurated the school on Monday. "
        "District Collector S. Karan chaired the meeting."
    )
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


@pytest.mark.parametrize(
    ("person", "post"), [("John Lahan", "TD"), ("Ravi Menon", "Kestrel MLA"), ("S. Karan", "District Collector")]
)
def test_a_members_title_before_the_name_is_a_post(bank: QuestionBank, person: str, post: str) -> None:
    found = {q.answer for q in bank.questions if q.kind == "role" and f"what post did {person} hold" in q.question}
    assert found == {post}


def test_the_title_is_not_part_of_the_speakers_name(bank: QuestionBank) -> None:
    speakers = {q.answer for q in bank.questions if q.kind == "quote"}
    assert "John Lahan" in speakers and not [s for s in speakers if "TD" in s]
