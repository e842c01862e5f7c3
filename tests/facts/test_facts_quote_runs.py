"""A quote typed right after a colon with no space ('said:"The pier …'), and a speaker's next
paragraph of quotes after a quote of several sentences: both are the speaker's (not after a
paragraph in the story's own voice); so is a quote after '"A," X said.' that opens with "Those who".
A paragraph left open in quotes is the speaker's whom the next paragraph's closing quote names
('"A. ¶ "B," said X.'), unless the story was quoting someone else just before.

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
    "left-open-then-attributed": (
        "The new pier opened in Varna on Monday.\n\n"
        "Mayor Ann Ruiz said the pier had cost forty million euros.\n\n"
        "The town will also rebuild the fish market on the quay next year.\n\n"
        '"There are three hundred boats waiting for a berth in the new harbour.\n\n'
        '"We must find room for every one of them by the summer," said Ruiz.'
    ),
    "left-open-after-another-speaker": (
        "The new pier opened in Varna on Monday.\n\n"
        "Harbour master Oskar Lind says the pier comes at a good time for the town.\n\n"
        '"There are three hundred boats waiting for a berth in the new harbour.\n\n'
        '"We must find room for every one of them by the summer," said Mayor Ann Ruiz.'
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


def test_a_paragraph_left_open_is_the_speakers_the_next_one_names(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["left-open-then-attributed"] if "three hundred boats" in q.question]
    assert q.answer == "Ann Ruiz"


def test_a_paragraph_left_open_after_another_speaker_is_nobodys(quotes: dict[str, list[Question]]) -> None:
    said = quotes["left-open-after-another-speaker"]
    assert not [q for q in said if "three hundred boats" in q.question]
    assert {q.answer for q in said if "find room" in q.question} == {"Ann Ruiz"}
