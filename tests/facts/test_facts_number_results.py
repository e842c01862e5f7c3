"""Results sentences, changes with three figures, and hyphenated sizes (sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import answers, asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "results": (
        "Harbour Foods reported higher profit on Tuesday.\n\n"
        "Harbour Foods earned $64 million, or 12 cents a share, in the quarter, up from $48.2 million, "
        "or 9 cents a share, a year earlier.\n\n"
        "Excluding a $12.1 million tax gain, Harbour Foods earned $51.9 million, or 10 cents a share.\n\n"
        "Analysts expected 97 cents a share in earnings and $3.61 billion in revenue. "
        "Analysts at Fenmore Capital expected 90 cents a share."
    ),
    "three-figures": (
        "Nordbank had a strong spring.\n\n"
        "Revenue at Nordbank rose 8 percent to $2.4 billion from $2.2 billion a year earlier."
    ),
    "sizes": (
        "Harbour City was quiet on Monday.\n\n"
        "Harbour City is now under a nine-day night curfew, and shops are closed.\n\n"
        "The 2.5-mile-wide, 300-foot-deep crater of the old volcano was mapped during a 12-day survey.\n\n"
        "Senator Ann Ruiz proposed a one-year delay of the fuel tax."
    ),
    "unsure-sizes": (
        "The mill workers met on Friday.\n\n"
        "The union said its members would not accept a two-week stoppage.\n\n"
        "The council passed a budget, but the mayor will veto it because it includes a one-year delay of the tax."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        pytest.param("results", "How much did Harbour Foods earn in the quarter?", "$64 million", id="results-amount"),
        pytest.param(
            "results", "How much per share did Harbour Foods earn in the quarter?", "12 cents", id="results-per-share"
        ),
        pytest.param("results", "How much did Harbour Foods earn a year earlier?", "$48.2 million", id="year-earlier"),
        pytest.param(
            "results",
            "How much per share did Harbour Foods earn a year earlier?",
            "9 cents",
            id="year-earlier-per-share",
        ),
        pytest.param(  # the basis stays: without "excluding …" two figures would answer one question
            "results",
            "How much did Harbour Foods earn, excluding a $12.1 million tax gain?",
            "$51.9 million",
            id="basis-stays",
        ),
        pytest.param(  # an amount a share keeps "per share" and what it is an amount of, or is not asked
            "results", "How much per share in earnings did analysts expect?", "97 cents", id="expected-per-share"
        ),
        pytest.param("results", "How much in revenue did analysts expect?", "$3.61 billion", id="expected-revenue"),
        pytest.param("sizes", "How long is Harbour City's night curfew?", "nine days", id="hyphenated-days"),
        pytest.param("sizes", "How wide was the crater of the old volcano?", "2.5 miles", id="hyphenated-wide"),
        pytest.param("sizes", "How deep was the crater of the old volcano?", "300 feet", id="hyphenated-deep"),
        pytest.param(  # the crater's sizes stay out of the survey's question: they are other questions' answers
            "sizes",
            "During how long a survey was the crater of the old volcano mapped?",
            "12 days",
            id="survey-without-the-craters-sizes",
        ),
        pytest.param("sizes", "How long a delay did Ann Ruiz propose?", "one year", id="hyphenated-delay"),
    ],
)
def test_each_figure_is_asked_alone_with_its_unit(bank: QuestionBank, article: str, question: str, answer: str) -> None:
    got = answers(bank, article, "number")
    assert got.get(question) == answer, got


def test_a_results_sentence_asks_no_figure_beside_another(bank: QuestionBank) -> None:
    got = answers(bank, "results", "number")
    assert not any("up from" in q or " or " in q for q in got), got
    assert "90 cents" not in got.values(), got  # an amount a share of nothing named is not asked


def test_a_change_question_never_carries_both_other_figures(bank: QuestionBank) -> None:
    got = answers(bank, "three-figures", "number")
    assert set(got.values()) >= {"8 percent", "$2.4 billion", "$2.2 billion"}, got
    for question, answer in got.items():
        others = {"8 percent", "$2.4 billion", "$2.2 billion"} - {answer}
        assert sum(o in question for o in others) <= 1, question


def test_a_size_in_a_negated_or_pronoun_clause_is_not_asked(bank: QuestionBank) -> None:
    assert not any(q.answer in ("two weeks", "one year") for q in asked(bank, "unsure-sizes", "number"))


def test_a_length_with_its_adjective_is_asked_how_long_or_not_at_all() -> None:
    bank = questions_of_texts(
        {
            "lengths": (
                "Divers were busy on Monday.\n\n"
                "Divers from Oslo have found a wreck at least 40 metres long near the harbour.\n\n"
                "The new bridge over the fjord will be 2 miles long. The old tower stands 300 metres tall."
            )
        }
    )
    got = answers(bank, "lengths", "number")
    assert got.get("How long will the new bridge over the fjord be?") == "2 miles"
    assert got.get("How tall does the old tower stand?") == "300 metres"
    assert "at least 40 metres" not in got.values(), got  # the wreck's length, never the divers' find


def test_a_fraction_is_asked_as_a_share_of_its_whole() -> None:
    bank = questions_of_texts(
        {
            "fractions": (
                "Shipping changed fast.\n\n"
                "By 2030, Asia will hold two-thirds of all new shipyards, the report said.\n\n"
                "Half of the town's shops closed in 2020. Half of them reopened a year later."
            )
        }
    )
    got = answers(bank, "fractions", "number")
    # "According to the report" names no report a learner could place: the question stands without it
    assert got.get("What share of all new shipyards will Asia hold by 2030?") == ("two-thirds")
    assert got.get("What share of the town's shops closed in 2020?") == "half"
    assert not any("them" in q for q in got), got  # whose half, "them" cannot say
