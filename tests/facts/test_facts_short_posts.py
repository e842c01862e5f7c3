"""A post written short before a name ("Lands CS Ann Wekesa") is read in full ("Lands Cabinet
Secretary") only when the article spells the post out too; otherwise what it stands for is a guess
(sentences invented)."""

from __future__ import annotations

from invented_articles import questions_of_text

SPELLED = (
    "Two Cabinet Secretaries have dismissed claims of a split over the housing levy.\n\n"
    "Lands CS Margaret Wekesa said at a rally in Machakos on Saturday that the Cabinet was united."
)
UNSPELLED = "Lands CS Margaret Wekesa said at a rally in Machakos on Saturday that the levy would stay."


def test_a_short_post_is_read_in_full_where_the_article_spells_it_out() -> None:
    answers = {q.answer for q in questions_of_text(SPELLED, kind="role")}
    assert "Lands Cabinet Secretary" in answers, answers


def test_a_short_post_the_article_never_spells_out_is_not_guessed() -> None:
    answers = {q.answer for q in questions_of_text(UNSPELLED, kind="role")}
    assert "Lands Cabinet Secretary" not in answers, answers
