"""Date shapes unseen news writes that went unasked or half-asked: a "who" clause hung on a town,
a particle before a counted date, two participles of one hearing, a match result's day, and a
company's "its" never read as a city's."""

from __future__ import annotations

import datetime as dt

from invented_articles import date_questions

PUBLISHED = dt.date(2023, 10, 4)  # a Wednesday


def test_a_who_clause_hung_on_a_town_tells_of_the_person_before_it() -> None:
    text = (
        "A 32-year-old engineer from Ghaziabad, who was injured in an accident at the site last month, "
        "was discharged from hospital on Wednesday."
    )
    asked = {q.question: q.answer for q in date_questions(text, PUBLISHED)}
    assert asked["When was a 32-year-old engineer from Ghaziabad injured in an accident at the site?"] == (
        "September 2023"
    )
    assert not any(q.startswith("When was Ghaziabad") for q in asked)


def test_a_who_clause_after_a_noun_of_a_noun_is_not_asked() -> None:
    """ "the driver of a van in Leeds, who …": the driver, but the parse cannot tell: nothing asked of it."""
    text = "Police questioned the driver of a van in Leeds, who was arrested on Friday."
    assert not any("Leeds" in q.question and "arrested" in q.question for q in date_questions(text, PUBLISHED))


def test_a_particle_before_a_counted_date_stays_with_its_verb() -> None:
    text = "A fisherman who turned himself in last month was arrested by harbour police."
    (q,) = [q for q in date_questions(text, PUBLISHED) if "turn" in q.question]
    assert q.question.endswith("turn himself in?")
    assert q.answer == "September 2023"
