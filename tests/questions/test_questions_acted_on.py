"""An org-event's stand-in for the body acted on ("The league fined the club") is named by the one body
of its kind the story named before, never the actor; with two that could be meant it is not asked."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    # British sport page
    "sport": (
        "Blackford Rovers have been docked six points for breaching spending rules.\n\n"
        "The English Football League (EFL) punished the club after an independent panel found it had "
        "overspent by £4m. The league also fined the club £100,000.\n\n"
        'Rovers manager Gary Hume said: "We will fight this."'
    ),
    # wire copy: two lenders, one of them a name the tagger may miss
    "two": (
        "LONDON, May 2 (Reuters) - Quickcash Loans and Harbour Credit Ltd both overcharged borrowers, the "
        "Financial Conduct Authority said on Monday.\n\n"
        "The Financial Conduct Authority fined the firm £3m after a two-year inquiry.\n\n"
        "Harbour Credit Ltd said it would appeal."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def test_the_club_acted_on_is_named(bank: QuestionBank) -> None:
    asked = answers(bank, "sport", "org-event")
    assert "Which organization fined Blackford Rovers £100,000?" in asked
    assert set(asked.values()) <= {"English Football League"}
    assert not [q for q in asked if "the club" in q]


def test_two_bodies_of_the_kind_leave_the_stand_in_unnamed(bank: QuestionBank) -> None:
    asked = answers(bank, "two", "org-event")
    assert not [q for q in asked if "Harbour Credit" in q or "Quickcash" in q]
