"""A count asked after an auxiliary ("How much did …?") counts no "did"; a demonym names its own country
("Iranian" is Iran's, not Iraq's; "Dutch" the Netherlands'), or none when its stem fits several."""

from __future__ import annotations

import pytest

from quizgen.models import Question
from quizgen.questions.foreign_posts import _country_of
from quizgen.questions.title_quantity import _asked_nouns


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("How much did the Harwick council pay for the ferries?", set()),
        ("How many have the Vellan ferries carried?", set()),
        ("How many passengers did the Vellan ferries carry?", {"passengers"}),
    ],
)
def test_a_count_asked_after_an_auxiliary_counts_no_auxiliary(question: str, nouns: set[str]) -> None:
    asked = Question(id="q", article="a", kind="number", question=question, answer="12 million")
    assert _asked_nouns(asked) == nouns


@pytest.mark.parametrize(
    ("demonym", "country"),
    [
        ("Iranian", "Iran"),
        ("Nigerian", "Nigeria"),
        ("Maltese", "Malta"),
        ("Belgian", "Belgium"),
        ("Chilean", "Chile"),
        ("Dutch", "Netherlands"),
        ("Greek", "Greece"),
        ("Swiss", "Switzerland"),
        ("French", "France"),
        ("Bangladeshi", "Bangladesh"),
        ("Korean", None),  # North or South: not said
    ],
)
def test_a_demonym_names_its_own_country(demonym: str, country: str | None) -> None:
    assert _country_of(demonym) == country


@pytest.mark.parametrize("name", ["Turkey", "Myanmar", "Burma", "Congo", "East Timor", "North Macedonia", "Eswatini"])
def test_countries_news_names_by_their_common_names_are_countries(name: str) -> None:
    from quizgen.facts.places import is_country

    assert is_country(name)


@pytest.mark.parametrize(
    ("post", "sentence", "answer"),
    [
        (
            "lecturer",
            "Ann Lind, a lecturer at Kestrel University and Labour councillor, said the plan was sound.",
            "lecturer at Kestrel University",
        ),
        (
            "former dean",
            "Kendall Harris, a former dean at Lakeside's medical school, said the plan was sound.",
            "former dean at Lakeside's medical school",
        ),
        (
            "director",
            "Tom Vale is director at Smith and Wesson Holdings and chairman of Acme.",
            "director at Smith and Wesson Holdings",
        ),
    ],
)
def test_a_post_gets_back_its_whole_body_and_no_second_post(post: str, sentence: str, answer: str) -> None:
    from quizgen.questions.foreign_posts import with_lost_body

    assert with_lost_body(post, sentence) == answer


def test_a_contracted_has_is_written_out_as_has() -> None:
    from invented_articles import date_questions

    asked = date_questions("Mayor Elena Brant opened the new harbour on Monday. She's been mayor since 2019.")
    assert "Since when has Elena Brant been mayor?" in [q.question for q in asked], [q.question for q in asked]
