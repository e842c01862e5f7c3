"""A weekday with its date in brackets, set between the subject and its verb, as Asian papers write
it: "The state government on Thursday (June 4) announced …" dates the announcement."""

from __future__ import annotations

import datetime as dt

from invented_articles import date_questions

FRIDAY = dt.date(2020, 6, 5)


def test_a_bracketed_day_between_subject_and_verb_dates_the_verb() -> None:
    text = "The water board on Thursday (June 4) announced that two reservoirs near Pune would be drained."
    asked = {q.question: q.answer for q in date_questions(text, FRIDAY)}
    assert asked == {
        "When did the water board announce that two reservoirs near Pune would be drained?": "Thursday, June 4, 2020"
    }


def test_a_bracketed_day_needs_no_publication_date() -> None:
    text = "Customs officers on Tuesday (March 3) seized 40 kg of gold at Chennai airport."
    asked = {q.question: q.answer for q in date_questions(text, None)}
    assert asked == {"On what date did customs officers seize 40 kg of gold at Chennai airport?": "Tuesday, March 3"}


def test_a_bracketed_day_that_does_not_fit_its_date_asks_nothing() -> None:
    text = "The water board on Friday (June 4) announced that two reservoirs near Pune would be drained."
    assert date_questions(text, FRIDAY) == []
