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
