"""A temperature is asked as one ("What temperature …?"), never "How many degrees Celsius …?", and
degrees of a turn are no temperature. Invented sentences."""

from __future__ import annotations

from invented_articles import questions_of_text

WEATHER = (
    "The temperature in Velda reached 41.2 degrees Celsius on Tuesday.\n\n"
    "Temperatures in Harwick rose to 39 degrees Celsius on Monday.\n\n"
    "The heat peaked at 104 degrees Fahrenheit in Dunmore on Sunday.\n\n"
    "The resin is warmed to 180 degrees Celsius in a kiln.\n\n"
    "The road turns 90 degrees at the bridge."
)


def test_a_temperature_is_asked_as_one() -> None:
    asked = {q.answer: q.question for q in questions_of_text(WEATHER, kind="number")}
    assert asked["41.2 degrees Celsius"] == "What did the temperature in Velda reach on Tuesday?"
    assert asked["39 degrees Celsius"] == "To what level did temperatures in Harwick rise on Monday?"
    assert asked["104 degrees Fahrenheit"].startswith("At what temperature did the heat peak")
    assert asked["180 degrees Celsius"].startswith("To what temperature is the resin warmed")
    assert not asked["90 degrees"].startswith(("What temperature", "To what temperature"))
