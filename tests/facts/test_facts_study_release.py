"""A university's study release, as such releases are written: a lead author with a post, a body
named "… Research" that funds the research, a numbered label ("type 2"), and a group the study
defines by a figure. Every sentence here is invented."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_text

from quizgen.models import Question

RELEASE = (
    "Study links night shifts to higher diabetes risk\n\n"
    "Nurses who work night shifts for more than 10 years are 40 per cent more likely to develop type 2 "
    "diabetes, according to a study by researchers at Kelvin University.\n\n"
    "The study, which followed 21,000 nurses in Scotland between 2005 and 2020, was published on Monday in "
    "the Harwick Medical Journal.\n\n"
    "Lead author Dr Sarah Onu, a senior lecturer in public health at the university, said the findings "
    "should prompt employers to rethink rotas.\n\n"
    "The research was funded by the National Institute for Health Research (NIHR) with a grant of £1.2 million.\n"
)


@pytest.fixture(scope="module")
def asked() -> list[Question]:
    return questions_of_text(RELEASE)


def test_a_numbered_label_is_no_count(asked: list[Question]) -> None:
    """ "type 2 diabetes": never "How many diabetes are nurses … likely to develop? — 2"."""
    assert not [q for q in asked if q.answer == "2"]


def test_a_figure_that_defines_the_group_studied_is_not_asked(asked: list[Question]) -> None:
    """ "Nurses who work night shifts for more than 10 years are …": the 10 years say which nurses."""
    assert not [q for q in asked if "10 years" in q.answer]


def test_a_body_named_research_is_not_the_research(asked: list[Question]) -> None:
    (funded,) = [q for q in asked if q.answer == "£1.2 million"]
    assert "funded by the National Institute for Health Research" in funded.question
    assert "Institute for Research" not in funded.question


def test_an_authors_part_is_no_post_even_beside_a_post(asked: list[Question]) -> None:
    posts = {q.answer for q in asked if q.kind == "role"}
    assert "senior lecturer" in posts
    assert not {p for p in posts if "author" in p.lower()}
