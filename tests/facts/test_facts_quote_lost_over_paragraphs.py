"""Speakers the generator lost over paragraphs: a second quote told over paragraphs ('"A," X said.
"B … ¶ "C," he added.'), and a "he wrote" whose speaker the story named a sentence or two before: as
the source of "according to the captain's brother, Tomas Ribas", or as the "he" of "He also
complained to Prime Minister Paul Hart about …" (Hart is acted on, the "he" goes on). Every article
is our own invention."""

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
_CUP = (
    "Orvik FC beat Harwick United 2-0 in the cup final on Sunday.\n\n"
    "\u201cWinning a cup is never about one player,\u201d captain Lars Berg told reporters after the match. "
    "\u201cIt\u2019s a reward for the hard work of this young team, to be honest. If we didn\u2019t have the "
    "defenders that we have, I don\u2019t think we would have kept a clean sheet.\n\n"
)
ARTICLES = {
    "second-quote-over-paragraphs": _CUP
    + "\u201cYes you can score goals, but the midfield did the work,\u201d he added.",
    "open-quote-then-story": _CUP + "Coach Ivan Holm said the team would rest on Monday.",
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


def test_a_second_quote_opened_after_a_closed_one_and_told_over_paragraphs_is_asked(quotes):
    assert _answer_of(quotes["second-quote-over-paragraphs"], "reward for the hard work") == ["Lars Berg"]


def test_a_quote_left_open_before_the_story_goes_on_stays_part_of_the_one_before(quotes):
    assert _answer_of(quotes["open-quote-then-story"], "reward for the hard work") == []
