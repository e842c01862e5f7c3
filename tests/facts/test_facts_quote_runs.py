"""A quote typed right after a colon with no space ('said:"The pier …'), and a speaker's next
paragraph of quotes after a quote of several sentences: both are the speaker's (not after a
paragraph in the story's own voice); so is a quote after '"A," X said.' that opens with "Those who".

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "colon-glued-to-the-quote": (
        "The new pier opened in Varna on Monday.\n\n"
        'At the opening, the Mayor of Varna, Ann Ruiz, said:"The new pier is a real success for the whole '
        'town. We are proud of our builders."'
    ),
    "next-paragraph-after-a-long-quote": (
        "The new pier opened in Varna on Monday.\n\n"
        'At the opening, Mayor Ann Ruiz said: "The new pier is a real success for the whole town. We are '
        'proud of our builders. They worked through two hard winters."\n\n'
        '"The next task is the fish market on the quay. We must make sure the fishermen can sell there '
        'by the summer."'
    ),
    "two-paragraphs-on": (
        "The new pier opened in Varna on Monday.\n\n"
        'At the opening, Mayor Ann Ruiz said: "The new pier is a real success for the whole town. We are '
        'proud of our builders."\n\n'
        "The pier cost forty million euros and took two years to build.\n\n"
        '"The next task is the fish market on the quay. We must make sure the fishermen can sell there '
        'by the summer."'
    ),
    "those-who-opens-a-quote": (
        "The derby was played in Varna on Sunday.\n\n"
        '"Ten of the fifteen players in the squad have played every game this season," coach Oskar Lind '
        'said. "Those who are injured will miss the next three matches at the very least."'
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_quote_glued_to_its_colon_is_the_speakers(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["colon-glued-to-the-quote"]
    assert "The new pier is a real success for the whole town" in q.question
    assert q.answer == "Ann Ruiz"


def test_the_next_paragraph_of_quotes_goes_on_after_a_long_quote(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["next-paragraph-after-a-long-quote"] if "fish market" in q.question]
    assert q.answer == "Ann Ruiz"


def test_a_quote_after_a_paragraph_of_the_story_is_nobodys(quotes: dict[str, list[Question]]) -> None:
    assert not [q for q in quotes["two-paragraphs-on"] if "fish market" in q.question]


def test_a_quote_opening_with_those_who_is_a_statement_of_its_own(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["those-who-opens-a-quote"] if "Those who are injured" in q.question]
    assert q.answer == "Oskar Lind"
