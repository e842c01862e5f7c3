"""A sum written with its currency's name after the number ("a 2 billion pound plan", "a 40 million
euro contract", "a 10,000 rupee fine") is money, never a count of the noun after it (sentences
invented): "How many plan did the council approve?" taught "2 billion pound" as a number of plans."""

from __future__ import annotations

from invented_articles import answers_to


def _numbers(text: str) -> dict[str, str]:
    return answers_to(text, kind="number")


def test_a_sum_named_by_its_currency_is_no_count_of_the_noun_after_it() -> None:
    asked = _numbers(
        "Road plan\n\nThe Harwick council approved a 2 billion pound plan on Friday, officials said. "
        "The court imposed a 10,000 rupee fine on the firm."
    )
    counts = ("How many plan", "How many fine", "According to officials, how many")
    assert not [q for q in asked if q.startswith(counts)]
    assert "2 billion pound" not in asked.values()


def test_a_contract_sized_in_euros_is_asked_how_large() -> None:
    asked = _numbers("Rail deal\n\nThe city of Orvik signed a 10-year, 40 million euro contract with Velton Rail.")
    assert {a for q, a in asked.items() if q.startswith("How large a contract")} == {"40 million euro"}


def test_a_weight_in_pounds_stays_a_weight() -> None:
    asked = _numbers("Auction\n\nThe 150 pound statue was sold for 2,000 euros at the Harwick auction house.")
    assert asked.get("For how much was the 150 pound statue sold?") == "2,000 euros"


def test_a_sum_the_tagger_cut_before_its_currency_keeps_it() -> None:
    asked = _numbers("The Orvik assembly approved a 12 billion crown budget on Tuesday.")
    assert "12 billion crown" in asked.values(), asked
    assert not [q for q in asked if "crown budget" in q and asked[q] == "12 billion"], asked
