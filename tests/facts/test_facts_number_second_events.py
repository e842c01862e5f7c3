"""Figures a number question must not ask because the clause is not the figure's own: a vote tally's
first side, a "with" clause after a comma that is its own event (sentences invented)."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

TEXTS = {
    "tally-by": (
        "Senate passes water bill\n\n"
        "CANBERRA, Nov 8 - The Senate on Thursday passed the government's water reform bill by 38 votes to 31, "
        "ending a debate that had run for three weeks."
    ),
    "tally-against": (
        "Assembly backs new budget\n\n"
        "The state assembly approved the budget by 61 votes against 40 on Tuesday, the speaker said."
    ),
    "with-participle": (
        "Council approves library plan\n\n"
        "The council will borrow £30m of the cost, with a grant of £12m from the government's levelling up "
        "fund covering most of the rest."
    ),
}


@pytest.fixture(scope="module")
def asked() -> dict[str, list[Question]]:
    return asked_by_article(TEXTS, "number")


@pytest.mark.parametrize("name", ["tally-by", "tally-against"])
def test_one_side_of_a_tally_is_never_asked_with_the_other_glued_on(
    asked: dict[str, list[Question]], name: str
) -> None:
    wrong = [q.question for q in asked.get(name, []) if q.answer in ("38", "31", "61", "40")]
    assert not wrong


def test_a_comma_with_clause_with_its_own_participle_is_not_asked_as_the_verbs_circumstance(
    asked: dict[str, list[Question]],
) -> None:
    assert not [q.question for q in asked.get("with-participle", []) if q.question.startswith("With ")]


BASES = {
    "not-counting": (
        "Nexora beats forecasts\n\n"
        "SAN JOSE (IDG News Service) - Nexora posted a profit of $1.4 billion for its first quarter. "
        "Not counting certain one-time items, earnings per share was $0.33."
    ),
    "adjusted": (
        "Pay squeeze goes on\n\n"
        "Adjusted for inflation, average weekly pay in Britain fell 2.5 percent in 2023, the Office for National "
        "Statistics said on Tuesday."
    ),
}


@pytest.mark.parametrize(
    ("name", "figure", "basis"),
    [("not-counting", "$0.33", "not counting certain one-time items"), ("adjusted", "2.5", "adjusted for inflation")],
)
def test_a_fronted_basis_stays_with_the_figure_it_qualifies(name: str, figure: str, basis: str) -> None:
    asked = asked_by_article({name: BASES[name]}, "number")[name]
    questions = [q.question for q in asked if q.answer.startswith(figure)]
    assert questions and all(basis in q for q in questions)


LEVEL = (
    "Halvard Steel returns to profit\n\n"
    "STOCKHOLM, Feb 6 (Reuters) - Halvard Steel returned to profit in the fourth quarter, the steelmaker said.\n\n"
    "Sales hit 14.8 billion crowns in the quarter, up 9 percent from a year earlier."
)


def test_a_change_set_off_after_a_level_is_neither_glued_on_nor_asked_through_the_level_verb() -> None:
    asked = asked_by_article({"level": LEVEL}, "number")["level"]
    assert not [q.question for q in asked if "up " in q.question or q.answer.startswith("9")]
    assert [q for q in asked if q.answer == "14.8 billion crowns"]
