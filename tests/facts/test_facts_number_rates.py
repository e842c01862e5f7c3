"""A sum paid "for each" or "per" something is a rate (sentences invented): asked without it, "How much
compensation did the premier announce?" wants a total the article never gives."""

from __future__ import annotations

from invented_articles import answers_to


def _numbers(text: str) -> dict[str, str]:
    return answers_to(text, kind="number")


def test_a_rate_is_never_asked_as_a_total() -> None:
    asked = _numbers(
        "Premier Lena Voss, who toured the valley on Saturday, announced compensation of 200,000 pesos for "
        "each family that lost a home."
    )
    assert not [q for q, a in asked.items() if a.startswith("200,000") and "each" not in q], asked


def test_a_rate_kept_in_its_question_is_asked() -> None:
    asked = _numbers("The Orvik council will give 300 dollars to each household this winter.")
    assert asked.get("How much will the Orvik council give to each household this winter?") == "300 dollars", asked
