"""Shapes common in news from outlets the generator was not tuned on: a title the parser takes
into the name, "H E" before a minister, sports posts, and playful speech verbs."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "treasurer": "Treasurer Jan Morrow announced $2 billion for new hospitals on Tuesday.",
    "excellency": "Minister of Energy H E Saad bin Rashid opened the new gas plant near the coast.",
    "skipper": 'Skipper Rohan Desai joked that the pitch was "like a road" after the match.',
    "quipped": "Coach Mark Ellis quipped that the new stadium was too big for a team of his size.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2023, 10, 4))


def test_a_title_inside_the_named_entity_is_still_a_post(bank: QuestionBank) -> None:
    assert answers(bank, "treasurer", "role").get("In 2023, what post did Jan Morrow hold?") == "Treasurer"


def test_his_excellency_is_neither_name_nor_post(bank: QuestionBank) -> None:
    roles = answers(bank, "excellency", "role")
    assert roles.get("In 2023, what post did Saad bin Rashid hold?") == "Minister of Energy"
    assert all("H E" not in q and "H E" not in a for q, a in roles.items())


def test_a_skipper_is_a_post_and_a_joke_is_a_saying(bank: QuestionBank) -> None:
    assert answers(bank, "skipper", "role").get("In 2023, what post did Rohan Desai hold?") == "Skipper"
    assert "Rohan Desai" in answers(bank, "skipper", "quote").values()


def test_quipped_reports_speech(bank: QuestionBank) -> None:
    quotes = answers(bank, "quipped", "quote")
    assert any(q.startswith("Who quipped that") for q in quotes)
    assert set(quotes.values()) == {"Mark Ellis"}
