"""An age and a bare month say when they are asked about: "In 2011, how old was …?", "At the time of
writing, how old was …?", "In what month …? — August"."""

from __future__ import annotations

import datetime as dt

from invented_articles import answers_to

from quizgen.questions.anchors import dated_age

DATED = dt.date(2011, 3, 3)
MAYOR = (
    "Tomas Arvelo, 61, the mayor of Veridian, resigned on Thursday after the city council rejected his budget. "
    "His deputy, Carla Munhoz, a 47-year-old former teacher, will serve as acting mayor until an election."
)
FESTIVAL = (
    "The Kessington Folk Festival drew a record 32,000 visitors over the weekend, organisers said. "
    "Festival director Helen Whitcombe, 52, said ticket sales had risen by a fifth on last year. "
    "The festival will return in August, when organisers hope to add a second stage."
)


class _Story:
    published = DATED


def _asked(text: str, published: dt.date | None, kind: str) -> dict[str, str]:
    return answers_to(text, published, kind)


def test_an_age_in_a_dated_story_is_asked_for_its_year() -> None:
    asked = _asked(MAYOR, DATED, "number")
    assert asked.get("In 2011, how old was Carla Munhoz?") == "47", asked
    assert not [q for q in asked if q.lower().startswith("how old")], asked


def test_an_age_in_an_undated_story_is_asked_at_the_time_of_writing() -> None:
    asked = _asked(FESTIVAL, None, "number")
    assert asked.get("At the time of writing, how old was Helen Whitcombe?") == "52", asked


def test_an_age_told_in_the_past_of_another_year_is_left_as_told() -> None:
    assert dated_age("How old was Ines Faro?", "In 1998, the 30-year-old Ines Faro was jailed.", _Story()) == (
        "How old was Ines Faro?"
    )


def test_a_present_age_beside_another_year_is_the_story_years() -> None:
    text = "Ines Faro, 44, who was elected in 2004, said the plan would cost too much."
    asked = _asked(text, DATED, "number")
    assert asked.get("In 2011, how old was Ines Faro?") == "44", asked


def test_a_bare_month_is_asked_as_a_month() -> None:
    asked = _asked(FESTIVAL, None, "date")
    months = {q: a for q, a in asked.items() if a == "August"}
    assert months and all(q.startswith("In what month ") for q in months), asked


def test_a_month_with_its_year_stays_a_when_question() -> None:
    asked = _asked(FESTIVAL, DATED, "date")
    assert any(q.startswith("When ") and a == "August 2011" for q, a in asked.items()), asked
