"""Shapes from outlets the generator was not tuned on: each was once asked with a wrong answer."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "light-years": "The two comets sit about 40 light-years from Earth.",
    "range": "The lumber firm expects earnings of 40 cents to $1.12 a share. Analysts expected 55 cents.",
    "title-date": "The council also printed a leaflet entitled Saving Quiet Lakes, March 2021, to explain its plans.",
    "epithet-speaker": 'A spokesman for the Democratic veteran said the senator "will vote against the bill."',
    "negated-fragment": 'A spokesman for the party said Dana Lee won\'t "be taking any questions until the vote."',
    "score": "Striker Lena Holt scored in the 30th minute for a 1-0 lead. The Hawks sealed a 113-112 win over Denver.",
    "ratio": "Sources say the governor wants a 60-40 split of costs with the city on the new tunnel.",
    "simile": "The two parties are like three trains heading toward one another on a single track.",
    "as-massive-as": "The smaller moon is about 12 percent as massive as the larger one.",
    "expect-to": (
        "Premier Tom Banks said the state would seek more federal help for hospitals.\n\n"
        "He expected the Morrow government to honour its promise to build a new rail line to the coast, he said."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2023, 10, 4))


def test_a_hyphened_unit_is_asked_by_its_own_name(bank: QuestionBank) -> None:
    (q,) = [q for q in asked(bank, "light-years", "number") if "40" in q.answer]
    assert q.question.startswith("About how many light-years") and q.answer == "40 light-years"


def test_half_a_range_is_never_the_answer(bank: QuestionBank) -> None:
    answers = [q.answer for q in asked(bank, "range", "number")]
    assert "40 cents" not in answers
    assert all("40 cents" not in q.choices for q in asked(bank, "range", "number"))


def test_a_date_inside_a_title_dates_no_event(bank: QuestionBank) -> None:
    assert all("March 2021" not in q.answer for q in asked(bank, "title-date", "date"))


def test_a_speaker_described_through_another_person_is_not_asked(bank: QuestionBank) -> None:
    assert all("veteran" not in q.answer for q in asked(bank, "epithet-speaker", "quote"))


def test_a_quote_after_a_negation_keeps_it(bank: QuestionBank) -> None:
    (q,) = asked(bank, "negated-fragment", "quote")
    assert "won't" in q.question


def test_one_side_of_a_score_is_not_asked(bank: QuestionBank) -> None:
    answers = [q.answer for q in asked(bank, "score", "number")]
    assert not {"1", "0", "113", "112"} & set(answers)
    assert asked(bank, "ratio", "number") == []


def test_a_share_in_a_comparison_is_not_asked_without_it(bank: QuestionBank) -> None:
    assert asked(bank, "as-massive-as", "number") == []


def test_an_expectation_with_to_is_asked_without_that(bank: QuestionBank) -> None:
    (q,) = [q for q in asked(bank, "expect-to", "quote") if "honour" in q.question]
    assert q.question.startswith("Who expected the Morrow government to honour")


def test_a_figure_of_speech_is_not_a_count(bank: QuestionBank) -> None:
    assert all(q.answer != "three" for q in asked(bank, "simile", "number"))
