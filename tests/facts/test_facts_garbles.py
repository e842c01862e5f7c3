"""Shapes a cold read found garbled: a given name taken for a post, a figure fronted with its backdrop."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

ROLE_TEXTS = {
    "prince": "Castleford manager Prince Adeyemi was furious about the free-kick. 'It was never a foul,' Adeyemi said.",
    "dean": (
        '"Our members have spoken clearly," said Dean Holloway, the union\'s national officer.'
        " He said 78 percent of those voting had turned down the offer."
    ),
    "judge": (
        '"The market was braced for a trim," said Judge Amara, a banking analyst at Harbour Securities.'
        " Harbour Securities cut its forecast on Monday."
    ),
}

NUMBER_TEXTS = {
    "topline": (
        "Kestrel Foods raised its sales forecast on Thursday. The company now expects organic sales growth of"
        " 7 percent, on a topline of 3.2 billion euros, up from a previous forecast of 5 percent."
    ),
    "target": (
        "Northfield Bank cut its outlook on Tuesday. The bank reached a waiting time of nine months,"
        " against a target of six months, in the first half."
    ),
    "at_risk": (
        "With more than 800 cabin crew jobs at risk, the carrier Skyway is struggling with the downturn,"
        " its chief executive said on Friday."
    ),
}


@pytest.fixture(scope="module")
def roles():
    return asked_by_article(ROLE_TEXTS, "role")


@pytest.fixture(scope="module")
def numbers():
    return asked_by_article(NUMBER_TEXTS, "number")


@pytest.mark.parametrize("key", ["prince", "dean", "judge"])
def test_a_title_word_that_is_a_given_name_is_no_post(roles, key):
    answers = {q.answer for q in roles[key]}
    assert not answers & {"Prince", "Dean", "Judge", "manager Prince"}
    assert not any("besides being" in q.question for q in roles[key])


def test_the_other_post_is_still_asked(roles):
    assert {q.answer for q in roles["dean"]} >= {"national officer"}


@pytest.mark.parametrize("key", ["topline", "target", "at_risk"])
def test_a_figure_beside_the_fact_is_not_fronted(numbers, key):
    for q in numbers[key]:
        assert not q.question.startswith(("On a", "Against", "With")), q.question
