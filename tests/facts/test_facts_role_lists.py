"""Posts in "who" clauses, in lists that "former" opens, and after a capitalised "Acting": read so a
post left is never asked as held, and a second post keeps its own body (sentences invented)."""

from __future__ import annotations

import pytest
from invented_articles import answers, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "doubles": "Julia Brandt said she met Prime Minister Anders Holm, who also doubles as finance minister, "
    "at the Government House on Monday.",
    "serves": "Maria Lind, who also serves as chair of the Harbour Trust, said the plan was sound.",
    "takes-over": "Maria Lind, who takes over as chair of the Harbour Trust in May, said the plan was sound.",
    "acting": "Acting President Dana Whitfield said the council meeting would be held via video.",
    "of-list": "Halvard Moe, a former deputy mayor of Bergen and Nordic Ports Association president, "
    "admitted the charges in March.",
    "title-list": "Former Bergen Harbour Authority chairman and Fjord Shipping Council chief Olav Rud, "
    "who gave evidence at the trial, declined to comment.",
    "now": "Ruth Olsen, the former chief executive of Harbour Bank and now chair of the Nordic Trade Council, "
    "was questioned by police.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def test_a_post_in_a_who_clause_is_the_names(bank: QuestionBank) -> None:
    assert "finance minister" in answers(bank, "doubles", "role").values()
    assert answers(bank, "serves", "role").get("In 2024, who was the chair of the Harbour Trust?") == ("Maria Lind")


def test_a_post_taken_up_in_a_who_clause_is_not_held(bank: QuestionBank) -> None:
    asked = answers(bank, "takes-over", "role")
    assert not any(q.startswith("In 2024") for q in asked), asked


def test_an_acting_head_of_state_post_is_asked(bank: QuestionBank) -> None:
    assert answers(bank, "acting", "role") == {"In 2024, what post did Dana Whitfield hold?": ("acting President")}


def test_former_before_a_list_of_posts_covers_the_second(bank: QuestionBank) -> None:
    asked = answers(bank, "of-list", "role")
    assert asked.get("What post did Halvard Moe hold at the Nordic Ports Association?") == "former president", asked
    assert not any(q.startswith("In 2024") for q in asked), asked


def test_former_before_a_list_of_titles_covers_the_last(bank: QuestionBank) -> None:
    asked = answers(bank, "title-list", "role")
    assert "former chief" in asked.values(), asked
    assert not any(q.startswith("In 2024") for q in asked), asked


def test_now_gives_the_second_post_its_own_tenure(bank: QuestionBank) -> None:
    asked = answers(bank, "now", "role")
    assert asked.get("In 2024, what post did Ruth Olsen hold at the Nordic Trade Council?") == "chair"
