"""A quote asked by its first thought: an editor's "[...]" ends it as a full stop would."""

from __future__ import annotations

from quizgen.facts.reported import first_sentences


def test_a_quote_is_cut_where_the_editor_left_words_out() -> None:
    quote = "Despite more traffic, soot on the quay has fallen by a third since 1990 [...] However, rules change."
    assert first_sentences(quote) == "Despite more traffic, soot on the quay has fallen by a third since 1990"


def test_a_short_opening_before_the_elision_keeps_the_whole_quote() -> None:
    quote = "Well, yes [...] the ferry will sail again in May."
    assert first_sentences(quote) == quote
