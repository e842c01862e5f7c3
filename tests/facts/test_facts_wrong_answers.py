"""Wrong answers a cold reader found on unseen news (issue 8), each pinned on an invented sentence:
a beat taken for an employer, a figure paired with another's year, a former post asked as held
now, a speaker reached across paragraphs, a year given as a count, a scale word lost."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "beat": (
        "BBC Asia correspondent Tom Hallam said the port vote was split.\n\n"
        "CNN Washington correspondent Dana Holt said the White House had made no comment.\n\n"
        "Clara Venn, our Europe correspondent, said the delay mirrored disputes abroad.\n\n"
        "Reuters Tokyo bureau chief Alan Pike said investors were nervous."
    ),
    "baseline-year": "Talbot Brewing earned $5 million this year, up from $3 million last year.",
    "fiscal-pair": "Grainco expects revenue of $900 million in FY2025, after $850 million in FY2024.",
    "former": (
        "Nadia Petrov, who was mayor of Tessen until 2021, said the town would benefit.\n\n"
        "Ivan Cole, a one-time adviser to the governor, said the talks were hard.\n\n"
        "Mia Tran, the then finance minister, signed the first contract in 2015."
    ),
    "acted-on": (
        "The council sacked housing director Tom Reed in March after an audit.\n\n"
        '"We have lost the trust of tenants," he said.'
    ),
    "year-count": "The board approved the budget for fiscal year 2026 on Monday.",
    "scale-stop": "Striker Leon Varga completed his move to City on Friday for a fee of £40m.",
    "own-subject": (
        "Unemployment rose to 5.2% in March.\n\n"
        "Last year the group paid a dividend of 20 cents, and this year it will pay 25 cents."
    ),
    "later-than-which": "Grainco was founded in 1921 and listed in 1987, 66 years later.",
    "ends-on-post": "The tunnel will pay for itself, said Rhea Castell, chief engineer of Tunnelworks Ltd",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2025, 4, 2))


def test_a_beat_goes_with_the_post_never_with_the_employer(bank: QuestionBank) -> None:
    found = {q.question: q.answer for q in asked(bank, "beat", "role")}
    assert not any(a in ("BBC Asia", "Reuters Tokyo") or "CNN" in a for a in found.values()), found
    assert found.get("In 2025, what post did Tom Hallam hold at BBC?") == "Asia correspondent"
    assert found.get("In 2025, what post did Dana Holt hold at CNN?") == "Washington correspondent"
    assert found.get("In 2025, who was the Tokyo bureau chief of Reuters?") == "Alan Pike"


def test_the_papers_own_correspondent_is_not_asked(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "beat", "role") if "Clara Venn" in (q.question, q.answer)]
    assert not any("our " in q.answer.lower() for q in asked(bank, "beat", "role"))


def test_a_baseline_figure_is_asked_with_its_own_year_only(bank: QuestionBank) -> None:
    found = {q.answer: q.question for q in asked(bank, "baseline-year", "number")}
    assert "this year" not in found.get("$3 million", "last year")
    assert all("this year last year" not in q for q in found.values()), found


def test_a_figure_never_takes_the_year_of_the_figure_beside_it(bank: QuestionBank) -> None:
    for q in asked(bank, "fiscal-pair", "number"):
        assert not (q.answer == "$900 million" and "FY2024" in q.question and "FY2025" not in q.question), q


def test_a_post_left_behind_is_never_asked_as_held_now(bank: QuestionBank) -> None:
    found = {q.question: q.answer for q in asked(bank, "former", "role")}
    assert not any(q.startswith("In 2025") for q in found), found
    assert found.get("What post did Nadia Petrov once hold?", "former mayor of Tessen") == "former mayor of Tessen"
    assert found.get("What post did Ivan Cole once hold?") == "former adviser"


def test_one_acted_on_in_a_paragraph_before_is_no_speaker(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "acted-on", "quote") if q.answer == "Tom Reed"]


def test_a_year_is_never_a_count(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "year-count", "number") if "2026" in q.answer]


def test_a_scale_word_before_the_full_stop_stays_with_its_figure(bank: QuestionBank) -> None:
    answers = [q.answer for q in asked(bank, "scale-stop", "number")]
    assert "£40" not in answers and "£40m" in answers


def test_it_is_the_subject_of_its_own_sentence_first(bank: QuestionBank) -> None:
    questions = [q.question for q in bank.questions if q.article == "own-subject"]
    assert not any("unemployment pay" in q for q in questions), questions


def test_later_than_which_event_the_parse_cannot_say(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "later-than-which", "number") if "later" in q.question]


def test_an_article_ending_on_a_post_is_still_read(bank: QuestionBank) -> None:
    assert [q for q in bank.questions if q.article == "ends-on-post"]
