"""Where a post's words end: the field after a body named first ("ESA Director of Science"), where one is
sent ("envoy to the UN"), a body's name the tagger cut at "and", and a body named before ("of the institute")."""

from __future__ import annotations

import pytest
from invented_articles import answers, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "field": (
        "Rolf Berger, the ESA Director of Science, said the launch went well. The Director General of ESA, "
        "Antonio Rossi, agreed."
    ),
    "sent": "Linda Morrow, the US envoy to the UN, said the United States backed the plan.",
    "named-before": (
        "The Harbour Research Institute (HRI) opened a new lab. The new lab will be run by Sara Lind, deputy "
        "director of the institute."
    ),
    "cut": (
        '"We are working hard," said Dr. Othwonh Thabo, Acting Director of Integrated Disease Surveillance '
        "and Response in the ministry."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def test_a_field_after_a_body_named_first_is_part_of_the_post(bank: QuestionBank) -> None:
    found = answers(bank, "field", "role")
    assert found["In 2024, what post did Rolf Berger hold at ESA?"] == "Director of Science"
    assert "In 2024, who was the Director of ESA?" not in found  # that is another man's post
    assert found["In 2024, who was the Director of Science at ESA?"] == "Rolf Berger"


def test_where_an_envoy_is_sent_is_part_of_the_post(bank: QuestionBank) -> None:
    found = answers(bank, "sent", "role")
    assert found["In 2024, what post did Linda Morrow hold?"] == "US envoy to the UN"
    assert "In 2024, who was the US envoy?" not in found


def test_a_name_cut_at_and_is_asked_whole(bank: QuestionBank) -> None:
    found = answers(bank, "cut", "role")
    assert found["In 2024, what post did Othwonh Thabo hold at Integrated Disease Surveillance and Response?"] == (
        "Acting Director"
    )
    assert not [q for q in found if q.endswith("Integrated Disease Surveillance?")]


def test_the_body_a_post_is_of_is_the_one_named_before(bank: QuestionBank) -> None:
    found = answers(bank, "named-before", "role")
    assert found["In 2024, what post did Sara Lind hold at the Harbour Research Institute?"] == "deputy director"
    assert "deputy director of the institute" not in found.values()  # "the institute": which one?
