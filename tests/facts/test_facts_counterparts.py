"""A post named by a counterpart ("Finance Minister A and her Trade counterpart B") is the first
post with the portfolio swapped; a country's counterpart is not read so (sentences invented)."""

from __future__ import annotations

from invented_articles import answers_to, questions_of_text

TEXT = (
    "Finance Minister Ann Lindqvist and her Trade counterpart Tomas Vale said on Monday that the "
    "budget would protect exporters."
)
FOREIGN = "Foreign Minister Ann Lindqvist met her Ruritanian counterpart Tomas Vale in Oslo on Monday."


def test_a_counterpart_holds_the_post_with_his_own_portfolio() -> None:
    asked = answers_to(TEXT, kind="role")
    assert asked.get("At the time of writing, what post did Tomas Vale hold?") == "Trade Minister", asked


def test_a_counterpart_of_a_country_is_not_given_a_portfolio() -> None:
    answers = {q.answer for q in questions_of_text(FOREIGN, kind="role")}
    assert "Ruritanian Minister" not in answers, answers
