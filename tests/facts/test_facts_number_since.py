"""A count that holds only since an event keeps that event in its question. Invented sentences."""

from __future__ import annotations

from invented_articles import questions_of_text


def test_a_since_clause_bounds_the_count_it_asks() -> None:
    """ "six reporters have been killed since the army declared an end to major combat": without the
    "since", the question asks for every reporter ever killed, and "six" would be false."""
    text = (
        "Toll\n\nIn total, six reporters have been killed in Velda since the army declared an end to "
        "major combat on May 1, 2023."
    )
    (asked,) = [q for q in questions_of_text(text, kind="number") if q.answer == "six"]
    assert asked.question.endswith("since the army declared an end to major combat on May 1, 2023?")
