"""Number shapes of results, court and infrastructure copy: two amounts a share for two periods, a
period fronted without a comma, a fine "also" laid after a sentence, a line measured in km
(sentences invented)."""

from __future__ import annotations

import pytest
from invented_articles import answers_to

RESULTS = (
    "Dorvale Chemicals posts higher profit\n\n"
    "Dorvale Chemicals said on Tuesday its quarterly profit rose sharply.\n\n"
    "A year earlier the company earned $250 million, or 68 cents a share.\n\n"
    "Dorvale Chemicals expects to earn 23 cents per share in the fourth quarter and 92 cents per share "
    "for the year. Analysts expected earnings of 21 cents a share for the quarter and 90 cents a share "
    "for the year."
)
COURT = (
    "Former official jailed\n\n"
    "A former deputy mayor of Lanzhou was sentenced to 12 years in prison on Thursday for taking bribes, "
    "a court in Tianjin said.\n\n"
    "Zhao Ming, 61, was also fined 5 million yuan, the court said."
)
LINES = (
    "Rail link approved\n\n"
    "The Harwick Rail Corporation will build a 400-km high-speed rail line linking Dunmore and Calder, "
    "officials said on Friday.\n\n"
    "The state of Veloria will lay a 220-km transmission line to the coast, officials said."
)


@pytest.fixture(scope="module")
def results() -> dict[str, str]:
    return answers_to(RESULTS, kind="number")


def test_each_amount_a_share_is_asked_with_its_own_period(results: dict[str, str]) -> None:
    assert results.get("How much per share does Dorvale Chemicals expect to earn for the year?") == "92 cents"
    assert results.get("How much per share does Dorvale Chemicals expect to earn in the fourth quarter?") == "23 cents"


def test_no_question_carries_the_other_amount_or_strands_of(results: dict[str, str]) -> None:
    for question in results:
        assert "92" not in question and "23 cents" not in question
        assert " of for " not in question  # "did analysts expect earnings of for the quarter?"


def test_a_period_fronted_without_a_comma_stays_in_the_question(results: dict[str, str]) -> None:
    asked = {q: a for q, a in results.items() if a in ("$250 million", "68 cents")}
    assert asked and all("a year earlier" in q for q in asked)


def test_a_fine_also_laid_in_a_reported_case_is_asked() -> None:
    asked = answers_to(COURT, kind="number")
    assert [q for q, a in asked.items() if a == "5 million yuan" and "Zhao Ming" in q and "fined" in q]


def test_a_line_sized_in_km_is_asked_how_long() -> None:
    asked = answers_to(LINES, kind="number")
    sized = {q: a for q, a in asked.items() if a in ("400 km", "220 km")}
    assert sized and all(q.startswith("How long") for q in sized)


ARRESTED = (
    "Driver charged after crash\n\n"
    "Police in Harwick arrested Tomas Brevik on Saturday after a crash on the ring road.\n\n"
    "The 41-year-old is due to appear in court on Monday, charged with dangerous driving."
)
SPOKE = (
    "Man charged after chase\n\n"
    "A man driving a van fitted with blue lights was stopped in Harwick on Saturday night.\n\n"
    '"This was reckless and could have ended badly," Sergeant Lena Marsh said.\n\n'
    "The 41-year-old is due to appear in court on Monday, charged with dangerous driving."
)


def test_an_age_by_epithet_is_the_person_just_named() -> None:
    asked = answers_to(ARRESTED, kind="number")
    assert [q for q, a in asked.items() if a == "41" and "Brevik" in q]


def test_an_age_by_epithet_is_never_the_speaker_before_it() -> None:
    asked = answers_to(SPOKE, kind="number")
    assert not [q for q, a in asked.items() if a == "41" and "Marsh" in q]


def test_the_it_of_a_cost_after_a_builder_is_left_open() -> None:
    text = (
        "Rail link approved\n\n"
        "The state of Veloria will build a high-speed rail line to the coast, officials said on Friday.\n\n"
        "It will cost 60 billion crowns."
    )
    asked = answers_to(text, kind="number")
    assert not [q for q in asked if "Veloria" in q and "cost" in q]


def test_a_count_in_crore_or_lakh_keeps_its_scale_in_the_answer() -> None:
    text = (
        "Power plan\n\n"
        "The Rajgarh state utility serves 1.2 crore consumers, officials said on Monday.\n\n"
        "Nearly 3.5 lakh farmers have applied for the new crop loans, the minister said."
    )
    asked = answers_to(text, kind="number")
    assert "1.2 crore" in asked.values() and "3.5 lakh" in asked.values()
    assert not [q for q in asked if "crore" in q or "lakh" in q]


def test_a_change_between_two_percentages_is_asked_whole() -> None:
    text = (
        "Demand to rise\n\n"
        "Power demand in Rajgarh is expected to grow between 3 and 5 per cent this year, officials said.\n\n"
        "Harwick Foods expects sales growth of between 4 and 6 percent in 2025, the company said."
    )
    asked = answers_to(text, kind="number")
    assert [q for q, a in asked.items() if a == "between 3 and 5 per cent" and q.startswith(("By what", "According"))]
    assert not [a for a in asked.values() if a.startswith("growth of")]
