"""Every question a sentence a teacher would write: the plain verb for the article's padding ("propose
to invest", not "make a proposal to invest"), "How many times", not "For how many times", one ask per
question, and a target asked as a target ("By what year is the plant meant to …"). Every sentence
here is invented."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.questions.plain_verbs import plain_verbs


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        (
            "How much did the Ravello mayor make a proposal to spend on the tram line?",
            "How much did the Ravello mayor propose to spend on the tram line?",
        ),
        (
            "How many wardens had the parish council made a decision to hire?",
            "How many wardens had the parish council decided to hire?",
        ),
        (
            "When did the cabinet take a decision to sell the ferries?",
            "When did the cabinet decide to sell the ferries?",
        ),
        (
            "Who said that the trust gave its approval to a loan for the clinic?",
            "Who said that the trust approved a loan for the clinic?",
        ),
        (
            "For how many times has the Orla river flooded since 2010?",
            "How many times has the Orla river flooded since 2010?",
        ),
        (
            "According to the rota, for how many times had the Ketley crew been called out?",
            "According to the rota, how many times had the Ketley crew been called out?",
        ),
        ("How large a endowment will the Fenwick fund make?", "How large an endowment will the Fenwick fund make?"),
    ],
)
def test_padding_is_said_plainly(question: str, plain: str) -> None:
    assert plain_verbs(question) == plain


@pytest.mark.parametrize(
    "question",
    [
        "How much did the Ravello mayor make an offer to shareholders?",  # a recipient: "offered to …" says else
        "For how much did the gallery sell the print, for three times the price?",  # a multiple, not a count
        "Who said \u201cwe made a decision to stay\u201d?",  # the speaker's own words
        "How many euros did the firm pay a euro at a time?",  # "a euro", not "an euro"
    ],
)
def test_what_is_not_padding_stays(question: str) -> None:
    assert plain_verbs(question) == question


ARTICLES = {
    "light": (
        "Tarrow Foods chief executive Helen Brisk made a proposal to invest 90 million dollars in a new "
        "bakery in Leeds, the company said on Monday.\n\n"
        "Shares in Tarrow Foods rose 2 percent."
    ),
    "times": (
        "The Kessel ferry has broken down for seven times since January, according to the harbour log.\n\n"
        "Passengers complained to the operator, Kessel Lines."
    ),
    "glued": (
        "The Baltic Rail Fund agreed to lend 300 million euros and to guarantee a further 80 million euros "
        "for the Tallinn line, the fund's chairman Peeter Saar said on Tuesday.\n\n"
        "Work on the line is due to start in the spring."
    ),
    "target": (
        "The new container terminal at Port Halden is designed to handle 9 million containers a year by 2031, "
        "the port's director Ines Moura said.\n\n"
        "The terminal will cost 700 million euros."
    ),
}


def _asked(key: str) -> list[str]:
    bank = questions_of_texts(ARTICLES)
    return [q.question for q in bank.questions if q.article == key]


def test_a_light_verb_is_asked_as_the_plain_verb() -> None:
    asked = _asked("light")
    assert "How much did Tarrow Foods chief executive Helen Brisk propose to invest in a new bakery in Leeds?" in asked
    assert not any("make a proposal" in q for q in asked)


def test_a_count_of_times_has_no_for() -> None:
    asked = _asked("times")
    assert any(q.startswith("According to the harbour log, how many times has") for q in asked), asked
    assert not any("for how many times" in q.lower() for q in asked)


def test_a_second_clause_is_not_glued_to_the_asked_one() -> None:
    asked = _asked("glued")
    assert "How much did the Baltic Rail Fund agree to lend?" in asked, asked
    assert not any("and to guarantee" in q and q.startswith("How much") for q in asked)


def test_a_target_is_asked_by_year_and_not_as_a_design_date() -> None:
    asked = _asked("target")
    assert (
        "By what year is the new container terminal at Port Halden meant to handle 9 million containers a year?"
        in asked
    )
    assert not any(q.startswith("By when") for q in asked), asked
