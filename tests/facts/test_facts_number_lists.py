"""A figure that counts one member of a list another figure is spread over is not asked alone ("In how
many countries does it run 610 shops?" would teach that all 610 are there); a share is asked with what
it is a share of ("In what percentage of the samples …?", not "In what percentage …?")."""

from __future__ import annotations

from invented_articles import questions_of_text


def test_a_count_that_is_one_member_of_a_list_is_not_asked_alone() -> None:
    said = "Volta Motors sells its cars through 900 dealers in 40 U.S. states, Canada and Mexico."
    asked = {q.answer: q.question for q in questions_of_text(said, kind="number")}
    assert "40" not in asked, asked  # "In how many U.S. states does Volta Motors sell its cars through 900 dealers?"


def test_a_count_with_no_list_beside_it_is_still_asked() -> None:
    asked = {
        q.answer: q.question for q in questions_of_text("The lender has 40 branches in six provinces.", kind="number")
    }
    assert "40" in asked


def test_a_share_in_a_prepositional_phrase_is_asked_with_its_whole() -> None:
    said = "The virus was detected in 40 percent of the samples tested by the laboratory."
    (q,) = questions_of_text(said, kind="number")
    assert q.question == "In what percentage of the samples tested by the laboratory was the virus detected?"


def test_a_bare_participle_after_a_shares_whole_stays_with_it() -> None:
    (q,) = questions_of_text("The inspectors found mould in 35 percent of the flats inspected.", kind="number")
    assert q.question == "In what percentage of the flats inspected did the inspectors find mould?"
