"""Wrong answers and garbled questions read on the newest pool, each pinned on an invented sentence:
a joint statement asked as one speaker's, a plural title or a post in capitals glued into a name, a
post in capitals asked as an organisation, a set-off relative clause hung on the wrong noun, a
clause the parser hid in a subject, the story's own request for comment, a list's other members
read into a count, a list of people read as a post, a building taken for "the government"."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "joint": (
        "Transport Minister Ola Brenn and his Fisheries counterpart Mari Sundt said the rumours were false.\n\n"
        '"The harbour plan is on time," said Brenn.'
    ),
    "plural-title": (
        "Cabinet Secretaries Peter Mwangi (Water) and David Otieno (Roads) toured the dam at Velde.\n\n"
        "Mwangi said he had never seen the farmers so hopeful in his four years as a minister."
    ),
    "short-post": (
        "Water CS Peter Mwangi visited the dam at Velde on Monday.\n\n"
        '"The dam will change the lives of the Velde farmers," said the Water CS.\n\n'
        '"Roads come next," said the Energy CS.'
    ),
    "set-off-relative": (
        "The ferries will dock at a pier once used by the Velde Relief Office, the agency sending grain to "
        "towns hit by floods, which was later closed by the Dunmore Council."
    ),
    "clause-in-subject": (
        "Back in June, Otieno announced agency was moving its more than 800 staff out of the old Nairobi building."
    ),
    "comment": (
        "The Harbour Board is moving its offices to the old customs house.\n\n"
        "The Velde Herald has reached out to the Harbour Board for comment."
    ),
    "listed-count": (
        "The survey team used three long-running tide gauge records, 40 buoy readings and a new statistical "
        "model to trace the rise in sea level."
    ),
    "hyphened-count": "Velde Ferries opened 14 new company-owned terminals last year.",
    "people-list": (
        "Harbour Minister Tomas Rask said the quays would be rebuilt.\n\n"
        "The Dunmore envoy held talks here on Friday with Rask, Finance Secretary Anna Lind and other officials."
    ),
    "government-house": (
        "Ola Brenn said he met the Prime Minister, who also holds the finance post, at Government House and they "
        "agreed to go ahead.\n\n"
        "Initially, the government had announced that it would pay 2,000 crowns to every fisherman in May."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2025, 4, 2))


def test_a_statement_two_made_together_is_neither_ones_alone(bank: QuestionBank) -> None:
    found = {q.question: q.answer for q in asked(bank, "joint", "quote")}
    assert not [q for q in found if "rumours" in q], found
    assert "Ola Brenn" in found.values(), found  # his own quote after it is still asked


def test_a_plural_title_is_no_part_of_the_first_name(bank: QuestionBank) -> None:
    answers = {q.answer for q in bank.questions if q.article == "plural-title"}
    assert "Peter Mwangi" in answers, answers
    assert not any("Ministers" in a for a in answers), answers


def test_a_post_in_capitals_before_a_name_is_no_part_of_it(bank: QuestionBank) -> None:
    answers = {q.answer for q in asked(bank, "short-post", "quote")}
    assert "Peter Mwangi" in answers, answers
    assert not any("CS" in a for a in answers), answers


def test_a_post_in_capitals_is_its_holders_or_nobodys(bank: QuestionBank) -> None:
    found = {q.question: q.answer for q in asked(bank, "short-post", "quote")}
    assert found.get("Who said \u201cThe dam will change the lives of the Velde farmers\u201d?") == "Peter Mwangi", (
        found
    )
    assert not [q for q in found if "Roads come next" in q], found  # no Energy CS was named


def test_a_set_off_relative_clause_after_a_buried_noun_is_not_asked(bank: QuestionBank) -> None:
    questions = [q.question for q in bank.questions if q.article == "set-off-relative"]
    assert not any("towns" in q and "closed" in q for q in questions), questions
    assert not any("floods" in q and "closed" in q for q in questions), questions


def test_a_clause_the_parser_hid_in_a_subject_is_not_asked(bank: QuestionBank) -> None:
    questions = [q.question for q in bank.questions if q.article == "clause-in-subject"]
    assert not any("announced agency" in q for q in questions), questions
    assert not any(q.startswith("More than how many staff") for q in questions), questions


def test_the_storys_request_for_comment_is_no_news(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "comment") if "comment" in q.question]


def test_a_count_in_a_list_counts_its_own_member_only(bank: QuestionBank) -> None:
    found = {q.answer: q.question for q in asked(bank, "listed-count", "number")}
    assert "buoy" not in found.get("three", ""), found
    assert "statistical model" not in found.get("three", ""), found


def test_a_hyphened_word_keeps_its_hyphen_in_a_count(bank: QuestionBank) -> None:
    found = {q.answer: q.question for q in asked(bank, "hyphened-count", "number")}
    assert "company-owned" in found.get("14", ""), found


def test_a_list_of_people_ending_in_others_is_no_post(bank: QuestionBank) -> None:
    roles = [(q.question, q.answer) for q in asked(bank, "people-list", "role")]
    assert not any("other" in a or "other" in q for q, a in roles), roles


def test_the_government_is_no_building_named_government(bank: QuestionBank) -> None:
    assert not [q for q in bank.questions if q.article == "government-house" and q.answer == "Government House"]


def test_a_clause_after_a_place_that_locates_a_noun_is_not_asked_of_the_place() -> None:
    """ "The old library on Main Street, which opened in 1962, …": the library opened, not the street."""
    bank = questions_of_texts(
        {"a": "Library plan\n\nThe old library on Main Street, which opened in 1962, will become a community center."},
        published=None,
    )
    assert not [q for q in bank.questions if q.answer == "1962" and "Main Street" in q.question]
