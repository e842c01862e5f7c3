"""A "he wrote" whose speaker the story named a sentence or two before in a way the generator did
not follow: as the source of "according to the captain's brother, Tomas Ribas", or as the "he" of
"He also complained to Prime Minister Paul Hart about …" (Hart is acted on, the "he" goes on).
Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

_BOAT = (
    '"They got into a small boat, intending simply to reach the pier, and somehow got pushed by the wind '
    'into the open bay," he wrote in a post on Facebook.'
)
_LETTER = (
    '"Slow checks by the customs office and a lack of staff have led to a situation that puts the summer '
    'timetable at serious risk," he wrote.'
)
ARTICLES = {
    "according-to-appositive": (
        "The ferry sank near the pier at Orvik on Sunday, according to the captain's brother, Tomas Ribas.\n\n" + _BOAT
    ),
    "he-acted-on-another": (
        "The summer crossings will be late, wrote Port Vell chief executive Marc Ollero.\n\n"
        "He also complained to Prime Minister Paul Hart about the speed of the new rules.\n\n" + _LETTER
    ),
    "named-one-acted-on": (
        "The summer crossings will be late, wrote Port Vell chief executive Marc Ollero.\n\n"
        "The harbour board then sacked Paul Hart, its chairman.\n\n" + _LETTER
    ),
    "she-acted-on-him": (
        "The summer crossings will be late, wrote Port Vell chief executive Marta Ollero.\n\n"
        "She also complained to Prime Minister Paul Hart about the speed of the new rules.\n\n" + _LETTER
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def _answer_of(asked: list[Question], words: str) -> list[str]:
    return [q.answer for q in asked if words in q.question]


def test_the_person_set_beside_according_to_speaks_the_next_quote(quotes):
    assert _answer_of(quotes["according-to-appositive"], "small boat") == ["Tomas Ribas"]


def test_he_goes_on_with_the_he_who_acted_on_someone_named(quotes):
    assert _answer_of(quotes["he-acted-on-another"], "Slow checks") == ["Marc Ollero"]


def test_one_acted_on_by_a_named_body_is_still_no_sure_speaker(quotes):
    assert _answer_of(quotes["named-one-acted-on"], "Slow checks") == []


def test_a_she_who_acted_on_him_leaves_his_he_open(quotes):
    assert _answer_of(quotes["she-acted-on-him"], "Slow checks") == []
