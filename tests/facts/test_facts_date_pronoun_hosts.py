"""Pronouns in date questions: "it" reads as the subject of the clause its own clause is joined to,
and "his" is never given to a person named elsewhere when its clause has a subject of its own."""

from __future__ import annotations

from invented_articles import date_questions


def test_it_in_a_joined_clause_is_that_clauses_subject_not_the_last_sentences() -> None:
    text = (
        "The Dunmore Ferry Company bought a second ship in 2019. After its refit, the vessel will leave"
        " Cork in May, and in June it will reach Halifax."
    )
    asked = {q.question for q in date_questions(text)}
    assert "When will the vessel reach Halifax?" in asked
    assert not [q for q in asked if "Company reach" in q]


def test_his_in_a_clause_with_a_noun_subject_is_not_given_to_another_named_person() -> None:
    text = "Ann Ruiz praised the crew. The harbour pilot was hired by Ann Ruiz in 2014 but lost his licence last year."
    assert not [q for q in date_questions(text) if "Ruiz's licence" in q.question]


def test_a_church_rank_before_a_name_is_no_second_person() -> None:
    # "Cardinal Byrne" is the Colm Byrne named before, so "him" has one person to stand for
    text = (
        "Cardinal Colm Byrne led the Dunmore diocese for years. Byrne’s first trial ended in a hung jury,"
        " before the jury in a second trial found him guilty in 2018. Cardinal Byrne did not speak."
    )
    asked = [(q.question, q.answer) for q in date_questions(text)]
    assert asked == [("In what year did the jury in a second trial find Colm Byrne guilty?", "2018")]
