"""Institutions named in an aside after a name ("said X, of the Y Institute") and scientists' posts
the word lists cannot all name ("a NLI water chemist", "marine geochemist")."""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "of-aside": '"The lakes are warming faster than the air," said Marta Quill, of the Northern Lakes Institute.',
    "from-aside": "Halden Port will close its oldest dock, said Ivo Brandt, from the Baltic Shipping Council.",
    "geochemist": '"These samples show where the oil went," said Owen Pratt, a marine geochemist at the '
    "Northern Lakes Institute.",
    "at-aside": "Ivo Brandt, at the Baltic Shipping Council's annual dinner, praised the port.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


@pytest.mark.parametrize(
    ("article", "person", "org"),
    [("of-aside", "Marta Quill", "Northern Lakes Institute"), ("from-aside", "Ivo Brandt", "Baltic Shipping Council")],
)
def test_institution_in_an_aside_after_the_name_is_the_persons(
    bank: QuestionBank, article: str, person: str, org: str
) -> None:
    roles = asked(bank, article, "role")
    assert [q.answer for q in roles if person in q.question] == [org]


def test_at_a_place_in_an_aside_is_no_affiliation(bank: QuestionBank) -> None:
    """'X, at the council's annual dinner': where X was, not whom X works for."""
    assert asked(bank, "at-aside", "role") == []


def test_a_scientists_post_is_asked_and_never_as_the_only_holder(bank: QuestionBank) -> None:
    roles = asked(bank, "geochemist", "role")
    post = [q for q in roles if q.question.endswith("hold at the Northern Lakes Institute?")]
    assert [q.answer for q in post] == ["marine geochemist"]
    assert not [q for q in roles if "who was" in q.question.lower()]  # the institute has many
