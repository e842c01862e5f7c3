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
