"""A rank foreseen is no rank held, and "the 31-year-old" after a sentence that brings in someone
unnamed beside the named person may be either of them (invented articles)."""

from __future__ import annotations

from invented_articles import answers_to

FORESEEN = (
    "Orlavia could become the world's third-largest tea producer by 2030, the trade ministry said on "
    "Tuesday. Analysts said Menzia would be Asia's second-biggest bus market without the new tariffs. "
    "Tarvania has become the region's fourth-largest wheat exporter."
)
ATTACK = (
    "Nadia Brennick was assaulted by her former partner in Harlow on Friday night. The 31-year-old was "
    "later charged with assault. Detectives questioned Owen Tully about the death of his brother. "
    "The 52-year-old was found at the family home in May."
)


def test_a_rank_foreseen_is_not_asked_as_held() -> None:
    asked = answers_to(FORESEEN, kind="number")
    assert not any("Orlavia" in q or "Menzia" in q for q in asked), asked
    assert asked.get("Among the region's largest wheat exporters, where does Tarvania rank?") == "fourth", asked


def test_an_epithet_after_someone_unnamed_is_not_the_named_one() -> None:
    asked = answers_to(ATTACK)
    assert not any("Brennick" in q and a.startswith("31") for q, a in asked.items()), asked
    assert not any("Tully" in q and a.startswith("52") for q, a in asked.items()), asked
    assert not any("Tully" in q and "found" in q for q in asked), asked
