"""'Its chief executive, <Name>, said …' and 'Its new owners, <Body>, said they …': the speaker is asked,
and the post is at the one body that was the subject of the sentence or the one before."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

TEXTS = {
    # press release: the round's investor is named beside the subject; "its" is the subject's
    "release": (
        "Corvane Labs, a maker of battery sensors, today announced that it has raised $25 million in a round "
        "led by Tessory Capital.\n\n"
        'Its chief executive, Nadia Brook, said the funding would give the company "the room to hire '
        'sixty engineers next year."\n\nCorvane Labs employs 140 people in Ohio.'
    ),
    # two bodies are subjects: the quote is asked, the post is not placed at either
    "wire": (
        "OSAKA, May 9 (Reuters) - Hanamura Rail and its rival Kitase Lines have both lost riders since March, "
        "data showed on Friday.\n\n"
        "Its chief executive, Kenji Aoki, said the operator would cut fares on four lines from July.\n\n"
        "Shares in Hanamura Rail fell 2.4 percent in Tokyo."
    ),
    # a firm named in the plural speaks through "they"
    "paper": (
        "Brackley Town has been sold for £40m, the League Two club confirmed on Tuesday.\n\n"
        "Its new owners, Ashgrove Partners, said they would rebuild the main stand before next season.\n\n"
        "The sale ends ten years of ownership by the Dunmore family."
    ),
}


@pytest.fixture(scope="module")
def asked():
    return asked_by_article(TEXTS, "quote") | {f"{key} role": qs for key, qs in asked_by_article(TEXTS, "role").items()}


def test_officer_after_a_deal_is_the_subjects(asked):
    roles = {q.question: q.answer for q in asked["release role"]}
    assert any("Corvane Labs" in q and a == "Nadia Brook" for q, a in roles.items()), roles
    assert not any("Tessory" in q for q in roles)
    quotes = {q.question: q.answer for q in asked["release"]}
    assert any("give Corvane Labs" in q and a == "Nadia Brook" for q, a in quotes.items()), quotes


def test_two_subject_bodies_leave_the_post_unplaced(asked):
    assert not any("Hanamura" in q.question or "Kitase" in q.question for q in asked["wire role"])
    assert not any(q.answer in ("Hanamura Rail", "Kitase Lines") for q in asked["wire role"])


def test_plural_owners_speak_as_one_body(asked):
    quotes = {q.question: q.answer for q in asked["paper"]}
    assert quotes.get("Which organization said that they would rebuild the main stand before next season?") == (
        "Ashgrove Partners"
    ), quotes
