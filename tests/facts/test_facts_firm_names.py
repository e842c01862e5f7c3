"""Firms the small model tags as people, places or nothing are bodies when the article shows it: a
firm's word ends the name, a post is held at it, its shares move, it "said in a statement". Left as
people, "chief executive of Harwick Biotech" held no post anywhere and "the company" named no one.
A name the article writes after "Mr" or calls "he" stays a person."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import answers_to

from quizgen.nlp import load_nlp

DEAL = (
    "Harwick Biotech to buy Lyle Pharma\n\nBOSTON, May 2 (Reuters) - Harwick Biotech said on Thursday it would buy "
    'Lyle Pharma for $1.9 billion. "We have admired this team for years," said Dana Whitfield, chairman and chief '
    "executive of Harwick Biotech. Lyle Pharma said in a statement that its board backed the offer. Last year, the "
    "company earned 41 cents a share on sales of $612 million."
)
YARDS = (
    "Tanjong Shipping lands record order\n\nSINGAPORE - Tanjong Shipping has won a contract to build six tankers, "
    "the shipbuilder said on Friday. Lim Wei Jie, chief executive of Tanjong Shipping, said the yards would be busy "
    "until 2029. Tanjong Shipping shares rose 5.5 per cent."
)


def labels(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for e in load_nlp()(text).ents:
        found.setdefault(e.text, set()).add(e.label_)
    return found


def test_a_post_at_a_biotech_the_tagger_took_for_a_person_is_asked() -> None:
    asked = answers_to(DEAL, dt.date(2024, 5, 2))
    roles = [q for q, a in asked.items() if a == "Dana Whitfield" and "Harwick Biotech" in q]
    assert roles, asked


def test_the_company_after_a_firms_statement_is_named() -> None:
    asked = answers_to(DEAL, dt.date(2024, 5, 2))
    assert any(a == "41 cents" and "Lyle Pharma" in q for q, a in asked.items()), asked


def test_a_shipbuilder_the_tagger_took_for_a_building_holds_its_chiefs_post() -> None:
    asked = answers_to(YARDS, dt.date(2024, 5, 3))
    assert any(a == "Lim Wei Jie" and "Tanjong Shipping" in q for q, a in asked.items()), asked


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Paul Okafor steps down as head of Ashdown plc. Ashdown shares slipped 1.2 per cent to 342p.", "Ashdown plc"),
        ("Ingrid Sauer, managing director of Feldhaus, said the plant would close in March.", "Feldhaus"),
        ("Vantor said in a statement that it would appeal. Vantor shares fell 8 percent on Monday.", "Vantor"),
        ("Harwick chief executive Dana Whitfield said the deal would close in May.", "Harwick"),
        ("Rival carrier Jetwing said it had no plans to cut flights this winter.", "Jetwing"),
        ("The strike was called off, the nurses' union Carevoice said on Sunday.", "Carevoice"),
    ],
)
def test_a_name_shown_to_be_a_firm_is_an_organisation(text: str, firm: str) -> None:
    assert labels(text).get(firm) == {"ORG"}, labels(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Tom Lyle, founder of Lyle Pharma, said he would retire. Mr Lyle set up Lyle Pharma in 1990.", "Lyle"),
        ("The offer was made by Grace Marlow, head of Quillon Capital. Ms Marlow said it was fair.", "Ms Marlow"),
        ("Dorsey said in a statement that he would step down after nine years.", "Dorsey"),
    ],
)
def test_a_name_written_with_a_title_or_a_pronoun_stays_a_person(text: str, person: str) -> None:
    assert "ORG" not in labels(text).get(person, set()), labels(text)


def test_a_market_named_for_a_place_stays_a_place() -> None:
    found = labels("Hong Kong shares fell 2 percent, while Singapore Airlines said it would cut 300 jobs.")
    assert found.get("Hong Kong") == {"GPE"} and found.get("Singapore Airlines") == {"ORG"}, found


def test_a_firm_the_tagger_takes_for_a_place_and_a_body_is_a_body() -> None:
    text = (
        "Ethan Dorsey, who founded Quilltech in 2009, will leave its board. Quilltech said in a statement that "
        "it thanked him. Quilltech shares rose 1 percent in New York."
    )
    assert labels(text).get("Quilltech") == {"ORG"}, labels(text)


def test_a_post_at_a_firms_short_name_is_asked() -> None:
    text = (
        "Kaveri Looms Ltd to close mill\n\nCHENNAI: Kaveri Looms Ltd will close its mill in Salem by June, the "
        "company said on Tuesday. S. Raman, managing director of Kaveri Looms, said yarn prices had doubled."
    )
    asked = answers_to(text, dt.date(2024, 5, 7))
    assert any(a == "S. Raman" and "Kaveri Looms" in q for q, a in asked.items()), asked
