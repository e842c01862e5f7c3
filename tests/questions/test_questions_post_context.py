"""A post is asked with its body and its time: "director" alone, or "Who is …?" of an old story, is no
question a teacher would write."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article, QuestionBank
from quizgen.pipeline import questions_for

TEXTS = {
    "its": (
        "Kestrel Paving has spent four years testing the new asphalt. Its technical manager Ola Brandt says the "
        "mix lasts twice as long."
    ),
    "lead": (
        "Marlow Dairies said on Tuesday that its yearly profit rose 12% to 80 million pounds.\n\n"
        "Finance Director Ruth Okafor said feed costs had fallen."
    ),
    "bare": "Director Sam Quill said the gallery would close in winter.",
    "earlier": (
        "Brightwell Trust said on Monday that it would open ten offices in Asia. Growth abroad has been fast "
        "for Brightwell Trust.\n\n"
        "Costs rose too. Jo Pike, an analyst at Fenmore Capital, said the company faced a crowded market. "
        "Chairman Ann Dole said the company faced a crowded market."
    ),
    "state-rep": "Ohio State Rep. Dana Coe said the bill would pass.",
    "short-name": (
        "Shares in Ardent Motors fell on Monday. Sam Oake, chief executive of Motors, said sales would recover."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    dated = [Article(id=k, title=k, published=dt.date(2019, 5, 2), path=f"{k}.txt", text=v) for k, v in TEXTS.items()]
    undated = [Article(id="undated", title="undated", published=None, path="u.txt", text=TEXTS["its"])]
    return questions_for(dated + undated)


def asked(bank: QuestionBank, article: str) -> dict[str, str]:
    return {q.question: q.answer for q in bank.questions if q.article == article}


def test_its_before_a_bare_post_names_the_body_before_it(bank: QuestionBank) -> None:
    assert asked(bank, "its")["In 2019, what post did Ola Brandt hold at Kestrel Paving?"] == "technical manager"


def test_a_bare_title_belongs_to_the_body_the_story_opens_with(bank: QuestionBank) -> None:
    assert asked(bank, "lead")["In 2019, what post did Ruth Okafor hold at Marlow Dairies?"] == "Finance Director"


def test_a_bare_post_with_no_body_in_sight_is_not_asked(bank: QuestionBank) -> None:
    assert not [q for q, a in asked(bank, "bare").items() if a.lower() == "director"]


def test_an_undated_story_asks_about_the_time_of_writing(bank: QuestionBank) -> None:
    questions = asked(bank, "undated")
    assert questions["At the time of writing, what post did Ola Brandt hold at Kestrel Paving?"] == "technical manager"
    assert not [q for q in questions if q.startswith(("What post does", "Who is"))]


def test_a_stand_in_names_the_body_of_an_earlier_sentence(bank: QuestionBank) -> None:
    questions = asked(bank, "earlier")
    # the analyst's own firm, named just before, makes "the company" doubtful: no question names it
    assert not [q for q in questions if "Fenmore Capital faced" in q or "the company" in q]


def test_a_post_a_state_sends_many_to_has_no_who_is(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "state-rep") if "who was" in q.lower()]


def test_a_body_called_by_its_last_word_is_asked_by_its_full_name(bank: QuestionBank) -> None:
    questions = asked(bank, "short-name")
    assert questions["In 2019, what post did Sam Oake hold at Ardent Motors?"] == "chief executive"
    assert questions["In 2019, who was the chief executive of Ardent Motors?"] == "Sam Oake"
