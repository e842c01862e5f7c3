""" "The bank said" speaks for a named bank only when the article leaves no doubt: the bank its own
clause opens with, or the one bank in reach. A lender's story that also names the central bank, a
club's that names the league, two councils or two ministries: which one spoke is open, so nothing is
asked, and a body's words never go to a person. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "lender-after-the-central-bank": (
        "The Bank of England said last week that it expected inflation to fall to 2 percent by next spring. "
        "Northfield plans to close 18 branches and cut 400 jobs, the bank said on Tuesday. Shares in Northfield "
        "rose 2 percent."
    ),
    "two-banks-in-reach": (
        "Harbour Bank will cut 300 jobs after the Bank of England lowered its main rate to 3.5 percent. "
        "The bank said it would close 12 branches in Wales."
    ),
    "a-lender-described": (
        "Northfield, Britain's sixth-largest lender, will close 18 branches this year. The Bank of England cut "
        "rates to 3.75 percent in May. The bank said most of the branches were in small towns."
    ),
    "one-bank": (
        "Harbour Bank will cut 300 jobs in Wales and Scotland this year. The bank said it would close 12 branches."
    ),
    "its-own-clause": (
        "Kestrel Bank will raise $1.5 billion through a rights issue to meet tougher capital rules, the bank "
        "said on Wednesday.\n\nThe Monetary Authority of Singapore said last month that lenders must hold more "
        "capital. Harbour Bank said it already met the new rules."
    ),
    "two-councils": (
        "Thornbury Council and Ashdown District Council have agreed to share a waste contract worth 40 million "
        "pounds. The council said the deal would save 3 million pounds a year."
    ),
    "two-ministries": (
        "The Ministry of Health and the Ministry of Finance have agreed to fund 200 new clinics in rural areas. "
        "The ministry said the first clinics would open in March."
    ),
    "the-bank-speaks-on": (
        "Kestrel Bank will raise $1.5 billion in a rights issue, its chief executive said. Rival lender Harbour "
        "Bank said on Tuesday it already met the new rules. The bank said it had no plans to raise capital."
    ),
    "the-regulator-spoke-before": (
        "The Central Bank of Ireland has fined Greystone Bank 8.6 million euros for failures in its controls, "
        "the regulator said on Thursday. The bank said it accepted the findings."
    ),
    "the-banks-chief": (
        "Northfield Bank will shut 18 branches this year, chief executive Helen Marsh said on Monday. "
        "The Bank of England cut rates last month. "
        "The bank's chief executive said the lender would keep one branch in every county."
    ),
    "the-central-bank-after-a-statistics-office": (
        "Statistics Holmland reported on Tuesday that food prices rose 4.1 percent in April from a year earlier.\n\n"
        "The central bank said it would keep interest rates on hold until the autumn."
    ),
    "the-central-bank-after-a-bank": (
        "Holmland's Reserve Bank said on Tuesday that food prices rose 4.1 percent in April from a year earlier.\n\n"
        "The central bank said it would keep interest rates on hold until the autumn."
    ),
    "the-company-after-its-regulator": (
        "The energy regulator Ofwarden said on Tuesday it had fined Brackley Power 3 million pounds after "
        "thousands of customers were sent wrong bills.\n\nThe company said it accepted the finding and would "
        "refund every customer by March."
    ),
    "the-company-speaks-on": (
        "Brackley Power said on Tuesday it would cut 300 jobs at its call centres.\n\nThe company said most "
        "of the jobs were in Leeds and Bradford."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def said(quotes: dict[str, list[Question]], key: str, words: str) -> list[str]:
    return [q.answer for q in quotes[key] if words in q.question]


def test_a_lender_the_clause_opens_with_is_never_the_central_bank(quotes):
    assert "Bank of England" not in said(quotes, "lender-after-the-central-bank", "18 branches")


def test_two_banks_in_reach_ask_nothing(quotes):
    assert said(quotes, "two-banks-in-reach", "12 branches") == []


def test_a_body_described_as_a_lender_is_a_rival_bank(quotes):
    assert said(quotes, "a-lender-described", "small towns") == []


def test_the_one_bank_in_reach_speaks(quotes):
    assert said(quotes, "one-bank", "12 branches") == ["Harbour Bank"]


def test_the_bank_its_clause_opens_with_speaks_though_others_are_named(quotes):
    assert said(quotes, "its-own-clause", "rights issue") == ["Kestrel Bank"]


def test_the_one_bank_that_spoke_just_before_speaks_on(quotes):
    assert said(quotes, "the-bank-speaks-on", "no plans to raise capital") == ["Harbour Bank"]


def test_a_bank_that_only_opened_the_clause_before_does_not_speak_on(quotes):
    assert said(quotes, "the-regulator-spoke-before", "accepted the findings") == []


@pytest.mark.parametrize(("key", "words"), [("two-councils", "3 million"), ("two-ministries", "first clinics")])
def test_two_bodies_of_one_kind_ask_nothing(quotes, key, words):
    assert said(quotes, key, words) == []


def test_the_banks_chief_executive_is_no_bank(quotes):
    answers = said(quotes, "the-banks-chief", "one branch in every county")
    assert not {"Bank of England", "Northfield Bank"} & set(answers)


def test_the_central_bank_is_never_the_statistics_office_that_spoke_before(quotes):
    assert said(quotes, "the-central-bank-after-a-statistics-office", "rates on hold") == []
    assert said(quotes, "the-central-bank-after-a-bank", "rates on hold") == ["Reserve Bank"]


def test_the_company_is_never_the_regulator_that_spoke_of_it_before(quotes):
    assert said(quotes, "the-company-after-its-regulator", "refund every customer") == []


def test_the_one_company_that_spoke_before_speaks_on(quotes):
    assert said(quotes, "the-company-speaks-on", "Leeds and Bradford") == ["Brackley Power"]
