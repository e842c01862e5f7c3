"""A news agency the story quotes is a speaker like any body ("…, the Press Trust of India (PTI)
said." in another wire's story); the agency that files the story is never asked about."""

from __future__ import annotations

import datetime as dt

from invented_articles import answers_to

from quizgen.questions.own_agency import own_agency

QUOTED_AGENCY = (
    "MUMBAI, June 4 (Reuters) - A powerful cyclone battered the coast of Gujarat on Thursday, killing at least "
    "four people, officials said.\n\n"
    "Two fishermen drowned when their boat capsized near Porbandar, and a woman was killed when a wall "
    "collapsed on her, the Press Trust of India (PTI) said.\n\n"
    "The Gujarat Disaster Management Authority said about 300 villages had lost electricity.\n"
)
OWN_AGENCY = (
    "NEW DELHI, June 4 (PTI) - A powerful cyclone battered the coast of Gujarat on Thursday.\n\n"
    "Two fishermen drowned when their boat capsized near Porbandar, the Press Trust of India (PTI) said.\n"
)


def test_an_agency_named_after_the_clause_it_reported_is_its_speaker() -> None:
    found = answers_to(QUOTED_AGENCY, dt.date(2024, 6, 4), kind="quote")
    asked = [q for q, a in found.items() if a == "Press Trust of India"]
    assert asked == ["Which organization said that two fishermen drowned when their boat capsized near Porbandar?"]


def test_the_agency_that_files_the_story_is_not_asked_about() -> None:
    found = answers_to(OWN_AGENCY, dt.date(2024, 6, 4), kind="quote")
    assert "Press Trust of India" not in found.values(), found


def test_a_dateline_a_byline_or_a_sign_off_credits_the_story() -> None:
    assert own_agency("Reuters", "By Tom Vale, Reuters\n\nNEW YORK, March 3 - Shares fell.")
    assert own_agency("AFP", "MUMBAI (AFP) - At least three people died.")
    assert own_agency("Press Trust of India", "NEW DELHI (PTI) - Rain fell, the Press Trust of India (PTI) said.")
    assert not own_agency("Press Trust of India", "MUMBAI (AFP) - Rain fell, the Press Trust of India (PTI) said.")


def test_two_posts_before_one_name_are_hers_alone() -> None:
    """ "Chairman and CEO Lee Sang-woo … attributed": one speaker with two posts, not two speakers."""
    text = (
        "SEOUL, May 2 (Yonhap) -- Hanju Motors posted a record profit on Monday.\n\n"
        "Chairman and CEO Lee Sang-woo of Hanju Motors attributed the record profit in part to strong sales of "
        "electric cars.\n"
    )
    found = answers_to(text, dt.date(2024, 5, 2), kind="quote")
    assert "Lee Sang-woo" in found.values(), found


def test_an_object_pronoun_after_someone_unnamed_is_never_a_name_from_elsewhere() -> None:
    """ "One man died after a pole fell on him": "him" is that man, not a name the article gives elsewhere."""
    text = (
        "MUMBAI (AFP) - A cyclone hit the coast on Tuesday, officials said.\n\n"
        "Rescue chief Karim Uddin said boats would reach the islands by Thursday.\n\n"
        "One man died after a falling tree hit him near the port, the Press Trust of India (PTI) said.\n"
    )
    found = answers_to(text, dt.date(2024, 5, 2), kind="quote")
    asked = [q for q, a in found.items() if a == "Press Trust of India"]
    assert all("Karim" not in q for q in asked), found
    assert not any(q.endswith("tree \u2026?") for q in asked), (
        found
    )  # "… after a falling tree [hit him]": torn, not asked
