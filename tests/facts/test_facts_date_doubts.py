"""A date question teaches an event as fact: none for odds, guesses, scenarios, or a repeated saying."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions

PUBLISHED = dt.date(2023, 10, 4)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "Chances are high that the dockers' union will call a national strike this winter, says Ann Ruiz.",
        'Ann Ruiz said newspaper claims were "probably correct" that the Leeds mill cut 400 jobs in August.',
        "It is likely that the ferry company will raise its fares in January.",
        "By 2060, wheat harvests in the valley would shrink by a third, depending on the rainfall.",
    ],
    ids=["chances-are", "may-be-correct", "it-is-likely", "scenario"],
)
def test_no_date_question_for_an_event_only_weighed_as_possible(text: str) -> None:
    assert date_questions(text) == []


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Ann Ruiz said the union will call a national strike in January.",
            "When will the union call a national strike?",
        ),
        (
            "By 2060, wheat harvests in Kansas would shrink by a third, the study found.",
            "By when would wheat harvests in Kansas shrink by a third?",
        ),
        ("Ann Ruiz said the Leeds mill cut 400 jobs in August.", "When did the Leeds mill cut 400 jobs?"),
    ],
    ids=["reported-plan", "reported-finding", "reported-without-doubt"],
)
def test_a_reported_plan_or_finding_keeps_its_date(text: str, question: str) -> None:
    assert question in [q.question for q in date_questions(text)]


def test_a_since_date_with_a_when_clause_asks_for_the_event_only() -> None:
    text = "Harbour Trust has lent to farmers since 1931 when it opened a branch in Cork."
    assert [(q.question, q.answer) for q in date_questions(text)] == [
        ("When did Harbour Trust open a branch in Cork?", "1931")
    ]


def test_one_speaker_on_one_day_is_asked_about_once() -> None:
    text = (
        "Ann Ruiz said on Monday that the pier would reopen in spring. "
        "The council had closed it after a storm. "
        '"We owe the fishermen an apology," Ruiz said on Monday. '
        "Ruiz admitted on Monday that the repairs had cost too much. "
        "Tom Wade said on Monday that the Dunmore council had acted in haste."
    )
    asked = [q.question for q in date_questions(text)]
    assert len([q for q in asked if "Ruiz" in q]) == 1, asked
    assert [q for q in asked if "Tom Wade" in q], asked  # another speaker is another question


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Shipping costs have begun to fall this week, and ports are quiet.", False),
        ("Workers walked out on Monday.", False),
        ("Dock workers at Felixstowe walked out on Monday.", True),
        ("Rainfall declined from 1990 to 2015 across the valley.", True),  # one quantity: which, the question says
    ],
    ids=["bare-plural", "bare-plural-past", "named", "mass-noun"],
)
def test_a_bare_plural_subject_with_no_name_names_no_event(text: str, asked: bool) -> None:
    assert bool(date_questions(text)) is asked


@pytest.mark.parametrize(
    "text",
    [
        "The council voted to close the library on March 1.",
        "The board agreed to sell the stadium in May.",
    ],
    ids=["voted-to", "agreed-to"],
)
def test_a_date_on_what_was_decided_is_not_asked_as_the_deciding(text: str) -> None:
    # the parse hangs the date on the closing; "When did the council vote …?" would ask for the vote
    assert not [q for q in date_questions(text) if q.question.startswith("When did")]


def test_a_date_before_the_infinitive_still_dates_the_deciding() -> None:
    asked = [q.question for q in date_questions("The Dunmore council voted on Monday to close the library.")]
    assert asked == ["When did the Dunmore council vote to close the library?"]


def test_the_adverb_of_a_reason_left_out_leaves_with_it() -> None:
    text = "In August, the Tyne Ferry Company had cut sailings partly because fuel prices rose."
    asked = [q.question for q in date_questions(text)]
    assert asked == ["When did the Tyne Ferry Company cut sailings?"]  # (its "had" read as one past event)


def test_an_elision_mark_after_the_date_does_not_stay_in_the_question() -> None:
    text = (
        "As Ann Ruiz told the Harbour Gazette, city traffic has eased thanks to the new tram line. "
        '"Despite more cars, traffic noise has fallen by a tenth on average across the city from 2005 to 2020 [...] '
        'However, the future will depend on buses and trams."'
    )
    asked = [(q.question, q.answer) for q in date_questions(text)]
    assert asked == [
        ("According to Ann Ruiz, when has traffic noise fallen by a tenth across the city?", "2005\u20132020")
    ]


def test_a_question_that_would_lose_first_is_not_asked() -> None:
    # "When was the festival held?" → 1987 would date every festival, not the first
    asked = [q.question for q in date_questions("The Dunmore folk festival, first held in 1987, drew 9,000 people.")]
    assert not [q for q in asked if "held" in q and "first" not in q], asked
    plain = [q.question for q in date_questions("The Dunmore folk festival was held in 1987 and drew 9,000 people.")]
    assert plain == ["In what year was the Dunmore folk festival held?"]  # without "first": asked


def test_since_is_never_asked_with_a_simple_past() -> None:
    asked = [q.question for q in date_questions("The Dunmore museum, closed since 2020, will reopen on Saturday.")]
    assert not [q for q in asked if q.startswith("Since when did")], asked
    assert "When will the Dunmore museum reopen?" in asked


@pytest.mark.parametrize(
    "text",
    [
        "The Dunmore ferry fares rose in 2021 and again in 2022.",  # the other year stays in the question
        "The Dunmore ferry terminal did not open on Monday as planned.",  # what did not happen has no date
    ],
    ids=["second-date-left-in", "negated"],
)
def test_no_when_question_that_keeps_another_date_or_asks_a_non_event(text: str) -> None:
    asked = [(q.question, q.answer) for q in date_questions(text)]
    assert not [q for q, a in asked if "2022" in q or " not " in q], asked


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("The Dunmore ferry fares rose in 2021.", "In what year did the Dunmore ferry fares rise?"),
        ("The Dunmore ferry terminal opened on Monday as planned.", "When did the Dunmore ferry terminal open?"),
    ],
    ids=["one-date", "done"],
)
def test_the_same_events_with_one_date_that_happened_are_asked(text: str, question: str) -> None:
    assert [q.question for q in date_questions(text)] == [question]


def test_an_event_set_to_begin_is_the_coming_one() -> None:
    (q,) = date_questions("The Dunmore dock strike is set to begin on Monday.")
    assert q.answer == "Monday, October 9, 2023"  # the story is of Wednesday, October 4
