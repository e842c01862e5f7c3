"""Figures inside a noun phrase (sentences invented): an amount a share that sizes "earnings of …"
is asked with what it is of and its period; a count's question leaves out a verb joined to its own
and a "with" phrase the verb does to the object; the neighbour's figure never rides along."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "results": (
        "Brightline Foods posts higher profit\n\n"
        "Brightline Foods Inc reported fiscal second-quarter earnings of 52 cents a share "
        "on Thursday, up from 31 cents a share a year earlier.\n\n"
        "Kestrel Mining reported annual earnings of $1.15 per share."
    ),
    "expected": (
        "Doughnut chain results\n\n"
        "Halvard Bakeries said on Friday it would open 12 stores in Ohio. Analysts expected earnings of "
        "41 cents a share for the fourth quarter and $1.62 a share for the year. Rivals expected earnings of "
        "12 cents a share for the quarter and 50 cents a share for the year."
    ),
    "joined": (
        "Council hiring plan\n\n"
        "The Rivermead council plans to hire 250 teachers and build six schools over the next five years, "
        "its leader said on Monday."
    ),
    "threatened": (
        "Warehouse dispute\n\n"
        "Harwood Ltd said on Monday it would close its Leeds depot. The company threatened all 1,900 "
        "warehouse staff with dismissal."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def test_a_per_share_result_inside_its_noun_is_asked_with_the_noun(bank: QuestionBank) -> None:
    asked = answers(bank, "results", "number")
    q = "How much per share in fiscal second-quarter earnings did Brightline Foods Inc report on Thursday?"
    assert asked.get(q) == "52 cents"
    assert asked.get("How much per share in annual earnings did Kestrel Mining report?") == "$1.15"
    assert not any("31 cents" in q for q, a in asked.items() if a == "52 cents")


def test_two_expected_per_share_figures_each_keep_their_period(bank: QuestionBank) -> None:
    asked = answers(bank, "expected", "number")
    assert asked.get("How much per share in earnings did analysts expect for the fourth quarter?") == "41 cents"
    assert "12 cents" not in asked.values()  # "for the quarter": which one, the question could not say
    assert asked.get("How much per share in earnings did analysts expect for the year?") == "$1.62"
    assert "How much per share did analysts expect?" not in asked


def test_a_verb_joined_to_the_counts_own_stays_out(bank: QuestionBank) -> None:
    asked = answers(bank, "joined", "number")
    assert not any("teachers" in q and "schools" in q for q in asked)
    assert any(q.startswith("How many teachers") and a == "250" for q, a in asked.items())


def test_a_with_phrase_of_the_verb_is_not_part_of_the_count(bank: QuestionBank) -> None:
    asked = answers(bank, "threatened", "number")
    assert not any("staff with dismissal" in q for q in asked)


SCOPED = {
    "regions": (
        "Flood claims inquiry\n\n"
        "Minister Ana Reyes said on Tuesday the Revenue Service was auditing 61 insurers in the north and had "
        "opened 19 fraud files. In the south, the Revenue Service was auditing 14 insurers and had opened "
        "7 fraud files, she said."
    ),
}


def test_one_count_question_with_two_answers_is_not_asked() -> None:
    bank = questions_of_texts(SCOPED)
    asked = answers(bank, "regions", "number")
    fraud = [q for q in asked if "fraud files" in q]
    assert len({q.lower() for q in fraud}) == len(fraud)
    assert not any(asked[q] in ("19", "7") and "north" not in q and "south" not in q for q in fraud)


def test_a_fronted_region_stays_with_the_count() -> None:
    asked = answers(questions_of_texts(SCOPED), "regions", "number")
    south = "how many insurers was the Revenue Service auditing in the south?"
    assert asked.get(f"According to Ana Reyes, {south}") == "14"  # ("…, she said": the minister's word)
