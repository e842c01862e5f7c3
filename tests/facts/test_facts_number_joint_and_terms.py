"""Issue 8, numbers: a figure a list gave together is the list's, and the shapes of counts that were
never asked (a threat with its condition, "a total of", hyphenated sizes, a verdict's counts, a named
relative's age). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "which-together": (
        "Foundations back the Carrow library.\n\n"
        "CARROW, May 3 (Reuters) - The Harrow Foundation, the Kelby Fund and the Orvell Trust, which together "
        "pledged $4.2 million, said on Tuesday the library would open in 2028."
    ),
    "which-alone": (
        "Retailers back the arena.\n\n"
        "Marsh Stores, Pell Group and the Corbin Trust, which pledged £3 million, said the arena would open soon."
    ),
    "list-as-apposition": (
        "Charities fund a hospice.\n\n"
        "MUMBAI: Tata Relief, Sunrise Aid and the Mehra Trust have together donated Rs 15 crore to the new "
        "hospice in Thane, officials said on Friday."
    ),
    "along-with": (
        "A mall changes hands.\n\n"
        "Nexa Group, along with Fenwick Capital, bought the Lindell shopping centre for £85 million in March."
    ),
    "partner-on-verb": (
        "A charity appeal ends.\n\nThe Leeds-based charity, along with two hospitals, raised £2.3 million last year."
    ),
    "total-scope": (
        "Grants announced.\n\nUnder the Bright Futures scheme, a total of $10 million was awarded to six colleges, "
        "including Harlow College, Mirren University and Tate Institute."
    ),
    "threat": (
        "Cabin crew face an ultimatum.\n\n"
        "Skyway Airlines threatened to fire all 2,700 cabin crew if they did not accept new contracts. "
        "Brandt Motors offered to buy back 30,000 cars if owners reported faults. "
        "The firm would cut 900 jobs if the merger failed, analysts said. "
        "Harbour Bank offered £1,500 to each saver if the branch closed. "
        "A memo threatened all 600 drivers with dismissal if they struck. "
        "Varn Bank would offer £4,000 to each saver if the branch closed."
    ),
    "total": (
        "Grants and cancellations.\n\n"
        "A total of $12 million was awarded to seven hospitals in the region, the ministry said. "
        "A total of 340 flights were cancelled at Heathrow on Sunday."
    ),
    "sizes": (
        "Inquiry findings.\n\n"
        "The inspectors published a 40-page report on the collapse last month. "
        "KOCHI: The state government will build a 200-bed hospital in Aluva, Health Minister Veena Nair said."
    ),
    "verdict": "A court in Varn sat on Monday.\n\nEllen Voss pleaded guilty to 11 offences.",
    "kin": (
        "A family escapes a blaze.\n\n"
        "Rachel Tombs, 34, woke to smoke at 3am. Her 8-year-old son, Gideon, was unhurt. "
        "Marta Ilic said her 12-year-old daughter, Vesna, had been treated for shock. "
        "Tom Berg and his 15-year-old son, Nils, were rescued by the coastguard."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 5, 8))


def _found(bank: QuestionBank, key: str) -> dict[str, str]:
    return {q.answer: q.question for q in asked(bank, key, "number")}


def test_a_figure_a_list_gave_together_is_asked_of_the_whole_list(bank: QuestionBank) -> None:
    """'A, B and C, which together pledged $4.2 million': never "How much did C pledge?"."""
    assert _found(bank, "which-together")["$4.2 million"] == (
        "How much did the Harrow Foundation, the Kelby Fund and the Orvell Trust pledge?"
    )


def test_a_clause_on_the_last_name_of_a_list_is_asked_of_no_one(bank: QuestionBank) -> None:
    """'A, B and C, which pledged £3 million': C's pledge or the three's, the parse cannot tell."""
    assert "£3 million" not in _found(bank, "which-alone")


def test_a_list_read_as_an_apposition_stays_whole(bank: QuestionBank) -> None:
    question = _found(bank, "list-as-apposition")["Rs 15 crore"]
    assert "Tata Relief, Sunrise Aid and the Mehra Trust" in question


def test_a_firm_that_bought_with_a_partner_is_not_the_buyer_alone(bank: QuestionBank) -> None:
    """'Nexa, along with Fenwick, bought …': "Which organization bought …? — Nexa Group" is half the truth."""
    assert not asked(bank, "along-with", "org-event")
    assert "Fenwick Capital" in _found(bank, "along-with")["£85 million"]


def test_a_threat_or_offer_with_a_condition_is_asked(bank: QuestionBank) -> None:
    """The threat was made; its condition, whose "they" would point back, is left out. A bare "would … if"
    stays unasked: nothing was said to be done."""
    found = _found(bank, "threat")
    assert found["2,700"] == "How many cabin crew did Skyway Airlines threaten to fire?"
    assert found["30,000"] == "How many cars did Brandt Motors offer to buy back if owners reported faults?"
    assert "900" not in found and "£4,000" not in found  # a supposed offer: "would offer … if …"
    assert "600" not in found  # "threatened 600 drivers with dismissal": the question would lose the threat
    assert found["£1,500"].startswith("How much did Harbour Bank offer to each saver")


def test_a_total_of_is_asked_where_it_stands(bank: QuestionBank) -> None:
    found = _found(bank, "total")
    assert found["$12 million"] == "According to the ministry, how much was awarded to seven hospitals in the region?"
    assert found["340"] == "How many flights were cancelled at Heathrow on Sunday?"


def test_a_size_counted_in_pages_or_beds_is_asked_with_its_phrase(bank: QuestionBank) -> None:
    found = _found(bank, "sizes")
    assert found["40 pages"] == "How long a report did the inspectors publish last month on the collapse?"
    assert found["200 beds"].endswith("a hospital will the state government build in Aluva?")


def test_the_charges_a_plea_covers_are_counted(bank: QuestionBank) -> None:
    assert _found(bank, "verdict") == {"11": "To how many offences did Ellen Voss plead guilty?"}


def test_a_named_relative_is_asked_through_the_person_named(bank: QuestionBank) -> None:
    """'Her 8-year-old son, Gideon': the tagger calls Gideon an organisation; asked as Rachel Tombs' son."""
    found = _found(bank, "kin")
    assert "Rachel Tombs' son, Gideon?" in found["8"]
    assert "Marta Ilic's daughter, Vesna?" in found["12"]
    assert "Tom Berg's son, Nils?" in found["15"]  # "Tom Berg and his son": the person just before "and his"


def test_a_partner_hung_on_the_verb_keeps_the_sum_unasked(bank: QuestionBank) -> None:
    """'The charity, along with two hospitals, raised £2.3 million': not "How much did the charity raise?"."""
    assert "£2.3 million" not in _found(bank, "partner-on-verb")
    assert not asked(bank, "partner-on-verb", "org-event")


def test_a_total_keeps_its_fronted_scheme_and_drops_the_list(bank: QuestionBank) -> None:
    assert _found(bank, "total-scope")["$10 million"] == (
        "How much was awarded to six colleges under the Bright Futures scheme?"
    )
