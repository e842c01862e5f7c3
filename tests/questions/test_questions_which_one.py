"""A question says which thing and which event it leans on ("the room", "the set of principles",
"statistics to the end of June", "When did the board meet?", "How much was Lind fined?"), puts back the
purpose its source gave a meeting, or is not asked."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank
from quizgen.questions.which_one import RECURRING, _purpose, _unplaced_thing, named_which

TEXTS = {
    "room": (
        "HARWICK, March 4 (Reuters) - Transport Minister Lena Brandt refused to take questions on the ferry "
        "contract at a briefing on Tuesday. More than 40 journalists walked out of the room on Tuesday, "
        "witnesses said."
    ),
    "set": (
        "Opposition parties in Dunmore criticised Interior Minister Tom Pell on Friday. The opposition parties "
        "said the set of border principles is official state policy and cannot be changed by one minister."
    ),
    "statistics": (
        "Waiting lists at Harwick hospitals grew in the autumn, the health board said. Statistics to the end "
        "of June showed a decline since May from 912 to 840."
    ),
    "department": (
        "Harwick Water spokeswoman Ann Lee told local radio the department would examine the leak at the "
        "Calder reservoir."
    ),
    "board": (
        "OSLO, Aug. 8, 2025 /PRNewswire/ -- Norvik Energy ASA reported revenue of $1.4 billion. The board of "
        "Norvik Energy met on August 6. The board approved a dividend of $0.45 per share."
    ),
    "fined": (
        "Dunmore Rovers manager Ray Doyle accused the referee of bias after the defeat at Harwick. Doyle was "
        "fined £15,000 and warned by the league. He was also handed a touchline ban in 2019."
    ),
    "council": (
        "BEIJING, Feb. 18 -- China's State Council on Sunday convened a plenary meeting to discuss a draft "
        "budget report. Premier Zhao Ming presided over the meeting."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def _asked(bank: QuestionBank, key: str) -> list[str]:
    return [q.question for q in bank.questions if q.article == key]


@pytest.mark.parametrize(
    ("key", "unclear"),
    [
        ("room", "the room"),
        ("set", "set of border principles"),
        ("statistics", "statistics to the end"),
        ("department", "the department"),
        ("board", "board met"),
        ("fined", "fined?"),
    ],
)
def test_no_question_leans_on_a_thing_or_event_it_does_not_name(bank: QuestionBank, key: str, unclear: str) -> None:
    asked = _asked(bank, key)
    assert not [q for q in asked if unclear in q or (key == "board" and q.endswith("meet?"))], asked


def test_a_meeting_keeps_the_purpose_its_source_gave_it(bank: QuestionBank) -> None:
    asked = [q for q in _asked(bank, "council") if "plenary meeting" in q]
    assert asked and all("to discuss a draft budget report" in q for q in asked), asked


@pytest.mark.parametrize(
    "question",
    [
        "How many journalists walked out of the room at the ministry?",
        "Who said that the statistics on outpatient waits were compiled late?",
        "Who said that the set of nuclear principles published in 2010 remains policy?",
        "Who said that the case against Tom Pell was weak?",
        "When does the current session of the Harwick assembly finish?",
        "Who said that the man who climbed the Harwick mast was arrested?",
        "Who said that a woman who shouted during the meeting was led out by guards?",
    ],
)
def test_a_modifier_that_says_which_places_the_thing(question: str) -> None:
    assert not _unplaced_thing(question)


@pytest.mark.parametrize(
    "question",
    [
        "More than how many journalists walked out of the room on Tuesday?",
        "When does the current session finish?",
        "Who said that the doors were locked?",
        "Who would not appeal the motion?",
        "When would the vote take place?",
    ],
)
def test_a_time_says_not_which_thing(question: str) -> None:
    assert _unplaced_thing(question)


def test_a_court_fine_is_the_one_of_the_case() -> None:
    fact: Any = SimpleNamespace(kind="number", sentence="Ola Brandt was jailed for a year and fined £900 by the court.")
    assert named_which("How much was Ola Brandt fined?", "£900", fact) == "How much was Ola Brandt fined?"


def test_a_meeting_on_a_date_keeps_what_it_did() -> None:
    sentence = "The cabinet held a meeting on February 20 that approved the timetable."
    assert _purpose("held a meeting", sentence, "February 20") == "that approved the timetable"
    assert _purpose("met", "The board met on August 6.", "August 6") is None
    sentence = "Ann Lee said the ferry panel would convene a meeting next week to draw up new rules."
    assert _purpose("convene a meeting", sentence, "the week of May 6–12, 2024") == "to draw up new rules"


@pytest.mark.parametrize(
    ("question", "recurs"),
    [
        ("When did the Harwick council hold a meeting?", True),
        ("How much was Ray Doyle fined?", True),
        ("When will the banks meet with Tom Pell?", False),
        ("How much was Ray Doyle fined in 2019 for dissent?", False),
        ("When was the Harwick budget vote?", False),
        ("When did the council call a vote?", True),
    ],
)
def test_a_recurring_event_is_one_the_question_leaves_open(question: str, recurs: bool) -> None:
    assert (RECURRING.search(question) is not None) is recurs


def test_a_purpose_is_put_back_whole_or_not_at_all() -> None:
    sentence = "The Vellan cabinet convened a meeting to discuss the ferry timetable, officials said."
    assert _purpose("convened a meeting", sentence, "Sunday") == "to discuss the ferry timetable"
    sentence = (
        "The Vellan cabinet convened a meeting to review the ferry contract and the associated transport links "
        "for the northern islands over the coming decade."
    )
    assert _purpose("convened a meeting", sentence, "Sunday") is None  # too long to put back uncut


def test_the_purpose_is_found_under_any_form_of_the_verb() -> None:
    sentence = "The Dunmore board met on Monday to approve the merger."
    assert _purpose("meet", sentence, "Monday") == "to approve the merger"
    assert _purpose("fined", "Ray Doyle was fined £15,000 for dissent.", "£15,000") == "for dissent"


@pytest.mark.parametrize(
    "question",
    [
        "Who said that the data indicate a fall in waiting times?",
        "Who said that the vote overturned the ban on night flights?",
        "Who said that the statistics bypass the rural clinics?",
    ],
)
def test_a_word_that_only_starts_like_a_modifier_says_not_which(question: str) -> None:
    assert _unplaced_thing(question)


def test_a_name_after_a_set_of_things_says_which() -> None:
    assert not _unplaced_thing("Who said that the set of principles Harwick adopted remains policy?")


def test_a_time_that_points_back_is_no_time_a_question_can_lean_on() -> None:
    bank = questions_of_texts(
        {
            "derby": (
                "Rovers and City meet again on Sunday. The last time they met, in October, tempers flared. "
                "Rovers beat City 3-1 that day, in Harwick, but a brawl in the tunnel followed the game."
            )
        }
    )
    assert not [q.question for q in bank.questions if "that day" in q.question]
