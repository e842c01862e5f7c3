"""Organisations named again ("the bank", "the department", a short name), deeds told with a verb
of saying, and lists too long to name in a question."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import Question, QuestionBank

TEXTS = {
    "bank": (
        "Nordvik Savings Bank opened a branch in Tromso last year.\n\n"
        "The bank sent a letter to customers about higher fees."
    ),
    "two-banks": (
        "Nordvik Savings Bank and the Harbour Bank both opened branches in Tromso.\n\n"
        "The bank sent a letter to customers about higher fees."
    ),
    "spokeswoman": (
        "Harbour Board spokeswoman Ann Lee told the Daily Courier the department will review the ferry contract."
    ),
    "short-name": (
        "Marlow Construction Ltd won a contract to pave the coastal road.\n\n"
        "Marlow has applied to the roads agency to pave a second road."
    ),
    "called-on": (
        "The Danish government banned the export of masks in March.\n\n"
        "Firms rushed to help after the government called on all carmakers to build ventilators."
    ),
    "said-that": "The Nordic Rail Authority announced that fares would rise in the spring.",
    "pronoun": "The Harbour Savings Bank sent an advisory to customers suggesting they keep their shares.",
    "acronym": (
        "ESA Kourou Director Lena Holt opened the centre on Monday.\n\n"
        "ESA issued a call for proposals for the launch site on June 9."
    ),
    "hopes": "Marlow Construction Ltd won a contract.\n\nMarlow Construction Ltd hopes it will win more contracts.",
    "long-list": (
        "The regatta is co-sponsored by the Alder Trust, the Kestrel Foundation, Orvell University and the "
        "Baltic Ports Authority.\n\n"
        "The Marlow Steel Company is testing a new furnace. The Harbour Board signed a lease."
    ),
    "long-team": (
        "A team of researchers from Orvell University, Lakeside College, the Bergen Institute and the Cedar "
        "Institute has mapped the seabed."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def asked(bank: QuestionBank, article: str) -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in bank.questions if q.article == article and q.kind == "org-event"]


def test_the_bank_is_asked_with_the_name_of_the_one_bank_named_before(bank: QuestionBank) -> None:
    assert ("Which organization sent a letter to customers about higher fees?", "Nordvik Savings Bank") in asked(
        bank, "bank"
    )


def test_the_bank_after_two_banks_is_not_asked(bank: QuestionBank) -> None:
    assert not [q for q, _a in asked(bank, "two-banks") if "letter" in q]


def test_the_department_in_its_own_spokeswoman_s_words_is_her_body(bank: QuestionBank) -> None:
    assert asked(bank, "spokeswoman") == [("Which organization will review the ferry contract?", "Harbour Board")]


def test_a_firm_s_short_name_is_answered_with_its_full_name(bank: QuestionBank) -> None:
    found = asked(bank, "short-name")
    question = "Which organization has applied to the roads agency to pave a second road?"
    assert (question, "Marlow Construction Ltd") in found
    assert all(a != "Marlow" for _q, a in found)


def test_the_government_after_a_named_government_and_a_call_on_others(bank: QuestionBank) -> None:
    assert ("Which organization called on all carmakers to build ventilators?", "Danish government") in asked(
        bank, "called-on"
    )


def test_announced_that_is_reported_speech_not_a_deed(bank: QuestionBank) -> None:
    assert asked(bank, "said-that") == []


def test_a_clause_with_a_loose_pronoun_is_left_out_of_the_question(bank: QuestionBank) -> None:
    assert asked(bank, "pronoun") == [("Which organization sent an advisory to customers?", "Harbour Savings Bank")]


def test_an_acronym_is_a_body_even_beside_a_name(bank: QuestionBank) -> None:
    assert [a for q, a in asked(bank, "acronym") if "call for proposals" in q] == ["ESA"]


def test_what_a_body_hopes_is_not_asked_as_done(bank: QuestionBank) -> None:
    assert not [q for q, _a in asked(bank, "hopes") if "hope" in q]


def _of(bank: QuestionBank, article: str) -> list[Question]:
    return [q for q in bank.questions if q.article == article and q.kind == "org-event"]


def test_a_long_list_of_agents_is_asked_once_with_one_member_among_the_choices(bank: QuestionBank) -> None:
    members = {"Alder Trust", "Kestrel Foundation", "Orvell University", "Baltic Ports Authority"}
    found = [q for q in _of(bank, "long-list") if "regatta" in q.question]
    assert len(found) == 1
    q = found[0]
    assert "along with" not in q.question and q.question.startswith("Which of these organizations")
    assert len([c for c in q.choices if c in members]) == 1 and len(q.choices) >= 2


def test_a_team_from_four_institutions_is_not_asked_as_list_completion(bank: QuestionBank) -> None:
    assert _of(bank, "long-team") == []
