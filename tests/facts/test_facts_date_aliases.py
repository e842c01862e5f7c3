"""A date's accepted answers are dates a learner can know later, never the words that only count
from the day of writing ("today", "last week"): a grader that takes "today" for "On what date …?"
says right to a learner who knows nothing. Every article is our own invention."""

from __future__ import annotations

import datetime as dt

from invented_articles import asked, questions_of_texts

ARTICLES = {
    "deictic": (
        "The Harbour Board said in a statement today that fees would rise. "
        "The Kelby bank cut its lending rate yesterday, a spokesman said. "
        "Fenmoor Council approved the new bridge last week."
    )
}


def test_words_that_count_from_the_day_of_writing_are_not_accepted_answers() -> None:
    bank = questions_of_texts(ARTICLES, published=dt.date(2024, 3, 5))
    dates = asked(bank, "deictic", "date")
    assert dates, "the three dated deeds are asked"
    for q in dates:
        assert not {a.lower() for a in q.aliases} & {"today", "yesterday", "last week"}, (q.question, q.aliases)
    assert any("2024" in q.answer for q in dates), [q.answer for q in dates]
