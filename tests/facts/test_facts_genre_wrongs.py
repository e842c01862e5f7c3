"""Wrong facts met on invented obituary, weather, education, festival and crash copy: an Indian paper's
"New Delhi: The board declared …" asked as what New Delhi declared, "The festival, which dates back
700 years" asked of "the 2024 … festival" named before it, "Most Rev." asked as a bishop's post, and
"senior meteorologist Dean Narramore" cut to "Narramore", a "senior meteorologist Dean"."""

from __future__ import annotations

import pytest
from invented_articles import every_question_of_texts

from quizgen.articles.datelines import split_lead_dateline
from quizgen.models import QuestionBank

TEXTS = {
    "results": "Pune: The Maharashtra State Board on Tuesday declared the Class 10 results, with an overall pass "
    "percentage of 93.4 per cent, up from 91.2 per cent last year.",
    "fair": "More than 40,000 visitors came to Lakemoor on Sunday for the closing day of the 2023 Harvest Lantern "
    "Festival, organisers said.\n\nThe festival, which dates back more than 300 years, was named a national "
    "heritage event in 1998.",
    "bishop": "The Anglican Bishop of Kettering, Most Rev. Peter Ozumba, and the Chief Rabbi, Rt Rev. Aaron Felt, "
    "led prayers at the opening on Friday.\n\nState Governor Ruth Abiola said the town had waited a decade.",
    "heat": "Heat warning for Perth\n\nThe Weather Agency of Westralia (WAW) has forecast a top of 44 degrees on "
    "Friday.\n\nWAW senior meteorologist Dean Holloway said a mass of hot air would sit over the state until "
    "Sunday.\n\n"
    '"Nights will stay warm," Mr Holloway said.',
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def _of(bank: QuestionBank, article: str) -> list[tuple[str, str, list[str]]]:
    return [(q.question, q.answer, list(q.choices)) for q in bank.questions if q.article == article]


def test_an_indian_title_case_dateline_is_no_subject(bank: QuestionBank) -> None:
    asked = _of(bank, "results")
    assert not [q for q, _a, _c in asked if "Pune" in q]
    assert split_lead_dateline("Bengaluru: The state cabinet on Monday approved a new water policy for the city.")[
        0
    ].startswith("The state cabinet")
    for label in ("Photo: The minister at the opening of the new school in the city centre.", "Pune: Rain."):
        assert split_lead_dateline(label)[0] == label


def test_a_festival_is_not_asked_as_its_edition(bank: QuestionBank) -> None:
    asked = _of(bank, "fair")
    assert not [q for q, _a, _c in asked if "2023 Harvest" in q and ("date back" in q or "named" in q or "Which" in q)]


def test_a_graded_style_is_no_post(bank: QuestionBank) -> None:
    asked = _of(bank, "bishop")
    assert not [q for q, a, c in asked if "Rev" in q or "Rev" in a or any("Rev" in x for x in c)]


def test_a_given_name_that_is_a_title_stays_in_the_name(bank: QuestionBank) -> None:
    asked = _of(bank, "heat")
    assert not [q for q, a, c in asked if a.endswith("Dean") or any(x.endswith("Dean") for x in c) or a == "Holloway"]
    assert [a for q, a, _c in asked if q.startswith("Who said")] == ["Dean Holloway", "Dean Holloway"]
