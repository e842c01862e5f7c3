"""A reported statement asked for its speaker keeps the speaker's words ("the project", "the man",
"the meeting") when the article names nothing better, as long as it singles itself out; a short one
is still not asked. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "wire-standoff": (
        "DORROW, Ore. (AP) - Police in Dorrow ended a four-hour standoff on Thursday with a man who had "
        "parked a pickup truck outside the city's central fire station.\n\n"
        "Dorrow police Lt. Carla Menzies said the man arrived at the station shortly after 7 a.m. and asked "
        "to speak to the fire chief. He walked around the building twice and tried a side entrance, but the "
        "doors were locked, Menzies said."
    ),
    "asian-loan": (
        "The government has decided to go ahead with a 40-billion baht loan for its rural broadband scheme, "
        "despite objections from the State Audit Office.\n\n"
        "Deputy Digital Economy Minister Somchai Rattanakul said on Tuesday the government could not wait for "
        "the audit office to finish its review of the project. Somchai said last year the scheme would reach "
        "12,000 villages by 2026."
    ),
    "british-council": (
        "Members of Harwick council will decide next week whether to close four branch libraries.\n\n"
        "Council leader Joan Avery said the meeting would be held online after two members tested positive "
        "for flu."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def _asked(questions: list[Question], words: str) -> list[Question]:
    return [q for q in questions if words in q.question]


def test_a_long_statement_keeps_the_man_as_its_speaker_said_it(quotes):
    found = _asked(quotes["wire-standoff"], "the man arrived at the station")
    assert [q.answer for q in found] == ["Carla Menzies"]


def test_a_short_statement_with_an_unplaced_thing_is_still_not_asked(quotes):
    assert _asked(quotes["wire-standoff"], "doors were locked") == []  # which doors: the statement cannot say
    assert _asked(quotes["asian-loan"], "12,000 villages") == []  # "the scheme would reach …": too little to place


def test_the_project_stays_in_a_ministers_statement(quotes):
    found = _asked(quotes["asian-loan"], "finish its review of the project")
    assert [q.answer for q in found] == ["Somchai Rattanakul"]


def test_the_meeting_stays_in_a_council_leaders_statement(quotes):
    found = _asked(quotes["british-council"], "the meeting would be held online")
    assert [q.answer for q in found] == ["Joan Avery"]
