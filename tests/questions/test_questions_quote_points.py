"""A long quotation is never cut down to its lead-up: a gerund subject, an opening "as"/"in case"
phrase or a point granted before "but" says nothing a learner would keep; and "the" stays before
a seat of power a post is held at ("treasurer of the Vatican")."""

from __future__ import annotations

from quizgen.facts.quote_points import granted_rest, point_reached
from quizgen.facts.reported import first_sentences, trim
from quizgen.facts.wording import with_the
from quizgen.questions.length import shorten
from quizgen.questions.platitudes import platitude


def test_a_gerund_subject_keeps_its_main_verb() -> None:
    text = (
        "Mapping the seabed off the northern cape, and the charts of every wreck and reef found on it, "
        "lets our pilots bring the larger ferries into the old harbour at any tide"
    )
    cut = trim(text)
    assert "lets our pilots" in cut and cut.endswith("\u2026")
    question = f"Who said \u201c{text}\u201d?"
    assert "lets our pilots" in shorten(question)


def test_an_opening_as_phrase_keeps_the_main_clause() -> None:
    text = (
        "As the oldest ferry operator on the coast and the largest employer in the three harbour towns, "
        "this contract will secure our crews and our yards for another twenty years of service"
    )
    assert "this contract will secure" in trim(text)
    assert "this contract will secure" in shorten(f"Who said \u201c{text}\u201d?")


def test_an_opening_in_case_clause_is_not_all_that_is_kept() -> None:
    question = (
        "Who said \u201cIn case you want to turn a school gym into a field ward, you can simply roll in these beds "
        "and start treating patients as they need no piped oxygen\u201d?"
    )
    short = shorten(question)
    assert "you can simply roll in these beds" in short
    assert "In case you want" not in short


def test_a_point_granted_before_but_gives_way_to_the_point() -> None:
    text = "Yes, you can win as many tosses as you like, but it is the bowlers who take twenty wickets that win Tests"
    assert granted_rest(text) == "but it is the bowlers who take twenty wickets that win Tests"
    assert granted_rest("Our bowlers won it, but the fielding let us down") is None
    short = shorten(f"Who said \u201c{text} on pitches like these in the north\u201d?")
    assert "bowlers who take twenty wickets" in short and "tosses" not in short


def test_plain_quotes_and_prepositions_ending_in_ing_are_cut_as_before() -> None:
    words = "During the storm the pier lost its lights, and the ferries stayed in port for a week".split()
    assert point_reached(words, 9) == 9
    words = "The harbour board has agreed to spend the money on the pier, the lights and the ferries".split()
    assert point_reached(words, 9) == 9


def test_a_seat_of_power_keeps_its_the() -> None:
    assert with_the("Vatican", "the former Vatican treasurer said") == "the Vatican"
    assert with_the("Kremlin") == "the Kremlin"
    assert with_the("Interpol") == "Interpol"


def test_a_short_sentence_that_leads_on_keeps_what_it_leads_to() -> None:
    text = "I won't answer that. On the coast we have a saying. It is 'the tide waits for no ferry'. We sail at six."
    assert first_sentences(text) == (
        "I won't answer that. On the coast we have a saying. It is 'the tide waits for no ferry'."
    )
    text = "The new pier will open in May and the ferries will use it from June. We sail at six."
    assert first_sentences(text) == "The new pier will open in May and the ferries will use it from June."


def test_where_attention_lies_is_too_bland_to_ask() -> None:
    assert platitude("Who said that the focus of attention stays on the Bank of Orvane?")
    assert platitude("Who said that all eyes are on Kellsby?")
    assert not platitude("Who said that the focus remains on the harbour board, which meets in May to set fees?")
    assert not platitude("Who said that the bank would not act, adding that the focus remains on Kellsby?")
