"""Shapes found probing wire and agency stories: each once went wrong, so each is pinned here."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article, QuestionBank
from quizgen.pipeline import questions_for

TEXT = """The 2021 Coastal Energy Forum opened in Harlow on Thursday, attracting more than 400 delegates.

The forum was organized by the Ministry of Energy and the Northern Classification Society (NCS).

Liu Wen, vice-minister of energy, said that the ministry would publish new rules next year.

Anna Berg, secretary-general of the Baltic Ports Association, said the plan was sound.

The opposition's energy spokesman, Mark Reynolds, said the rules came too late for the industry.

The number of electric ferries in the region rose from 150 in 2019 to 420 last year.
"""


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    article = Article(id="wire", title="Wire", published=dt.date(2021, 9, 24), path="-", text=TEXT)
    return questions_for([article])


def answers_to(bank: QuestionBank, start: str) -> list[str]:
    return [q.answer for q in bank.questions if q.question.startswith(start)]


def test_hyphenated_titles_stay_whole(bank: QuestionBank) -> None:
    assert "vice-minister of energy" in answers_to(bank, "In 2021, what post did Liu Wen hold")
    assert "secretary-general" in answers_to(bank, "In 2021, what post did Anna Berg hold")


def test_possessive_owner_is_not_part_of_the_post(bank: QuestionBank) -> None:
    posts = answers_to(bank, "In 2021, what post did Mark Reynolds hold")
    assert posts and all("'s" not in p for p in posts)


def test_acronym_takes_the_run_of_word_initials(bank: QuestionBank) -> None:
    assert answers_to(bank, "What does NCS stand for") == ["Northern Classification Society"]


def test_a_participle_is_asked_with_the_main_subject(bank: QuestionBank) -> None:
    (question,) = [q for q in bank.questions if q.kind == "number" and "delegates" in q.question]
    assert question.question.startswith("More than how many delegates did the 2021 Coastal Energy Forum attract")
    assert question.answer == "400"


def test_dates_of_figures_are_not_asked_as_events(bank: QuestionBank) -> None:
    assert not [q for q in bank.questions if q.kind == "date" and "electric ferries" in q.question]


def test_an_event_is_never_the_answer_to_which_organization(bank: QuestionBank) -> None:
    assert not [q for q in bank.questions if q.question.startswith("Which organization") and "Forum" in q.answer]
