"""A closing aside that sums up the act (", a move that angered unions") is no part of what was done:
a question worded from the clause ends before it (sentences invented)."""

from __future__ import annotations

from invented_articles import answers_to

TEXT = (
    "The Kestrel Council launched an inquiry into the sale of the harbour, a move that angered unions.\n\n"
    "In May 2022, the Harwick Trust, the sole owner of the Courier group, began a review of newsroom "
    "pay, a process that the board said would take a year."
)


def test_a_summing_aside_is_cut_from_the_question() -> None:
    asked = answers_to(TEXT, kind="org-event")
    assert asked.get("Which organization launched an inquiry into the sale of the harbour?") == "Kestrel Council"
    assert not any("a move" in q or "a process" in q for q in asked), asked


def test_an_act_cut_before_its_summing_aside_is_still_asked() -> None:
    asked = answers_to(TEXT, kind="org-event")
    assert "Harwick Trust" in asked.values(), asked


def test_a_describing_aside_is_cut_whole_not_left_half() -> None:
    """ "closed the ferry, a service that has run since 1931": never "… the ferry, a service?"."""
    text = (
        "Ferry vote\n\nPORT ELLIS, June 3, 2024 - The council on Tuesday closed the ferry, "
        "a service that has run since 1931."
    )
    asked = answers_to(text, kind="date")
    assert [q for q in asked if q.endswith("did the council close the ferry?")], asked
    assert not any("a service" in q for q in asked), asked
