"""Number options read like the answer and do not contradict the question's own words."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_texts

from quizgen.questions.option_sense import in_number, ruled_out


def test_a_time_unit_agrees_with_its_number() -> None:
    assert in_number("three year", 3) == "three years"
    assert in_number("one years", 1) == "one year"
    assert in_number("12 percent", 12) == "12 percent"


def test_a_figure_the_change_rules_out_is_not_offered() -> None:
    money = lambda text: text.startswith("$")  # noqa: E731
    rose_from = "To what amount did revenue rise 40 percent from $2.2 billion a year earlier?"
    assert ruled_out(rose_from, 1.5e9, money)
    assert not ruled_out(rose_from, 3.6e9, money)
    fell_to = "From what amount did shares fall 5 percent to $40?"
    assert ruled_out(fell_to, 38, money)
    assert not ruled_out(fell_to, 45, money)
    assert not ruled_out("By what percentage did revenue rise to $3.1 billion from $2.2 billion?", 53, lambda t: False)


def test_generated_options_for_a_rise_stay_between_its_start_and_end() -> None:
    text = (
        "Harbour Foods Inc reported results on Tuesday. Revenue rose 40 percent to $3.1 billion from $2.2 billion a "
        "year earlier. "
        "Profit was $1.5 billion. Costs were $3.6 billion."
    )
    bank = questions_of_texts({"r": text}, dt.date(2023, 10, 4))
    (to,) = [q for q in bank.questions if q.question.startswith("To what amount did") and "revenue rise" in q.question]
    (start,) = [
        q for q in bank.questions if q.question.startswith("From what amount did") and "revenue rise" in q.question
    ]
    assert "$1.5 billion" not in to.choices
    assert "$3.6 billion" not in start.choices
