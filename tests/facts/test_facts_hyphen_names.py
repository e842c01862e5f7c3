"""Given names with a hyphen and a lower-case syllable ("Moon Jae-in") are whole names; an English
word after a name's hyphen ("Trump-led") is no part of it."""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "title-before": "Trade Minister Baek Min-seo said the port deal would be signed on Friday.",
    "possessive": "Exports rose after President Cho Hae-yeol's visit to Busan.\n\nCho said the visit was a success.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


@pytest.mark.parametrize(
    ("article", "person", "post"),
    [("title-before", "Baek Min-seo", "Trade Minister"), ("possessive", "Cho Hae-yeol", "President")],
)
def test_a_hyphenated_given_name_is_asked_whole(bank: QuestionBank, article: str, person: str, post: str) -> None:
    roles = asked(bank, article, "role")
    assert any(q.answer == post and person in q.question for q in roles)
    assert not any(person.split("-")[0] + " " in q.question + " " for q in roles)  # never "Baek Min" alone


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The Ivo Brandt-led council met.", "Brandt"),
        ("He liked the Ann Ruiz-era rules.", "Ruiz"),
        ("The Tom Vale-run fund grew.", "Vale"),
        ("Talks with Hae-yeol went well.", "Hae"),
    ],
)
def test_an_english_word_or_a_lone_name_keeps_its_hyphen_out(text: str, first: str) -> None:
    from quizgen.facts.hyphen_names import hyphen_tail
    from quizgen.nlp import load_nlp

    doc = load_nlp()(text)
    token = next(t for t in doc if t.text == first)
    assert hyphen_tail(token).i == token.i
