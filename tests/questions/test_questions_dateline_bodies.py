"""A wire dateline is no part of its sentence (sentences invented): "LONDON, May 3 (Reuters) - Union
officials met the airline" capitalises "Union" only because the sentence starts there, so no body
called "Union" exists for a later "the company" to stand for; and "the company" is never a union,
a ministry or a council whatever the article names."""

from __future__ import annotations

from invented_articles import answers_to, questions_of_text

WIRE = (
    "Airline talks\n\n"
    "LONDON, May 3 (Reuters) - Union officials have been in talks with the airline, the union said.\n\n"
    "The company said its planned 400 new routes would open next year."
)
NAMED_UNION = (
    "Port strike\n\n"
    "The Dockers Union met port managers on Monday. The Dockers Union said the talks had failed.\n\n"
    "The company said its 300 cranes would stand idle."
)


def test_a_capital_after_a_dateline_names_no_body() -> None:
    asked = [q.question for q in questions_of_text(WIRE)]
    assert not [q for q in asked if "Union" in q], asked


def test_the_company_is_never_a_union() -> None:
    asked = answers_to(NAMED_UNION)
    assert not [q for q in asked if "Dockers Union's" in q or "According to the Dockers Union, how many" in q], asked
    assert not [q for q, a in asked.items() if "cranes" in q and a == "Dockers Union"], asked


def test_the_company_of_a_firms_own_officer_is_that_firm_or_nothing() -> None:
    text = (
        "Turbine deal\n\n"
        "HAMBURG, June 2 (Reuters) - Veltra Energy agreed to buy turbines from Nordwind, Veltra said on Monday.\n\n"
        "Klaus Becker, managing director of Nordwind, said the company had tested the turbines for two years."
    )
    asked = [q.question for q in questions_of_text(text)]
    assert not [q for q in asked if "Veltra" in q and "tested" in q], asked


def test_the_company_an_outside_analyst_speaks_of_is_not_named() -> None:
    text = (
        "Turbine deal\n\n"
        "HAMBURG, June 2 (Reuters) - Veltra Energy agreed to buy turbines from Nordwind, Veltra said on Monday.\n\n"
        "Jo Pike, an analyst at Fenmore Capital, said the company would need to raise 200 million euros."
    )
    asked = [q.question for q in questions_of_text(text)]
    assert not [q for q in asked if "raise" in q and ("Veltra" in q or "Fenmore" in q)], asked


def test_a_ministry_never_speaks_for_the_firm_that_spoke_before() -> None:
    text = (
        "Harbour Steel said in a statement the Orvik plant would close in March. "
        "The ministry said late on Friday the talks had failed. Mayor Ann Ruiz said on Monday that the city "
        "would borrow 40 million dollars. Police said on the same day the road was open."
    )
    asked = answers_to(text, kind="quote")
    assert "Harbour Steel" not in [a for q, a in asked.items() if "talks" in q], asked
