"""A game's result owned by a side's name ("after Ashford's 1-0 loss against Kingsmere on Monday") is
dated like "the 1-0 loss": the side's name stands where "the" would, and no other owner does."""

from __future__ import annotations

from invented_articles import date_questions


def test_a_result_owned_by_a_named_side_is_dated() -> None:
    text = "After Ashford's 1-0 loss against Kingsmere on Monday, coach Dan Pryor said the home side deserved to win."
    assert [(q.question, q.answer) for q in date_questions(text)] == [
        ("When was Ashford's 1-0 loss against Kingsmere?", "Monday, October 2, 2023")
    ]


def test_an_owned_thing_that_is_no_result_is_not_dated() -> None:
    text = "After Orvia Foods' sale on Monday, analysts cut their forecasts for the Kestrel Dairy group."
    assert not date_questions(text)
