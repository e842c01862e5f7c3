"""Bodies the tagger misreads as they speak: a firm named like a person ("Dunkel Donuts said it earned
…") is asked as the firm, by the full name the article gives it; a police force with a capital
("West Yorkshire Police said …") is asked as that force, not lost as a "country". A name that is a
person's ("Tilda Okafor said she …") stays a person's. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "firm": (
        "CHICAGO -- Dunkel Donuts Inc. reported a 12 percent rise in quarterly profit on Tuesday, helped by "
        "new shops in Texas and Ohio.\n\n"
        "Based in Evanston, Dunkel Donuts said Tuesday it earned $8.2 million, or 14 cents a share, in the "
        "three months ended Sept. 30.\n\n"
        "Dunkel Donuts said it expects to earn 18 cents per share in the fourth quarter and 61 cents per "
        "share for the year."
    ),
    "person": (
        "Tilda Okafor Inc. cut its forecast on Monday.\n\n"
        "Tilda Okafor said she expects sales to fall 8 percent in the fourth quarter."
    ),
    "force": (
        "A former council treasurer who stole £2.3m from a pension fund has been jailed for six years.\n\n"
        "Graham Lowther, 58, admitted fraud by abuse of position at Leeds Crown Court in March.\n\n"
        "West Yorkshire Police said in a statement that the investigation had taken more than two years "
        "and involved officers examining 18,000 financial records."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_firm_tagged_as_a_person_that_says_it_is_asked_as_the_firm(quotes: dict[str, list[Question]]) -> None:
    said = {q.question: (q.answer, q.aliases) for q in quotes["firm"]}
    earned = (
        "Which organization said that it earned $8.2 million, or 14 cents a share, in the three months ended Sept. 30?"
    )
    assert said[earned][0].startswith("Dunkel Donuts Inc")
    assert "Dunkel Donuts" in said[earned][1]
    assert any("expects to earn 18 cents per share" in q and a[0].startswith("Dunkel Donuts") for q, a in said.items())


def test_a_name_said_to_be_she_is_never_asked_as_a_firm(quotes: dict[str, list[Question]]) -> None:
    assert all(not q.question.startswith("Which organization") for q in quotes["person"])


def test_a_police_force_with_a_capital_is_the_speaker(quotes: dict[str, list[Question]]) -> None:
    said = {q.question: q.answer for q in quotes["force"]}
    question = (
        "Who said that the investigation had taken more than two years and involved officers examining "
        "18,000 financial records?"
    )
    assert said.get(question) == "West Yorkshire Police"
