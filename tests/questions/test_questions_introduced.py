"""A thing the sentence introduces ("in a letter sent on …") is named by its owner in the question,
or the question is not asked; a short form that spells its own name is not asked for."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.questions.quality import POINTING_BACK

TEXTS = {
    "body": (
        "The Harbour Authority warned fishermen in a notice issued on March 4 that the storm season would start early."
    ),
    "person": (
        "Dana Whitlock, the mayor of Port Ellis, ordered the evacuation of the pier in a letter sent to residents "
        "on March 6."
    ),
    "release": ("The Ministry of Fisheries announced the cod shortage in Harwick Bay in a memo issued on 4 May."),
    "told": (
        "Governor Ann Ruiz told her cabinet to prepare for floods, including the closure of schools, in a letter "
        "read out to the assembly on Friday."
    ),
    "passing": "Farmers in the valley lost half their crop. The drought was announced in a bulletin issued on 3 May.",
    "initials": (
        "Leaders of the Economic Union of Coastal States (EUOCS) met in Velmora on Monday. The EUOCS summit ended."
    ),
}


@pytest.fixture(scope="module")
def bank():
    return questions_of_texts(TEXTS)


def _dates(bank, article):
    return [q.question for q in bank.questions if q.article == article and q.kind == "date"]


def test_a_notice_is_named_by_the_body_that_issued_it(bank):
    # (the day of a press statement or release is not asked at all: issue 8)
    assert "When was the Harbour Authority's notice issued?" in _dates(bank, "body")


def test_a_letter_is_named_by_the_person_who_wrote_it(bank):
    asked = _dates(bank, "person")
    assert any("Dana Whitlock's letter" in q for q in asked)
    assert not any("the letter" in q for q in asked)


@pytest.mark.parametrize(
    ("article", "named"),
    [("release", "When was the Ministry of Fisheries' memo issued?"), ("told", "Ann Ruiz's letter")],
)
def test_the_owner_is_found_through_the_clause_the_thing_belongs_to(bank, article: str, named: str) -> None:
    """The parser may hang "in a memo" on "Harwick Bay", or "in a letter" on "prepare": the owner
    is still the subject of the verb the thing served."""
    assert any(named in q for q in _dates(bank, article))


def test_a_thing_with_no_owner_mentioned_once_is_not_asked_about(bank):
    """ "When was the bulletin issued?": which bulletin, nothing in the question says."""
    assert not any("bulletin" in q for q in _dates(bank, "passing"))


def test_a_short_form_made_of_every_initial_is_not_asked_for(bank):
    """ "Economic Union of Coastal States" → "EUOCS" ("of" too): asking for it tests spelling."""
    asked = [q.question for q in bank.questions if q.article == "initials" and q.kind == "acronym"]
    assert "What does EUOCS stand for?" in asked
    assert not any(q.startswith("What is the abbreviation") for q in asked)


def test_that_way_points_back_into_the_article():
    assert POINTING_BACK.search("When will Ruiz plead her case that way in an address?")
    assert not POINTING_BACK.search("When will Ruiz plead her case in an address?")


def test_a_manner_pointing_back_is_left_out_of_the_question():
    """ "plead her case that way": which way, the learner cannot know; the time is asked without it."""
    from quizgen.questions.quality import _manner_dropped

    assert _manner_dropped("When will Ruiz plead her case that way in an address?") == (
        "When will Ruiz plead her case in an address?"
    )
    assert _manner_dropped("Who said “we will do it that way”?") == "Who said “we will do it that way”?"
