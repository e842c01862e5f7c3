"""A post taken up later by leading a body ("will run X as interim chief executive") or in a plan told in
the present ("takes over as chief executive of X in April") is asked as one to come, at that body; a
body led now is asked as a post held; a post the parser tore at its hyphens is not asked."""

from __future__ import annotations

import pytest
from invented_articles import every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    # company release
    "release": (
        "Omar Haddad, the bank's finance director, will run Crestline Bank as interim chief executive until "
        "a successor is found, the bank said on Monday."
    ),
    # trade paper
    "plan": "Leela Fontaine takes over as chief executive of the Northern Ports Authority in April.",
    # business wire: held now
    "held": "Mira Stone leads Velta Air as chief executive and has done so since 2019.",
    # a post the tokenizer splits at its hyphens
    "torn": "Ruth Mensah joins Tallis Media as editor-in-chief next month.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def _roles(bank: QuestionBank, article: str) -> dict[str, str]:
    return {q.question: q.answer for q in bank.questions if q.article == article and q.kind == "role"}


def test_a_body_led_later_gives_a_post_to_come_there(bank: QuestionBank) -> None:
    roles = _roles(bank, "release")
    assert "interim chief executive" in roles.values()
    asked = [q for q, a in roles.items() if a == "interim chief executive"]
    assert all(q.startswith("What post will Omar Haddad take up at") and "Crestline Bank" in q for q in asked)


def test_a_post_taken_over_at_a_later_time_is_not_held(bank: QuestionBank) -> None:
    roles = _roles(bank, "plan")
    assert roles.get("What post will Leela Fontaine take up at the Northern Ports Authority?") == "chief executive"
    assert not [q for q in roles if "time of writing" in q]


def test_a_body_led_now_is_a_post_held(bank: QuestionBank) -> None:
    roles = _roles(bank, "held")
    assert "chief executive" in roles.values()
    assert not [q for q in roles if "take up" in q]


def test_a_post_torn_at_its_hyphens_is_not_asked(bank: QuestionBank) -> None:
    assert "editor" not in _roles(bank, "torn").values()
