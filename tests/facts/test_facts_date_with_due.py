"""A "with" phrase that tells another event of its own ("…, with the first lorries due to cross on
Sunday"): its date is not the main verb's, and it leaves the main date's question, even where the
parse hangs the verb after "due to" as the object of a preposition or gives "due" no verb at all."""

from __future__ import annotations

import pytest
from invented_articles import date_questions


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Bridge reopened on Monday, with the first lorries due to cross on Sunday.",
        "Kestrel Bridge reopened on Monday, with the first ferry due on Sunday.",
    ],
)
def test_the_main_date_is_asked_without_the_with_phrase_and_its_date(sentence: str) -> None:
    asked = {q.question: q.answer for q in date_questions(sentence)}
    assert asked == {"When did Kestrel Bridge reopen?": "Monday, October 2, 2023"}


def test_a_plain_with_phrase_stays_in_the_question() -> None:
    asked = {q.question for q in date_questions("The Dunmore council was charged with one count of fraud in May.")}
    assert asked == {"When was the Dunmore council charged with one count of fraud?"}


def test_each_start_in_a_with_list_is_asked_and_the_announcement_without_them() -> None:
    text = (
        "The Orvia health ministry on Monday announced tougher rules to slow the outbreak, with most offices "
        "closed from Thursday and all schools moving to online classes from Friday."
    )
    asked = {q.question: q.answer for q in date_questions(text)}
    assert asked == {
        "When did the Orvia health ministry announce tougher rules to slow the outbreak?": "Monday, October 2, 2023",
        "From when will most offices be closed?": "Thursday, October 5, 2023",
        "From when will all schools move to online classes?": "Friday, October 6, 2023",
    }
