"""A long quotation is cut so the question reads at a glance; short ones and brackets stay whole."""

from __future__ import annotations

from quizgen.questions.length import MAX_WORDS, shorten


def test_a_long_quotation_is_cut_at_a_clause_boundary() -> None:
    question = (
        "Who said \u201cThe new bridge will carry twice the traffic of the old one, and the tolls will pay for "
        "its upkeep within ten years of opening to the public\u201d?"
    )
    short = shorten(question)
    assert short == "Who said \u201cThe new bridge will carry twice the traffic of the old one \u2026\u201d?"
    assert len(short.split()) <= MAX_WORDS


def test_a_cut_never_ends_on_a_loose_word() -> None:
    question = (
        'Who said "We think that the council should spend the money on the schools and the roads of the '
        'northern towns before it builds any new offices for the staff"?'
    )
    short = shorten(question)
    assert short.endswith(' \u2026"?')
    assert short.split()[-2] not in ("the", "and", "of", "on", "should")


def test_a_question_near_the_limit_is_left_whole() -> None:
    question = "Who said \u201cThe plan is sound and the money is there, so we start work on the bridge in May\u201d?"
    assert shorten(question) == question


def test_a_cut_that_would_open_a_bracket_is_not_made() -> None:
    question = (
        "Who said \u201cWe feel that the board wants a quick deal because (they think) the rival bidders might walk "
        "away too easily from the table\u201d?"
    )
    assert shorten(question).count("(") == shorten(question).count(")")


def test_an_aside_goes_first_so_the_statement_keeps_its_verb() -> None:
    question = (
        "Who said \u201cThe harbour works, which are part of the city's ten-year transport plan, have been slowed "
        "by the floods and will now finish in the spring\u201d?"
    )
    short = shorten(question)
    assert "which are part" not in short
    assert "have been slowed by the floods" in short


def test_an_as_aside_goes_and_the_cut_keeps_what_is_said() -> None:
    question = (
        "Who said \u201cIt is worrying that, as shown by this survey, many fishermen may be less likely to see a "
        "doctor about their chest pains in the months after the storm\u201d?"
    )
    short = shorten(question)
    assert "as shown by" not in short
    assert "many fishermen may be less likely to see a doctor" in short
