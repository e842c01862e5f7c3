"""A bare "the company" is never the outlet, regulator, court or customer named just before it, and
is asked only when one firm plainly fits (mentions.recent_org, facts/other_bodies.py)."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "outlet-reported": (
        "Velmont Foods cut 300 jobs in Leeds on Monday. Velmont Foods also closed two depots.\n\n"
        "Sales fell 4 percent in the quarter, the BBC reported. The company had warned investors "
        "on Feb. 12 that costs were rising."
    ),
    "outlet-that": (
        "Brockhall Stores was fined £2 million on Tuesday. Brockhall Stores runs 240 shops.\n\n"
        "The Wall Street Journal reported last month that the chain was under investigation in Wales. The "
        "firm declined to comment on that report."
    ),
    "regulator": (
        "Orvane Biotech said its asthma drug cut attacks by 48 percent. Orvane Biotech has 320 staff.\n\n"
        "The Coastal Drug Administration (CDA) granted the drug priority review in 2023. The company will "
        "present full results at a congress in Vienna on Oct. 3."
    ),
    "regulator-owns-subject": (
        "Orvane Biotech said its drug cut attacks by 48 percent. Orvane Biotech has 320 staff.\n\n"
        "The Coastal Drug Administration's panel backed the drug in May. The company will present full "
        "results in Vienna on Oct. 3."
    ),
    "board": (
        "Suvarna Power will raise Rs 900 crore in a share sale. Suvarna Power runs 11 plants.\n\n"
        "The Capital Markets Board of India approved the offer on June 20. The company had filed its draft "
        "papers with the regulator in February."
    ),
    "customer": (
        "Velmont Foods makes frozen pies in Leeds. Velmont Foods posted a loss on Monday.\n\n"
        "Halden Grocers buys most of its pies from Velmont Foods. The company opened a new depot in Hull "
        "in March."
    ),
    "supplier-subject": (
        "Velmont Foods makes frozen pies in Leeds. Velmont Foods posted a loss on Monday.\n\n"
        "Velmont Foods supplies Halden Grocers with pies. The company opened a new depot in Hull in March."
    ),
    "banker": (
        "Velmont Foods makes frozen pies in Leeds. Velmont Foods posted a loss on Monday.\n\n"
        "Its chief executive, Ann Cole, a former Dunmore Bank banker, joined in May. The company opened a "
        "new depot in Hull in March."
    ),
    "told": (
        "Velmont Foods posted a loss on Monday, the company told the Daily Courier. The company had opened a "
        "new depot in Hull in March."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def _about(bank: QuestionBank, article: str, deed: str) -> list[str]:
    return [f"{q.question} {q.answer}" for q in bank.questions if q.article == article and deed in q.question]


@pytest.mark.parametrize(
    ("article", "deed", "wrong"),
    [
        ("outlet-reported", "warn", "BBC"),
        ("outlet-that", "comment", "Wall Street Journal"),
        ("regulator", "present", "Coastal Drug Administration"),
        ("regulator-owns-subject", "present", "Coastal Drug Administration"),
        ("board", "draft papers", "Capital Markets Board"),
        ("customer", "depot", "Halden Grocers"),
    ],
)
def test_the_company_is_never_the_body_beside_it(bank: QuestionBank, article: str, deed: str, wrong: str) -> None:
    """The outlet that reported, the regulator that acted, the customer that buys: none is "the company"."""
    assert not [q for q in _about(bank, article, deed) if wrong in q]


@pytest.mark.parametrize("article", ["supplier-subject", "banker", "told"])
def test_the_story_firm_is_still_asked(bank: QuestionBank, article: str) -> None:
    """The firm the story is about, as the subject, stays "the company" beside a customer, a past
    employer in a post, or the outlet it spoke to."""
    asked = _about(bank, article, "depot")
    assert asked and all("Velmont Foods" in q for q in asked)


def test_the_company_is_not_a_firm_named_after_the_story_s_own():
    text = (
        "General Motors will build a new plant in Ohio, the carmaker said on Monday. General Motors expects "
        "to hire 2,000 workers.\n\nGeneral Electric will supply the turbines for the plant.\n\n"
        "The company will open the plant in June 2025."
    )
    bank = questions_of_texts({"plant": text})
    asked = [q for q in bank.questions if "open the plant" in q.question]
    assert all("General Electric" not in q.question + q.answer for q in asked), [(q.question, q.answer) for q in asked]


@pytest.mark.parametrize(
    ("text", "name", "dateline"),
    [
        (
            "Acme said sales rose.\n\nBRUSSELS (AP) — The Nordic Fishery Council agreed to cut the quota.",
            "BRUSSELS",
            True,
        ),
        ("Acme said sales rose.\n\nHSBC – which bought a stake in 2020 – will buy the rest.", "HSBC", False),
    ],
)
def test_a_name_in_capitals_before_a_dash_is_a_dateline_only_when_a_sentence_starts_after_it(text, name, dateline):
    from quizgen.facts.mentions import _dateline_place
    from quizgen.nlp import load_nlp

    ent = next(e for e in load_nlp()(text).ents if e.text == name)
    assert _dateline_place(ent) is dateline
