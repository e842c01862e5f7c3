"""A whole a part is counted from is no count of its own, and an age told beside a new name is that
person's age, not the age of whoever the sentence before named (invented articles)."""

from __future__ import annotations

from invented_articles import answers_to

WAREHOUSES = (
    "Veloria's coffee board met in Lisboa on Tuesday. The board said 17 out of 20 regional warehouses were "
    "full, and that it would hire 250 new inspectors this year."
)
GALLERY = (
    "A 72-year-old collector from Bath has been charged after 14 paintings vanished from a gallery in "
    "Bristol. Police said the 72-year-old, named as Derek Walsh, would appear before magistrates on Monday. "
    "The 29-year-old gallery manager, Tessa Quinn, said the paintings were worth about £300,000."
)


def test_the_whole_of_a_part_is_never_asked_as_the_count() -> None:
    asked = answers_to(WAREHOUSES, kind="number")
    assert not any(answer == "20" for answer in asked.values()), asked
    assert any(answer == "17" and "out of 20" in q for q, answer in asked.items()), asked


def test_an_age_beside_a_new_name_is_that_persons() -> None:
    asked = answers_to(GALLERY, kind="number")
    assert not any("Walsh" in q and a.startswith("29") for q, a in asked.items()), asked
    assert any("Tessa Quinn" in q and a.startswith("29") for q, a in asked.items()), asked


def test_a_rank_in_a_superlative_is_asked_with_its_field() -> None:
    asked = answers_to(
        "Veloria is the world's third-largest coffee producer. Bihar is the country's third most flood-prone "
        "state. The firm is the second-largest employer, with 4,000 staff.",
        kind="number",
    )
    assert asked.get("Among the world's largest coffee producers, where does Veloria rank?") == "third", asked
    assert asked.get("Among the country's most flood-prone states, where does Bihar rank?") == "third", asked
    assert not any("employer" in q for q in asked), asked  # no field: second-largest where?


def test_taka_and_funds_are_amounts() -> None:
    asked = answers_to(
        "The government has earmarked Tk 85 billion for the power sector. Dhaka will get Tk 12 billion. "
        "Northfield University on Monday announced a $15 million scholarship fund.",
        kind="number",
    )
    assert asked.get("How much will Dhaka get?") == "Tk 12 billion", asked
    assert asked.get("How large a scholarship fund did Northfield University announce?") == "$15 million", asked
