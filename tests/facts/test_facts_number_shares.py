"""A list of shares of one whole is asked once per share, each naming its own item, and never as one
question that swallows the other shares ("… of the grain 25 per cent to Oman and … went to Egypt?")."""

from __future__ import annotations

from invented_articles import questions_of_text


def test_each_share_of_a_fronted_whole_is_asked_with_its_item() -> None:
    said = (
        "Of the grain shipped from the port of Varna, 44 per cent went to Egypt, 21 per cent to Oman "
        "and 7 per cent to Peru, the Bulgarian grain agency said."
    )
    asked = {q.answer: q.question for q in questions_of_text(said, kind="number")}
    oman = "what percentage of the grain shipped from the port of Varna went to Oman?"
    assert asked.get("21 per cent", "").endswith(oman), asked
    assert asked.get("7 per cent", "").endswith("went to Peru?"), asked
    assert all(q.count("per cent") == 0 for q in asked.values()), asked  # no share inside another's question


def test_shares_after_their_whole_and_joined_to_the_verb_are_each_asked() -> None:
    said = "Some 55 percent of the Lunvik council's budget went to housing and 12 percent to libraries."
    asked = {q.answer: q.question for q in questions_of_text(said, kind="number")}
    assert asked.get("12 percent") == "What percentage of the Lunvik council's budget went to libraries?", asked


def test_later_shares_with_no_whole_named_are_not_asked() -> None:
    said = "At the Tolmere plant, 30 per cent came from Chile, 20 per cent from Peru and 5 per cent from Bolivia."
    asked = {q.answer: q.question for q in questions_of_text(said, kind="number")}
    assert "20 per cent" not in asked and "5 per cent" not in asked, asked
