"""Wrong facts met on invented articles: a description asked as a post, a surname answered as an
organisation (also "organiser Kev Doyle"), "the bank" answered with a union that only has "Bank" in
its name, a passive verb's particle lost ("tampered" for "tampered with"), an acronym's long form cut
short, a count the parse hung on a name taken for a post, a body whose alumni did something asked as
the doer, one parent's children counted as all, a scientist's description asked as a post, a
sentence's opening post word read into the name ("Parent Teresa Gomez"), and "Co-author Professor"
asked as one post."""

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
    "organiser": "Unison called for talks. Regional organiser Kev Doyle said the union would ballot members if "
    "compulsory redundancies were announced.",
    "count-on-name": "VoltGrid will use the funds to add 3,000 chargers and hire 250 engineers, Natarajan, the "
    "company's chief technology officer, said.",
    "alumni": "The startup, founded in 2019 by IIT Madras alumni Rohan Mehta and Priya Natarajan, operates 1,400 "
    "charging points across 18 cities.",
    "whose": "Parent Teresa Gomez, whose two children attend Elm Street, said she supported the plan.",
    "opener-name": 'Parent Teresa Gomez said she supported the plan. "The roof leaks every time it rains," she said.'
    '\n\nSubstitute Theo Marsh, 19, scored the winner. "I just closed my eyes and hit it," Marsh said.',
    "author-front": "Co-author Professor Kenji Sato of the University of Tokyo said the finding helped explain how "
    "the ocean stores carbon.",
    "scientist": '"That is as fast as anything we have seen," said Dr. Amelia Frost, a palaeoclimatologist.',
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


def test_a_person_after_a_union_post_is_no_organisation(bank: QuestionBank) -> None:
    assert ("Who said that the union would ballot members if compulsory redundancies were announced?", "Kev Doyle") in (
        _of(bank, "organiser")
    )
    assert not [q for q, a in _of(bank, "organiser") if a == "Kev Doyle" and "organization" in q.lower()]


def test_a_count_is_never_a_post(bank: QuestionBank) -> None:
    assert not [a for _q, a in _of(bank, "count-on-name") if "engineer" in a]


def test_a_body_that_only_qualifies_the_doers_is_not_the_doer(bank: QuestionBank) -> None:
    assert not [q for q, a in _of(bank, "alumni") if a == "IIT Madras" and q.startswith("By which")]


def test_one_owners_count_is_not_asked_as_everyones(bank: QuestionBank) -> None:
    assert not [q for q, a in _of(bank, "whose") if a == "two"]


def test_a_scientists_description_is_a_profession_not_a_post(bank: QuestionBank) -> None:
    asked = _of(bank, "scientist")
    assert not [q for q, _a in asked if "what post" in q.lower()]
    assert [a for q, a in asked if q == "What is Amelia Frost's profession?"] in ([], ["palaeoclimatologist"])


def test_a_post_opening_the_sentence_is_not_part_of_the_name(bank: QuestionBank) -> None:
    speakers = {a for q, a in _of(bank, "opener-name") if q.startswith("Who said")}
    assert speakers and not [a for a in speakers if a.startswith(("Parent", "Substitute"))]


def test_an_authors_part_glued_to_a_post_is_not_asked_as_the_post(bank: QuestionBank) -> None:
    assert not [(q, a) for q, a in _of(bank, "author-front") if "Co-author Professor" in f"{q} {a}"]
