"""A figure the article leaves open ("unclear whether the city will hire 200 officers") is not asked,
and an "it" that stands for nothing ("It is likely that …") is never read as the last sentence's subject."""

from __future__ import annotations

import pytest
from invented_articles import answers_to

from quizgen.questions.open_clause import left_open


@pytest.mark.parametrize(
    ("sentence", "figure", "open_"),
    [
        ("It remains unclear whether the city will hire 200 new officers this year.", "200", True),
        ("Officials would not say if the ferry will resume on Friday.", "Friday", True),
        ("Nobody knows whether the league will add 4 teams, the chairman said.", "4", True),
        # what the clause takes for granted, and a figure past the clause's end
        ("It is unclear whether any candidate will win the nine votes needed to lead the chamber.", "nine", False),
        ("Voters were asked whether they backed the plan, but 300 ballots were spoilt.", "300", False),
        ("The city will hire 200 new officers this year.", "200", False),
    ],
)
def test_a_figure_left_open(sentence: str, figure: str, open_: bool) -> None:
    start = sentence.index(figure)
    assert left_open(sentence, (start, start + len(figure))) is open_


def test_an_open_figure_and_an_empty_it_in_an_article() -> None:
    text = (
        "The new ferry terminal at Harwick will open in September, port director Sam Kell said on Thursday. "
        "It is likely that fares will rise next year, Kell said. It remains unclear whether the city will "
        "hire 200 new officers this year, Mayor Lina Ortez said on Tuesday."
    )
    answers = answers_to(text)
    assert "200" not in answers.values()
    assert not any("terminal at Harwick is likely" in q for q in answers)
    assert not any("Harwick remains unclear" in q for q in answers)
