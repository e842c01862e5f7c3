"""Dates whose event a question can name: a fronted date belongs to the clause it opens, not to
the attribution after it; "its" is read as the company the sentence plainly means; "sworn in
Thursday" keeps its "in"; and what should have happened has no date to teach."""

from __future__ import annotations

import datetime as dt

from invented_articles import date_questions


def _asked(text: str, published: dt.date | None = dt.date(2019, 5, 9)) -> dict[str, str]:
    return {q.question: q.answer for q in date_questions(text, published)}


def test_a_fronted_date_is_the_reported_clauses_not_the_sayings() -> None:
    text = (
        "The Kerala Water Board will close three pumping stations for repairs, officials said on Wednesday.\n\n"
        "Last month, the board ordered new filters for its largest plant, chief engineer Anil Menon said."
    )
    asked = _asked(text)
    assert not [q for q in asked if "Menon" in q], asked  # he said it now; the order was last month
    assert asked.get("When did the Kerala Water Board order new filters for its largest plant?") == "April 2019"


def test_its_is_the_company_the_sentence_names() -> None:
    text = (
        "Dunmore Freight Ltd said on Thursday it would buy two cargo ships from a Danish yard.\n\n"
        "Shares in Dunmore Freight rose 4 pct on the news.\n\n"
        "The company's growth has come from its Rotterdam depot, which opened in 1998, chief executive "
        "Ruth Calder said."
    )
    asked = _asked(text)
    assert asked.get("In what year did Dunmore Freight's Rotterdam depot open?") == "1998", asked


def test_its_is_left_unnamed_when_a_country_could_own_it() -> None:
    text = (
        "Dunmore Freight Ltd said on Thursday it would buy two cargo ships from a Danish yard.\n\n"
        "Shares in Dunmore Freight rose 4 pct on the news.\n\n"
        "The company said Norway had rebuilt its northern port, which opened in 1998."
    )
    assert not [q for q in _asked(text) if "Dunmore Freight's northern port" in q]


def test_sworn_in_on_a_weekday_keeps_its_particle() -> None:
    text = "Former judge Marta Quiroga was sworn in Tuesday as mayor of Valdivia, the city council said."
    asked = _asked(text)
    assert not [q for q in asked if "sworn as" in q], asked
    assert [q for q in asked if "sworn in as mayor" in q], asked


def test_what_should_have_happened_has_no_date() -> None:
    text = "Opposition leader Tomas Weir said on Monday the council should have published the audit in early March."
    assert not [q for q in _asked(text) if "published the audit" in q or "publish the audit" in q]


def test_a_long_question_sheds_its_describing_tail() -> None:
    text = (
        "Calder Mutual Bank said on Thursday it would open four branches in Lagos.\n\n"
        "Last year, Calder Mutual moved into West Africa with its 310 mln dlr purchase of Osun Savings Co, "
        "which included a chain of 60 branches, a card business and a small insurer."
    )
    asked = _asked(text)
    assert asked.get("When did Calder Mutual move into West Africa?") == "2018", asked


def test_a_dated_sale_names_whose_units_were_sold() -> None:
    text = (
        "Calder Mutual Bank said on Thursday it would open four branches in Lagos.\n\n"
        "Shares in Calder Mutual Bank rose 3 pct on the news.\n\n"
        "Calder Mutual Bank had left retail lending with the 1996 sale of its mortgage units, the bank said."
    )
    asked = _asked(text)
    assert asked.get("When was the sale of Calder Mutual Bank's mortgage units?") == "1996", asked
    assert not [q for q in asked if " its " in q], asked


def test_a_clock_time_and_weekday_before_a_closing_attribution_dates_the_reported_event() -> None:
    text = (
        "Coastguard crews found the missing kayak near Skerry Point around 6:40 p.m. Sunday, "
        "the Harwick Coastguard said in a statement."
    )
    asked = _asked(text, dt.date(2019, 5, 13))
    assert not [q for q in asked if "Coastguard say" in q], asked
    assert [a for q, a in asked.items() if "find the missing kayak" in q] == ["Sunday, May 12, 2019"], asked
