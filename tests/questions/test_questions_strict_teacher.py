"""Shapes a strict teacher strikes out (issue 8): a subject taken from a preposition's object, a quote
cut before its verb's object, a critic's claim asked as fact, "those talks" never named, a bare season,
and a weekday of a threat."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article, questions_of_text

from quizgen.facts.date_bare_periods import bare_period
from quizgen.questions.length import shorten

TEXTS = {
    "unions": "WELLPORT, March 6 (Reuters) - The council's talks with unions ended on Monday without a deal. "
    "The strike at the depot will go on, officials said.",
    "critics": "The government unveiled a new rail plan on Tuesday.\n\n"
    "The opposition says the fuel tax will be introduced on July 1. Critics say the Harland bridge will open "
    "in 2031. Rival bidders insist the ferry contract was awarded in 2019.",
    "named": "The talks with the dockers' unions broke down on Monday, the ministry said.\n\n"
    "Those talks are expected to resume on Friday, a union official said.\n\n"
    "Union leader Ann Kerr said on Tuesday that those talks were hanging by a thread.",
    "unnamed": "Ministers met rail bosses in Carlow on Monday.\n\n"
    "That plan was approved by the cabinet on February 20, officials said.",
    "season": "The cocoa output for the October-September season is likely to fall by 12 per cent, the "
    "Brenmark Cocoa Board said on Tuesday. The hostel season runs from May to August, when demand for beds peaks.",
}
THREAT = "A caller told the Tarrow embassy that a bomb would explode on Monday. Police arrested a man on Thursday."


@pytest.fixture(scope="module")
def dates() -> dict[str, list[str]]:
    return {k: [q.question for q in qs] for k, qs in asked_by_article(TEXTS, "date").items()}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[str]]:
    return {k: [q.question for q in qs] for k, qs in asked_by_article(TEXTS, "quote").items()}


def test_a_participle_misread_off_a_prepositions_object_is_not_asked(dates: dict[str, list[str]]) -> None:
    assert not any("unions ended" in q or "were unions" in q for q in dates["unions"])


def test_a_critics_date_is_asked_as_theirs(dates: dict[str, list[str]]) -> None:
    asked = dates["critics"]
    assert not any(q.startswith(("In what year will the", "On what date will the fuel")) for q in asked)
    assert any(q.startswith("According to critics, ") and "Harland bridge" in q for q in asked)
    assert any(q.startswith("According to the opposition, ") for q in asked)
    assert not any("contract" in q and not q.startswith("According to rival bidders") for q in asked)


def test_those_talks_are_named_from_the_article(dates: dict[str, list[str]], quotes: dict[str, list[str]]) -> None:
    asked = dates["named"] + quotes["named"]
    assert not any("those talks" in q.lower() for q in asked)
    assert any("the talks with the dockers' unions" in q and "resume" in q for q in asked)


def test_a_thing_pointed_at_and_never_named_is_not_asked(dates: dict[str, list[str]]) -> None:
    assert not any("plan" in q for q in dates["unnamed"])


def test_a_bare_season_is_not_asked(dates: dict[str, list[str]]) -> None:
    assert not any(q.startswith("When") and "season" in q and "say" not in q for q in dates["season"])


def test_the_weekday_of_a_threat_is_not_asked() -> None:
    asked = [q.question for q in questions_of_text(THREAT, None, "date")]
    assert not any("explode" in q for q in asked)
    assert any("arrest" in q for q in asked)


@pytest.mark.parametrize(
    "quote",
    [
        "We have been talking to both sides for weeks and we are working hard to find a fair and lasting "
        "settlement for the harbour and for everyone who works there",
        "The board has looked very closely at every single option since the spring and we will build the new "
        "stand at the south end with the money raised by our supporters",
    ],
)
def test_a_cut_quote_keeps_no_verb_without_its_object(quote: str) -> None:
    cut = shorten(f"Who said \u201c{quote}\u201d?")
    words = cut.split("\u2026")[0].split()
    assert len(cut.split()) < len(quote.split())
    assert words[-2].lower() not in ("to", "will", "we", "must") and words[-1] not in ("to", "with", "we")


@pytest.mark.parametrize(
    ("question", "bare"),
    [
        ("When is the October-September season?", True),
        ("When does the hostel season run?", True),
        ("In what months does the dry period last?", True),
        ("When does the growing season begin?", False),
        ("When was the tax year changed?", False),
    ],
)
def test_a_date_question_about_a_period_alone(question: str, bare: bool) -> None:
    assert bare_period(question) is bare
