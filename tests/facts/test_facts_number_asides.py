"""Number questions free of the asides around their figure (stop 23); sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "beat-plan": "Varn Bank grew fast.\n\nVarn Bank added 1.2 million customers, about 50,000 more than it planned.",
    "beat-forecast": "Varn Mobile grew.\n\nVarn Mobile added 3.4 million users, about 200,000 more than it expected.",
    "there-are": "Varn is a port in Norway.\n\nThere are at least 30,000 Danes working in Varn.",
    "each-of-which": (
        "The probe passed its tests.\n\n"
        "The probe was tested with about 300 heat sensors, each of which was fitted by hand."
    ),
    "totaling": (
        "The Varn Fund backs cancer research.\n\n"
        "To date, the Varn Fund has awarded 812 grants totaling more than $1.3 billion."
    ),
    "restrictive": "Harbour Phones sells phones.\n\nHarbour Phones sold 40 phones that use the new chip.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


def _found(bank: QuestionBank, key: str) -> dict[str, str]:
    return {q.answer: q.question for q in asked(bank, key, "number")}


def test_a_comparison_set_off_after_a_count_is_left_out(bank: QuestionBank) -> None:
    """'added 1.2 million customers, about 50,000 more than it planned': asked of the customers alone."""
    assert _found(bank, "beat-plan").get("1.2 million") == "How many customers did Varn Bank add?"
    assert _found(bank, "beat-forecast").get("3.4 million") == "How many users did Varn Mobile add?"


def test_a_count_described_by_a_participle_keeps_its_finite_verb(bank: QuestionBank) -> None:
    """'There are at least 30,000 Danes working in Varn': "working" describes the Danes; "are" is the verb."""
    question = _found(bank, "there-are").get("30,000", "")
    assert "Danes working in Varn are there?" in question


def test_a_relative_clause_set_off_by_a_comma_is_cut_from_the_counted_noun(bank: QuestionBank) -> None:
    """', each of which was fitted by hand' only adds to the sensors; the question names them without it."""
    assert _found(bank, "each-of-which").get("300") == "With about how many heat sensors was the probe tested?"


def test_a_restrictive_relative_clause_stays(bank: QuestionBank) -> None:
    """'phones that use the new chip' says which phones: it stays in the question."""
    assert "that use the new chip" in _found(bank, "restrictive").get("40", "")


def test_a_participle_left_without_its_figure_is_not_asked(bank: QuestionBank) -> None:
    """'812 grants totaling more than $1.3 billion': the count is asked; "… grants totaling?" never is."""
    found = _found(bank, "totaling")
    assert found.get("812", "").startswith("How many grants")
    assert not any(q.endswith("totaling?") for q in found.values())


def test_a_participle_whose_only_verb_is_a_relative_clauses_is_still_no_sentence() -> None:
    """'How many jobs going to firms that were sold?': "were" is the relative clause's; the question has no verb."""
    from quizgen.questions.grammar import grammar_problem, tag

    assert grammar_problem(tag(["How many jobs going to firms that were sold?"])[0]) == "no finite verb"
    assert grammar_problem(tag(["How many Danes living in Varn are there?"])[0]) is None
