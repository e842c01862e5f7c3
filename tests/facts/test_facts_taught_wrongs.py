"""Wrong facts met on invented articles: a description asked as a post, a surname answered as an
organisation, "the bank" answered with a union that only has "Bank" in its name, a passive verb's
particle lost ("tampered" for "tampered with"), and an acronym's long form cut short."""

from __future__ import annotations

import pytest
from invented_articles import every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "collector": "Walter Brisk, an art and antiquities collector, sold a hand-drawn map on Tuesday. In 2019, Brisk, "
    "a retired pilot and author, hid a bronze chest in the mountains.",
    "surname-org": "Sandra Cole, the head of the Nordic Museum Board, will step down in September, the board said.\n\n"
    "Lindqvist will succeed Sandra Cole as head of the board in October.\n\nLindqvist, 54, joined the board in 2012.",
    "qualifier-kind": "The Harbour Bank Workers Union called a strike on Monday over pay.\n\nThe bank said it would "
    "keep all 40 branches open during the strike. The union said 3,000 members would walk out.",
    "particle": "Police said 40 ballots had been tampered with in the board election last year.",
    "acronym": "Researchers at the Indian Institute of Science (IISc) examined the map's ink on Monday.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def _of(bank: QuestionBank, article: str) -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in bank.questions if q.article == article]


def test_a_description_is_not_asked_as_a_post(bank: QuestionBank) -> None:
    asked = _of(bank, "collector")
    assert not [q for q, a in asked if "what post" in q.lower()]
    assert not [a for _q, a in asked if "collector" in a or a == "retired pilot"]


def test_a_surname_tagged_as_a_body_is_no_organisation(bank: QuestionBank) -> None:
    asked = _of(bank, "surname-org")
    assert not [q for q, a in asked if a == "Lindqvist" and "organization" in q.lower()]
    assert not [q for q in bank.questions if q.article == "surname-org" and "Lindqvist" in q.choices[1:]]


def test_a_kind_word_inside_another_name_does_not_stand_for_it(bank: QuestionBank) -> None:
    asked = _of(bank, "qualifier-kind")
    assert not [q for q, a in asked if "branches" in q and a == "Harbour Bank Workers Union"]


def test_a_passive_verb_keeps_its_particle(bank: QuestionBank) -> None:
    asked = [q for q, a in _of(bank, "particle") if a == "40"]
    assert asked and all("tampered with" in q for q in asked)


def test_an_acronym_long_form_covers_every_initial(bank: QuestionBank) -> None:
    assert ("What does IISc stand for?", "Indian Institute of Science") in _of(bank, "acronym")
    assert not [a for _q, a in _of(bank, "acronym") if a == "Institute of Science"]
