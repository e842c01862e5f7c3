"""Bodies named beside a possessive post ("Its new owner, X Holdings,", "the chain's chief
executive, Ann Lind"), and a post "held earlier" (invented sentences, several outlets' shapes)."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import Question

TEXTS = {
    # a British paper: the firm set beside an owner's post, the chief executive of "the chain"
    "chain": (
        "Pellow, the 75-year-old furniture store chain, will reopen nine shops in April. Its new owner, "
        "Carrick Retail, said on Tuesday it would keep 1,400 jobs.\n\n"
        "The chain's chief executive, Ruth Ambler, said the shops would open on April 7.\n\n"
        "The union's general secretary, Owen Pryce, said staff had waited a year for good news."
    ),
    # a club beside a supporters' trust: the trust's chair is no officer of the club
    "club": (
        "Ashby Vale FC, the National League club, has been sold to a consortium from Texas.\n\n"
        "The club's chairman, Neil Harte, said the sale had saved the club.\n\n"
        "The supporters' trust's chair, Gwen Tate, said fans wanted a seat on the board."
    ),
    # an Indian paper: "the country's largest carrier" says where it stands, not whose it is
    "carrier": (
        "MUMBAI: Tarang Mobile, the country's fourth-largest mobile carrier, on Monday named Vikram Rao as "
        "its managing director.\n\n"
        "The carrier's chairman, Sunil Mehta, said Rao would take charge on July 1."
    ),
    # wire copy: a parent company only ties one firm to another; "the company's" is then nobody's
    "parent": (
        "LONDON, May 3 (Reuters) - Brenton Bakeries, the British biscuit maker, said on Friday it would shut "
        "its Derby plant.\n\n"
        "Its parent company, Lomond Capital, said in a statement it had agreed to sell the site.\n\n"
        "The company's finance director, Alan Birch, said the plant had lost money for years."
    ),
    # a firm (tagged a person) described with a relative clause ("the bus operator that runs …") is a firm,
    # and owns "the operator's" post
    "operator": (
        "Westline, the bus operator that runs services across the Fens, has been fined by the regulator.\n\n"
        "The operator's managing director, Hannah Voss, said passengers had been let down."
    ),
}


@pytest.fixture(scope="module")
def asked() -> dict[str, list[Question]]:
    bank = questions_of_texts(TEXTS)
    return {key: [q for q in bank.questions if q.article == key] for key in TEXTS}


def _posts(questions: list[Question]) -> dict[str, str]:
    return {q.question: q.answer for q in questions if q.kind == "role"}


def test_the_firm_beside_an_owner_is_a_speaker_and_no_person(asked: dict[str, list[Question]]) -> None:
    chain = asked["chain"]
    said = [q for q in chain if q.kind == "quote" and "1,400 jobs" in q.question]
    assert [q.answer for q in said] == ["Carrick Retail"]
    assert said[0].question.startswith("Which organization")
    for q in chain:  # never a person's post, never among the people who said something
        assert "owner" not in q.choices
        if q.question.startswith("Who said"):
            assert "Carrick Retail" not in q.choices


def test_the_chains_post_is_the_chains(asked: dict[str, list[Question]]) -> None:
    posts = _posts(asked["chain"])
    assert any("Ruth Ambler hold at Pellow" in q and a == "chief executive" for q, a in posts.items())
    assert not any("Owen Pryce" in q and "Pellow" in q for q in posts)  # the union's officer


def test_a_trusts_chair_is_not_the_clubs(asked: dict[str, list[Question]]) -> None:
    posts = _posts(asked["club"])
    assert any("Neil Harte hold at Ashby Vale FC" in q for q in posts)
    assert not any("Gwen Tate" in q or a == "Gwen Tate" for q, a in posts.items())


def test_a_carrier_ranked_in_its_country_is_the_carrier(asked: dict[str, list[Question]]) -> None:
    posts = _posts(asked["carrier"])
    assert any("Sunil Mehta hold at Tarang Mobile" in q and a == "chairman" for q, a in posts.items())


def test_a_parent_company_is_not_the_company(asked: dict[str, list[Question]]) -> None:
    posts = _posts(asked["parent"])
    assert not any("Alan Birch" in q and "Lomond Capital" in q for q in posts)


def test_an_operator_described_with_a_clause_owns_the_operators_post(asked: dict[str, list[Question]]) -> None:
    posts = _posts(asked["operator"])
    assert any("Hannah Voss hold at Westline" in q and a == "managing director" for q, a in posts.items())


def test_a_post_held_earlier_is_a_former_post() -> None:
    text = (
        "CHENNAI: Kaveri Steel on Friday named Arjun Pillai as its managing director. Pillai, 49, was earlier "
        "the chief operating officer of Deccan Alloys."
    )
    posts = _posts(questions_of_texts({"earlier": text}).questions)
    assert "former chief operating officer" in posts.values()
    assert not any("earlier" in a for a in posts.values())
