""" "it" in a reported clause is never a person the tagger took for a body ("…, it agreed to spend
£200,000, Pryce said": the council agreed, not Pryce)."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_text


def test_it_after_a_clause_of_its_own_is_not_the_speaker() -> None:
    text = (
        'Council leader Joan Pryce said the ban was necessary. "We will not let a small minority ruin the '
        'town," she said.\n\nWhen the council met on Wednesday, it agreed to spend 200,000 pounds on new '
        "cameras, Pryce said."
    )
    asked = [q.question for q in questions_of_text(text, dt.date(2024, 3, 4), "number")]
    assert not any("Pryce agree" in q for q in asked), asked


def test_a_firm_named_like_a_person_still_speaks_of_itself() -> None:
    text = (
        "Harlan Brooks said it earned 45 million pounds in the six months to September, up 12 per cent on a "
        "year earlier.\n\nThe coffee chain, formally known as Harlan Brooks Ltd., plans to open 18 new stores. "
        "Chief executive Sarah Mills said the company would focus on its northern shops."
    )
    asked = [q.question for q in questions_of_text(text, dt.date(2024, 3, 4), "number")]
    assert any("did Harlan Brooks earn" in q for q in asked), asked
