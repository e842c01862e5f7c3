"""Dates no question can carry: a quarter written "Q3 2026" is no day of September, and a "where"
clause the parse tore open is not asked as "… is work expected where to begin?"."""

from __future__ import annotations

import datetime as dt

from invented_articles import answers_to

PUBLISHED = dt.date(2025, 11, 3)


def test_a_quarter_is_no_day() -> None:
    text = "The port authority approved a new container berth on Monday. Dredging is expected to begin in Q3 2026."
    asked = answers_to(text, PUBLISHED)
    assert not any("September" in a or "2026" in a and a != "Q3 2026" for a in asked.values()), asked


def test_a_where_clause_is_not_torn_into_the_question() -> None:
    text = (
        "The council approved plans for a 20,000-seat stadium on Tuesday. The site, where work is expected "
        "to begin in June, lies beside the canal."
    )
    asked = answers_to(text, PUBLISHED)
    assert not any(" where " in q for q in asked), asked


def test_a_where_clause_on_its_own_verb_is_still_asked() -> None:
    text = (
        "The Arcadia probe launched from Florida on Monday. It will then fly on to the outer solar system, "
        "where Arcadia is set to arrive at Saturn in 2031."
    )
    asked = answers_to(text, PUBLISHED)
    assert any(a == "2031" and "where" not in q for q, a in asked.items()), asked


def test_a_with_phrase_dates_its_own_event_only() -> None:
    text = (
        "Stadium plans approved\n\nMarch 4, 2025\n\nThe old north stand at Halden Park will be pulled down in "
        "June, with the new one due to open in 2028.\n"
    )
    asked = answers_to(text)
    assert not any(a == "2028" for a in asked.values()), asked  # the opening's year, never the pulling down's
    assert not any(" with " in q for q in asked), asked


def test_a_plain_with_is_no_event_of_its_own() -> None:
    from quizgen.facts.date_conjuncts import in_absolute
    from quizgen.nlp import load_nlp

    doc = load_nlp()("The bank left the region with the 1991 takeover of its Ohio branches.")
    [year] = [e for e in doc.ents if e.text == "1991"]
    assert not in_absolute(year)


def test_a_financial_year_is_no_count() -> None:
    text = "The council approved a new stadium on Tuesday. Work is expected to begin in the 2026-27 financial year."
    asked = answers_to(text, PUBLISHED)
    assert not any(q.startswith("In how many years") for q in asked), asked
