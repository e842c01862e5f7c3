"""Speakers described by a post before or after the article names them: "a 52-year-old professor told
reporters …" before "… said Prof Oskar Berg"; "the minister said" with one minister in the story.
Only the one person the article gives that post, whose stated age fits and whose post holds the
description's words, is the speaker; otherwise nobody (a wrong speaker is the worst answer).

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

STORM = (
    "Storm hits Varna\n\n"
    "A storm tore roofs off homes in Varna on Monday.\n\n"
    "A 52-year-old professor who left his house near the sea told reporters he saw boats thrown onto "
    "the quay by the waves.\n\n"
    '"I have never seen the sea rise so fast in all my years here," said Prof Oskar Berg{age}, who lives '
    "in Varna with his wife."
)
ARTICLES = {
    "a-professor-named-after": STORM.format(age=""),
    "a-professor-whose-age-differs": STORM.format(age=", 61,"),
    "the-one-minister": (
        "Harbour tax to rise\n\n"
        "Finance Minister Ann Lind met harbour workers in Varna on Monday.\n\n"
        "The minister said on Tuesday that the harbour tax would rise next year."
    ),
    "two-ministers": (
        "Harbour tax to rise\n\n"
        "Finance Minister Ann Lind and Fisheries Minister Oskar Berg met in Varna on Monday.\n\n"
        "The minister said on Tuesday that the harbour tax would rise next year."
    ),
    "a-minister-of-another-post": (
        "Harbour tax to rise\n\n"
        "Finance Minister Ann Lind said on Monday that the harbour tax would rise next year.\n\n"
        "The minister for health said on Tuesday that the new clinic in Varna would open in May."
    ),
    "a-professor-never-named": (
        "Harbour tax to rise\n\n"
        "Finance Minister Ann Lind met harbour workers in Varna on Monday.\n\n"
        "The 45-year-old professor said on Tuesday that the harbour tax would hurt the small ferry firms."
    ),
    "a-minister-without-an-age": (
        "Harbour tax to rise\n\n"
        "A minister said on Monday that the harbour tax would hurt the small ferry firms.\n\n"
        "Finance Minister Ann Lind said on Tuesday that the tax would rise next year."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def _who(questions: list[Question], words: str) -> set[str]:
    return {q.answer for q in questions if words in q.question}


def test_a_described_professor_is_the_one_the_article_names_prof_next(quotes: dict[str, list[Question]]) -> None:
    assert _who(quotes["a-professor-named-after"], "boats thrown") == {"Oskar Berg"}


def test_the_one_minister_of_the_story_speaks_as_the_minister(quotes: dict[str, list[Question]]) -> None:
    assert _who(quotes["the-one-minister"], "harbour tax would rise") == {"Ann Lind"}


@pytest.mark.parametrize(
    ("article", "words"),
    [
        ("a-professor-whose-age-differs", "boats thrown"),
        ("two-ministers", "harbour tax would rise"),
        ("a-minister-of-another-post", "new clinic"),
        ("a-professor-never-named", "small ferry firms"),
        ("a-minister-without-an-age", "small ferry firms"),
    ],
)
def test_a_description_that_may_be_someone_else_is_not_asked(
    quotes: dict[str, list[Question]], article: str, words: str
) -> None:
    assert _who(quotes[article], words) == set()
