"""A post a body names someone to ("Harbour Bank named Sara Lind as its new chief executive", "Velton
Insurance hired Ann Ruiz as finance director") is that person's post at that body (sentences invented);
a post whose own words point elsewhere ("as head coach of its senior team") is not asked."""

from __future__ import annotations

from invented_articles import answers_to


def _roles(text: str) -> dict[str, str]:
    return answers_to(text, kind="role")


def test_a_body_names_someone_to_its_post() -> None:
    asked = _roles("Harbour Bank on Monday named Sara Lind as its new chief executive. Harbour Bank has 240 branches.")
    assert "Sara Lind" in [a for q, a in asked.items() if "chief executive" in q and "Harbour Bank" in q], asked


def test_a_firm_hires_someone_as_a_post_of_its_own() -> None:
    asked = _roles("Velton Insurance hired Ann Ruiz as finance director. Velton Insurance has 3,000 staff.")
    assert "finance director" in [a for q, a in asked.items() if "Ann Ruiz" in q and "Velton Insurance" in q], asked


def test_a_post_that_points_elsewhere_is_not_asked() -> None:
    asked = _roles("The Coastal Rowing Union appointed Jo Marsh as head coach of its senior team on Friday.")
    assert not [a for a in asked.values() if " its " in f" {a} "], asked
