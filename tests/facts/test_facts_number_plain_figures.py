"""Figures stated plainly that were left unasked or asked wrong: a quake's magnitude, a prison term
said after a date or joined to a conviction, a change with the level it reached."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_texts


def _numbers(text: str) -> dict[str, str]:
    bank = questions_of_texts({"f": f"Plain figures\n\n{text}"}, dt.date(2025, 3, 4))
    return {q.question: q.answer for q in bank.questions if q.kind == "number"}


def test_a_quake_magnitude_is_asked_of_the_quake() -> None:
    asked = _numbers("A magnitude 6.8 earthquake struck western Narvia late on Sunday, killing at least 57 people.")
    assert asked.get("What was the magnitude of the earthquake that struck western Narvia late on Sunday?") == "6.8"
    assert not [q for q, a in asked.items() if a == "6.8" and "magnitude of" not in q], asked


def test_a_magnitude_in_a_passive_clause_is_not_cut_short() -> None:
    """'… the quake that was felt' would be cut to "What was the magnitude of the earthquake?": nothing."""
    asked = _numbers("A magnitude 7.1 earthquake that hit the coast in 2011 was felt in Torvik.")
    assert "7.1" not in asked.values(), asked


def test_a_term_after_a_weekday_is_asked() -> None:
    asked = _numbers(
        "A former county clerk who stole more than $3.2 million from taxpayers was sentenced on Tuesday "
        "to 14 years in federal prison."
    )
    assert any(q.startswith("To how many years was a former county clerk") for q in asked), asked
    assert "14 years" in asked.values(), asked


def test_a_term_joined_to_a_conviction_is_passive() -> None:
    asked = _numbers(
        "Dean Hartley was convicted of manslaughter and jailed for nine years. "
        "The former mayor was arrested in May and jailed for six years in 2021."
    )
    assert asked.get("For how many years was Hartley jailed?") == "nine years", asked
    assert asked.get("For how many years was the former mayor jailed in 2021?") == "six years", asked
    assert not [q for q in asked if " did the former mayor jail" in q], asked


def test_a_lone_adjective_is_no_subject() -> None:
    """'a man who killed three cyclists while drunk was jailed': "drunk" is no one who was jailed."""
    asked = _numbers(
        "In a separate case, a man who killed three cyclists while drunk was jailed for 12 years on Friday."
    )
    assert not [q for q in asked if "drunk" in q], asked


def test_a_change_with_its_level_is_no_range() -> None:
    asked = _numbers("Harwick United's revenue rose by 12% to 650 million pounds in the year to June.")
    assert [q for q, a in asked.items() if a == "12%" and q.startswith("By what percentage")], asked


def test_a_count_inside_a_definite_owner_is_asked_through_it() -> None:
    asked = _numbers(
        "The records of 900,000 patients were stolen in the attack. "
        "Hackers stole the personal details of 2.3 million customers from the bank."
    )
    assert asked.get("The records of how many patients were stolen in the attack?") == "900,000", asked
    assert asked.get("The personal details of how many customers did hackers steal from the bank?") == "2.3 million"


def test_an_owner_that_only_sizes_is_not_asked_through() -> None:
    """'A group of 40 students', 'the first of 12 races': the "of" sizes or picks, it does not own."""
    asked = _numbers("A group of 40 students visited the museum. The first of 12 races was won by Ella Moss.")
    assert not [q for q in asked if " of how many" in q.lower()], asked


def test_a_short_when_clause_scopes_a_bare_count() -> None:
    """'41 children died when the roof collapsed': "How many children died?" alone says not which."""
    asked = _numbers(
        "Forty-one children died when the school roof collapsed in Marvik. "
        "Nine miners were killed when a tunnel flooded at the Verna pit. Three workers were injured when it fell."
    )
    assert asked.get("How many miners were killed when a tunnel flooded at the Verna pit?") == "Nine", asked
    assert not [q for q in asked if "when it fell" in q], asked


def test_a_named_possessive_subject_keeps_its_capital() -> None:
    asked = _numbers(
        "Owen Price, 31, was found guilty of murder at Marlow Crown Court. "
        "His accomplice was convicted of manslaughter and jailed for nine years."
    )
    assert not [q for q in asked if "owen Price" in q], asked


def test_a_set_off_change_after_the_objects_is_left_out() -> None:
    asked = _numbers(
        "The country recorded 122,400 dengue cases and 104 deaths last year, a rise of 86 per cent from 2023."
    )
    assert asked.get("How many dengue cases did the country record last year?") == "122,400", asked


def test_a_set_off_tail_is_left_out_of_a_count() -> None:
    """'delivered, enough for 600,000 children': kept, it read "had been delivered enough for …"."""
    asked = _numbers(
        "The Health Ministry will begin vaccinating children in 40 districts from Monday, with parents able to "
        "book online. Dr Lina Moss said 1.5 million doses had been delivered, enough for about 700,000 children."
    )
    assert not [q for q in asked if " enough for" in q or ", with parents" in q], asked
    assert "1.5 million" in asked.values(), asked
