"""A post its holder no longer holds is never asked as held now ("assassinated president"), and a
person written with an initial ("J. Orrin") is never an organization, nor passed over by "he"."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "assassinated": (
        "Envoy threatened\n\n"
        "A man was arrested in Oslo on Monday for threatening the embassy.\n\n"
        "Ann Velde, the daughter of assassinated Harwick president Tom Velde, took up her post in Oslo in 2015.\n\n"
        'The statement was made by T. Marlow, who said "We are calm and will stay calm through the winter."'
    ),
    "initial": (
        "Harbour reopens\n\nLena Holt, chair of the Orvik Harbour Trust, opened the new quay on Friday.\n\n"
        "The Nordic Fisheries Board said catches had fallen.\n\n"
        '"This has not been good for fishermen, more so when prices dropped by 200 crowns a tonne," J. Orrin said '
        "when he returned from London on Friday."
    ),
    "past-year": (
        "Envoy dies at 87\n\nLena Moss, a former ambassador, died on Monday at 87. In 1997, President Tom Harlan "
        "named her ambassador to Norland. Foreign Minister Ann Lind said on Monday that Moss was a pioneer."
    ),
    "previous-government": (
        "Budget attacked\n\nThe finance minister in the previous government, Ivo Marsh, criticised the budget "
        "on Monday. The trade minister, Lena Brekke, defended it."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def test_an_assassinated_president_is_never_asked_as_president_now(bank: QuestionBank) -> None:
    roles = [q for q in bank.questions if q.kind == "role" and "Tom Velde" in (q.question + q.answer)]
    assert roles, "the post is still asked, as a post held once"
    assert not [q for q in roles if q.question.startswith("In 2024")], [q.question for q in roles]
    assert any(q.question.startswith("What post did") for q in roles)


def test_an_initial_and_a_surname_is_no_organization(bank: QuestionBank) -> None:
    asked_orgs = [q for q in bank.questions if "organization" in q.question]
    assert all("T. Marlow" != q.answer and "T. Marlow" not in q.choices for q in asked_orgs), asked_orgs


def test_he_after_a_name_with_an_initial_is_not_the_person_named_before(bank: QuestionBank) -> None:
    returned = [q for q in bank.questions if q.article == "initial" and "return" in q.question]
    assert not [q for q in returned if "Lena Holt" in q.question], [q.question for q in returned]


def test_a_post_in_a_government_that_has_gone_is_a_former_one(bank: QuestionBank) -> None:
    """'The finance minister in the previous government, Ivo Marsh, …': his post is a former one, and the
    name the model took for a body is his (never "Which organization criticised the budget? — Ivo Marsh")."""
    asked = {q.question: q.answer for q in bank.questions if q.article == "previous-government"}
    assert asked.get("What post did Ivo Marsh hold?") == "former finance minister", asked
    assert "Ivo Marsh" not in [a for q, a in asked.items() if "organization" in q], asked


def test_a_title_in_a_sentence_dated_years_before_is_not_asked_as_held_now(bank: QuestionBank) -> None:
    """'In 1997, President Tom Harlan named her …': "In 2024, what post did Tom Harlan hold? — President"
    would be false; the minister who spoke on Monday is still asked."""
    asked = {q.question: q.answer for q in bank.questions if q.article == "past-year" and q.kind == "role"}
    assert not [q for q in asked if "Tom Harlan" in q], asked
    assert asked.get("In 2024, what post did Ann Lind hold?") == "Foreign Minister", asked
