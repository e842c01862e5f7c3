"""Shapes common in news from outlets the generator was not tuned on: a title the parser takes
into the name, "H E" before a minister, sports posts, and playful speech verbs."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article, QuestionBank
from quizgen.pipeline import questions_for

TEXTS = {
    "treasurer": "Treasurer Jan Morrow announced $2 billion for new hospitals on Tuesday.",
    "excellency": "Minister of Energy H E Saad bin Rashid opened the new gas plant near the coast.",
    "skipper": 'Skipper Rohan Desai joked that the pitch was "like a road" after the match.',
    "quipped": "Coach Mark Ellis quipped that the new stadium was too big for a team of his size.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_for(
        [Article(id=k, title=k, published=dt.date(2023, 10, 4), path=f"{k}.txt", text=v) for k, v in TEXTS.items()]
    )


def _asked(bank: QuestionBank, article: str, kind: str) -> dict[str, str]:
    return {q.question: q.answer for q in bank.questions if q.article == article and q.kind == kind}


def test_a_title_inside_the_named_entity_is_still_a_post(bank: QuestionBank) -> None:
    assert _asked(bank, "treasurer", "role").get("In 2023, what post did Jan Morrow hold?") == "Treasurer"


def test_his_excellency_is_neither_name_nor_post(bank: QuestionBank) -> None:
    roles = _asked(bank, "excellency", "role")
    assert roles.get("In 2023, what post did Saad bin Rashid hold?") == "Minister of Energy"
    assert all("H E" not in q and "H E" not in a for q, a in roles.items())


def test_a_skipper_is_a_post_and_a_joke_is_a_saying(bank: QuestionBank) -> None:
    assert _asked(bank, "skipper", "role").get("In 2023, what post did Rohan Desai hold?") == "Skipper"
    assert "Rohan Desai" in _asked(bank, "skipper", "quote").values()


def test_quipped_reports_speech(bank: QuestionBank) -> None:
    quotes = _asked(bank, "quipped", "quote")
    assert any(q.startswith("Who quipped that") for q in quotes)
    assert set(quotes.values()) == {"Mark Ellis"}
