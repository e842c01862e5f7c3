"""World news as the wire and the papers write it: disasters, votes, visits (invented sentences)."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import answers_to, date_questions, questions_of_text

from quizgen.facts.date_values import resolve

THURSDAY = dt.date(2026, 3, 12)


@pytest.mark.parametrize("said", ["on Thursday afternoon", "late Thursday", "early on Thursday", "Thursday night"])
def test_a_part_of_the_publication_weekday_is_that_day(said: str) -> None:
    (q,) = date_questions(f"The prime minister visited the flooded villages of Veranik {said}.", THURSDAY)
    assert q.answer == "Thursday, March 12, 2026"


@pytest.mark.parametrize("future", [False, True])
def test_a_part_of_another_weekday_counts_like_the_weekday(future: bool) -> None:
    day = resolve("Friday morning", THURSDAY, future)
    assert day is not None and day[0] == ("2026-03-13" if future else "2026-03-06")


def test_a_quake_named_by_its_magnitude_is_one_subject() -> None:
    text = "A magnitude 6.2 earthquake struck the town of Orvena at 3:40 a.m. on Monday, killing at least 23 people."
    asked = [q.question for q in questions_of_text(text, dt.date(2026, 5, 4))]
    assert any("did a magnitude 6.2 earthquake kill" in q for q in asked), asked
    assert not any("a magnitude strike" in q or "a magnitude kill" in q for q in asked), asked


@pytest.mark.parametrize(
    ("said", "speaker"),
    [("A UN spokesman said", "a UN spokesman"), ("An NDRF spokesman said", "an NDRF spokesman")],
)
def test_a_spokesman_keeps_the_writers_article(said: str, speaker: str) -> None:
    text = f"{said} the agency was sending tents and blankets to the flooded districts of Orvena."
    (q,) = questions_of_text(text, None, "quote")
    assert q.answer == speaker


def test_a_then_prime_minister_held_the_post_once() -> None:
    text = (
        "Finance Minister Paulo Ventris defended the fuel tax. The last big protests, in 2015, forced the "
        "resignation of the then prime minister, Ion Castelo."
    )
    roles = answers_to(text, None, "role")
    assert roles.get("What post did Ion Castelo hold?") == "former prime minister", roles


def test_the_injured_of_a_toll_are_counted_as_the_dead_are() -> None:
    text = "A magnitude 6.2 earthquake struck Orvena on Monday, killing at least 23 people and injuring more than 300."
    numbers = answers_to(text, dt.date(2026, 5, 4), "number")
    assert numbers.get("More than how many people did a magnitude 6.2 earthquake injure?") == "300", numbers
    magnitudes = [q for q, a in numbers.items() if a == "6.2"]  # a magnitude is no count of earthquakes
    assert magnitudes in ([], ["What was the magnitude of the earthquake that struck Orvena on Monday?"]), numbers


def test_an_age_after_the_subject_leaves_the_subject_in_a_count() -> None:
    text = "Prime Minister Lek Somrat spoke. Mr Somrat, 58, won 319 votes in the House on Friday."
    numbers = answers_to(text, None, "number")
    assert numbers.get("How many votes did Lek Somrat win in the House on Friday?") == "319", numbers
