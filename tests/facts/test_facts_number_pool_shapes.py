"""Number shapes found missing on unseen news (issue 8, second pools); sentences invented."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from invented_articles import asked, questions_of_text, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "per-share": (
        "Harbour Foods makes soup in Varn.\n\nLast year, the company earned 39 cents a share on sales of $1.1 billion."
    ),
    "particle": "Reporters met the minister in Varn on Monday.\n\nMore than 20 reporters walked out of the press hall.",
    "elevation": "Varn is a mountain town.\n\nLake Varn is 1,200 meters above sea level.",
    "sized-noun": "The coast was on alert.\n\nWarnings of waves up to three metres high remained in effect on Monday.",
    "paired": (
        "Varn Foods reports on Friday.\n\n"
        "A poll by Harbour Research put Varn Foods' profit at 85 cents a share and its revenue at $2.3 billion. "
        "The survey put Varn's growth at 3 pct and Oslo's growth at 4 pct."
    ),
    "early-surname": (
        "Police searched the bay near Varn on Monday.\n\n"
        "Ruiz, 41, and her son were last seen on Thursday. Her husband, Tom Ruiz, called the police."
    ),
    "pared": (
        "Varn trades with Oslo.\n\n"
        "The Varn trade surplus was pared to 10.1 billion dlrs in 2019 from 17.4 billion dlrs in 2018."
    ),
    "redundant": "Harbour Bank is cutting costs.\n\nHarbour Bank will make 300 staff redundant.",
    "quarters": (
        "Varn's economy slowed.\n\n"
        "In the final quarter, Varn's output rose a slight 0.2 pct after expanding 0.8 pct in the third quarter."
    ),
    "other-body": (
        "Tom Berg, vice chairman of the Norway regional government, said the port would help.\n\n"
        "Varn Port is a key project. It also is among the 180 key projects in which the central government "
        "invested more than 70 billion crowns in 2019."
    ),
    "cases-by-year": (
        "Flu spread in Norway.\n\n"
        "The number of reported cases of flu across Norway rose from 31 cases in 2009 to 1,420 in 2016."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


def _found(bank: QuestionBank, key: str) -> dict[str, str]:
    return {q.answer: q.question for q in asked(bank, key, "number")}


def test_a_lone_amount_a_share_is_asked_with_its_period(bank: QuestionBank) -> None:
    """'Last year, it earned 39 cents a share': asked per share, and for last year, not for any year; the
    sales it was earned on are a second figure, left out of its question."""
    found = _found(bank, "per-share")
    assert found["39 cents"] == "How much per share did Harbour Foods earn last year?"
    assert found["$1.1 billion"].endswith("last year?")


def test_a_verb_with_out_of_keeps_its_place(bank: QuestionBank) -> None:
    """'walked out of the hall': "out" holds no object of its own, its "of" does; both stay."""
    assert _found(bank, "particle") == {"20": "More than how many reporters walked out of the press hall?"}


def test_a_height_above_sea_level_is_asked_of_the_place(bank: QuestionBank) -> None:
    assert _found(bank, "elevation") == {"1,200 meters": "How far above sea level is Lake Varn?"}


def test_a_size_after_a_nested_noun_is_not_given_to_the_outer_one(bank: QuestionBank) -> None:
    """'Warnings of waves three metres high': the waves are high, not the warnings."""
    assert not any("warnings" in q.lower() for q in _found(bank, "sized-noun").values())


def test_two_objects_with_a_figure_each_are_asked_apart(bank: QuestionBank) -> None:
    """'put its profit at A and its revenue at B': each figure with its own object, "its" named."""
    found = _found(bank, "paired")
    assert found["$2.3 billion"] == "At how much did a poll by Harbour Research put Varn Foods' revenue?"
    assert found["85 cents"] == "At how much per share did a poll by Harbour Research put Varn Foods' profit?"
    assert found["3%"] == "At what percentage did the survey put Varn's growth?"
    assert found["4%"] == "At what percentage did the survey put Oslo's growth?"


def test_a_surname_before_the_full_name_is_not_that_person(bank: QuestionBank) -> None:
    """'Ruiz, 41, and her son …' and only later 'Tom Ruiz': the age is not Tom Ruiz's."""
    assert not any("Tom Ruiz" in q for q in _found(bank, "early-surname").values())


def test_a_wire_change_verb_pared_is_a_change(bank: QuestionBank) -> None:
    found = _found(bank, "pared")
    # each end with its own year beside its wh-phrase: the other end's year stays with that end
    assert found["10.1 billion dollars"] == (
        "To what amount in 2019 was the Varn trade surplus pared from 17.4 billion dollars in 2018?"
    )
    assert found["17.4 billion dollars"] == (
        "From what amount in 2018 was the Varn trade surplus pared to 10.1 billion dollars in 2019?"
    )


def test_a_count_made_redundant_keeps_the_adjective_after_the_verb(bank: QuestionBank) -> None:
    """'make 300 staff redundant': the tagger reads "redundant" as the noun; the count is of the staff."""
    assert _found(bank, "redundant") == {"300": "How many staff will Harbour Bank make redundant?"}


def test_a_fronted_quarter_stays_and_the_earlier_change_goes(bank: QuestionBank) -> None:
    """'In the final quarter, output rose 0.2 pct after expanding 0.8 pct in the third quarter': each
    figure with its own quarter, never 0.2% beside the third quarter."""
    found = _found(bank, "quarters")
    assert found["0.2%"] == "By what percentage did Varn's output rise in the final quarter?"
    assert "final" not in found["0.8%"]


def test_a_body_with_its_own_adjective_is_not_named_as_an_earlier_one(bank: QuestionBank) -> None:
    """'the central government' after 'the Norway regional government' is another government."""
    found = _found(bank, "other-body")
    assert found["70 billion crowns"] == "More than how much did the central government invest in 2019?"


def test_the_later_end_of_a_dated_change_is_no_range(bank: QuestionBank) -> None:
    """'from 31 cases in 2009 to 1,420 in 2016': the year before "to" is no first end of a range."""
    found = _found(bank, "cases-by-year")
    assert found["1,420"].startswith("To what figure in 2016 did the number of reported cases of flu")
    assert found["1,420"].endswith("rise from 31 cases in 2009?")


def test_the_start_of_a_change_keeps_its_own_year_beside_it() -> None:
    """ "rose from 31 cases in 2010 to 1,204 in 2016": "From how many cases did … rise in 2010 to …"
    reads as if the rise were in 2010; the year is the figure's."""
    text = (
        "Figures\n\nThe number of reported cases of measles across Wales rose from 31 cases in 2010 "
        "to 1,204 in 2016.\n\nTin exports fell from 8,412 tonnes in 2019 to 7,905 tonnes in 2021."
    )
    asked = {q.answer: q.question for q in questions_of_text(text, kind="number")}
    assert asked["31"] == (
        "From how many cases in 2010 did the number of reported cases of measles across Wales rise to 1,204 in 2016?"
    )
    assert re.fullmatch(
        r"From how many tonnes in 2019 did [Tt]in exports fall to 7,905 tonnes in 2021\?", asked["8,412 tonnes"]
    )
    assert re.fullmatch(
        r"To how many tonnes in 2021 did [Tt]in exports fall from 8,412 tonnes in 2019\?", asked["7,905 tonnes"]
    )
