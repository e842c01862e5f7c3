"""Economy wire shapes that taught a wrong or garbled figure (sentences invented): the whole of "52 of
60 economists" asked as how many expected it; a price "little changed at" a level asked as a change;
a title's first word ("Finance Minister") lowered as if a common noun opened the sentence."""

from __future__ import annotations

import datetime as dt

from invented_articles import answers_to, questions_of_text


def _numbers(text: str) -> dict[str, str]:
    return answers_to(text, kind="number")


def test_the_whole_of_n_of_m_is_not_the_count_of_those_who_did_it() -> None:
    asked = _numbers("In a Harwick poll, 41 of 57 analysts expected a cut. Nine of the 12 judges backed the ruling.")
    assert "57" not in asked.values() and "12" not in asked.values(), asked
    assert asked.get("How many of the 12 judges backed the ruling?") == "Nine", asked


def test_a_level_held_is_not_asked_as_a_change() -> None:
    asked = _numbers("The peso was little changed at 17.05 per dollar after the decision.")
    assert not [q for q in asked if "changed" in q], asked


def test_a_title_keeps_its_capital_inside_a_question() -> None:
    text = (
        "The Harwick central bank kept its key rate unchanged at 6.50 percent on Thursday.\n\n"
        "Finance Minister Ravi Menon, who presented the federal budget last week, said the government would cut "
        "its fiscal deficit to 5.1 percent of gross domestic product next year."
    )
    asked = [q.question for q in questions_of_text(text, published=dt.date(2024, 2, 6))]
    assert "When did Finance Minister Ravi Menon present the federal budget?" in asked, asked
