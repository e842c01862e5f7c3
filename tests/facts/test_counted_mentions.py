"""A counted mention named again ("the gunmen") is named by what its sentence ties it to only when
the verb makes it one of that thing's: never "the gunmen of the village" they attacked."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import questions_of_text


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "About 30 gunmen attacked the village of Kauru on Monday, police said. The gunmen killed 12 people "
            "and abducted several women, police spokesman Ahmed Bello said.",
            "gunmen of the village",
        ),
        (
            "Some 40 firefighters battled the blaze at the Harwick mill overnight. The firefighters rescued "
            "nine workers from the roof, the fire service said.",
            "firefighters of the blaze",
        ),
    ],
)
def test_a_count_is_tied_only_by_a_verb_of_belonging(text: str, wrong: str) -> None:
    asked = [q.question for q in questions_of_text(text, dt.date(2024, 3, 4), "number")]
    assert not any(wrong in q for q in asked), asked


def test_a_joining_verb_still_ties_the_count() -> None:
    text = (
        "Around 40 students will join the new programme at Kovalam College this year. The students will "
        "spend six months in Germany, the dean said."
    )
    asked = [q.question for q in questions_of_text(text, dt.date(2024, 3, 4), "number")]
    assert not any("Around 40" in q or "the around 40" in q.lower() for q in asked), asked
