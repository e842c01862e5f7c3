"""Speakers called by an epithet: news names a person, then quotes "the 27-year-old", "the Austrian",
"the three-time champion". The speaker is the person the story last named in its own voice whose
age and nationality, where the article gives them, fit; nobody when two fit as well, and never the
epithet itself ("Which group said …? — Austrian").

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "an-age-that-fits-one": (
        "Berg wins in Varna\n\n"
        "Croatian player Oskar Berg won the Varna Open on Sunday, beating the Austrian Daniel Okafor in three sets.\n\n"
        "Okafor, 31, had reached his first final of the season on Saturday.\n\n"
        '"I felt strong from the first point and never let him back into the match," the 27-year-old said.'
    ),
    "a-nationality-and-then-he": (
        "Okafor loses in Varna\n\n"
        "Daniel Okafor lost the final of the Varna Open on Sunday.\n\n"
        '"My serve was not there today and every weak ball was punished," the Austrian admitted.\n\n'
        '"It has been a hard season for me on the clay courts," he added.'
    ),
    "a-title-count-for-the-topic": (
        "Lind back on court\n\n"
        "Ann Lind returned to the tour in Varna on Monday after eight months out with a knee injury.\n\n"
        '"I missed the noise of the crowd more than anything else in those long months," the '
        "three-time champion said."
    ),
    "two-people-who-fit-alike": (
        "Varna final set\n\n"
        "Oskar Berg and Daniel Okafor will meet in the final of the Varna Open on Sunday.\n\n"
        '"I will need to serve much better than I did in the semi-final," the 27-year-old said.'
    ),
    "no-one-named-fits": (
        "Varna final set\n\n"
        "The Austrian player Oskar Berg will play the final of the Varna Open on Sunday.\n\n"
        '"He will need to serve much better than he did in the semi-final," the Croatian said.'
    ),
    "a-title-the-model-calls-a-person": (
        "Cardinal visits Varna\n\n"
        "Cardinal Oskar Lind arrived in Varna on Monday for a three-day visit.\n\n"
        '"We pray for the fishermen of this coast and for their families," the Pope said in a message read '
        "at the harbour."
    ),
    "a-former-office-may-be-anyone": (
        "Harbour tax row\n\n"
        "Ann Lind, who runs a ferry company in Varna, spoke against the harbour tax on Monday.\n\n"
        '"The tax was never meant to fall on the small ferry firms of this coast," the former minister said.'
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_an_age_the_article_gave_another_person_rules_them_out(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["an-age-that-fits-one"] if "first point" in q.question]
    assert q.answer == "Oskar Berg"


def test_a_nationality_speaks_for_the_person_last_named_and_so_does_the_he_after_it(
    quotes: dict[str, list[Question]],
) -> None:
    said = {q.answer for q in quotes["a-nationality-and-then-he"] if "serve" in q.question or "season" in q.question}
    assert said == {"Daniel Okafor"}
    assert len([q for q in quotes["a-nationality-and-then-he"] if q.answer == "Daniel Okafor"]) >= 2


def test_a_title_count_speaks_for_the_person_last_named(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["a-title-count-for-the-topic"] if "noise of the crowd" in q.question]
    assert q.answer == "Ann Lind"


@pytest.mark.parametrize(
    "article",
    [
        "two-people-who-fit-alike",
        "no-one-named-fits",
        "a-former-office-may-be-anyone",
        "a-title-the-model-calls-a-person",
    ],
)
def test_an_epithet_that_fits_no_one_alone_asks_nothing(quotes: dict[str, list[Question]], article: str) -> None:
    asked = [q for q in quotes[article] if any(w in q.question for w in ("serve", "ferry firms", "fishermen"))]
    assert not asked
