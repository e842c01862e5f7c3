"""Wrong facts met on invented court, election, health, science and council stories: a vote tally
("passed 70-29") read as a date, a crime's year asked as the sentencing's, "ordered him" read as the
judge herself, a journal's name cut at "&", a capitalised "the State" asked as an organisation, an
official titled after a body's acronym taken for the body, and a plain post of the answer's own trade
("lawyer", "Senator") offered as a false option. Garbled too: a question cut at "Rs." and "Cr Ellison"
answered with the councillor's title for a name."""

from __future__ import annotations

import pytest
from invented_articles import every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "tally": "The ferry bill passed 52-17, with nine independents joining the governing bloc in support.",
    "crime-year": "A Delhi court on Tuesday sentenced three members of a family to life imprisonment for the murder "
    "of a 26-year-old woman over dowry in 2020.",
    "object-pronoun": "Tomas Berg, 52, pleaded guilty in May to two counts of fraud. Judge Karen Olsen also ordered "
    "him to repay $80,000 and pay a fine of $10,000.",
    "ampersand": "The study, published on Monday in the journal Ocean Chemistry & Physics, measured salt in 900 wells.",
    "lone-state": "Kerala has recorded 4,210 fever cases this month, the Health Department said. A year earlier, "
    "the State had reported 2,980 cases.",
    "titled-official": "Greater Mysuru Nagara Palike (GMNP) Chief Commissioner Arvind Rao Kulkarni said 2,400 workers "
    "had been deployed to clear drains.",
    "trade-post": "Assistant U.S. Attorney Nora Vance told the court the scheme had cost taxpayers millions. Berg's "
    "lawyer, Owen Pratt, said his client would appeal.\n\nSenate Majority Leader Ruth Calder called the vote historic. "
    'Senator Paul Irving, who opposed the bill, said it was "reckless".',
    "rupees": "Public Prosecutor Meena Rao told the court that the accused had demanded Rs. 8 lakh and a scooter "
    "from the family.",
    "councillor": 'Labor opposition leader Mara Ellison said the council had broken a promise on rates. "Families '
    'are already doing it tough," Cr Ellison said.\n\nCllr Owen Pike, the cabinet member for housing, said the '
    "scheme would start in May.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def _of(bank: QuestionBank, article: str) -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in bank.questions if q.article == article]


def test_a_vote_tally_is_no_date(bank: QuestionBank) -> None:
    assert not [q for q in bank.questions if q.article == "tally" and q.kind == "date"]


def test_a_crime_year_is_not_asked_as_the_sentencing_year(bank: QuestionBank) -> None:
    asked = [(q.question, q.answer) for q in bank.questions if q.article == "crime-year" and q.kind == "date"]
    assert not [a for _q, a in asked if a == "2020"]


def test_an_object_pronoun_is_not_its_own_subject(bank: QuestionBank) -> None:
    assert not [q for q, _a in _of(bank, "object-pronoun") if "order Olsen" in q or "order Karen Olsen" in q]


def test_a_journal_name_keeps_its_ampersand(bank: QuestionBank) -> None:
    answers = [a for q, a in _of(bank, "ampersand") if q.startswith("In which journal")]
    assert answers == ["Ocean Chemistry & Physics"]


def test_a_lone_capitalised_state_is_no_organisation(bank: QuestionBank) -> None:
    assert not [
        q for q in bank.questions if q.article == "lone-state" and ("State" == q.answer or "State" in q.choices)
    ]


def test_an_official_titled_after_a_body_acronym_is_the_speaker(bank: QuestionBank) -> None:
    asked = _of(bank, "titled-official")
    assert ("Who said that 2,400 workers had been deployed to clear drains?", "Arvind Rao Kulkarni") in asked
    assert not [q for q, a in asked if "Palike" in a and " said " in q]


def test_a_plain_post_of_the_answers_trade_is_no_false_option(bank: QuestionBank) -> None:
    roles = [q for q in bank.questions if q.article == "trade-post" and q.kind == "role"]
    assert {q.answer for q in roles} >= {"Assistant U.S. Attorney", "Senate Majority Leader"}
    for q in roles:
        if q.answer == "Assistant U.S. Attorney":
            assert "lawyer" not in q.choices
        if q.answer == "Senate Majority Leader":
            assert "Senator" not in q.choices


def test_a_rupee_stop_does_not_end_the_sentence(bank: QuestionBank) -> None:
    asked = _of(bank, "rupees")
    assert ("Who said that the accused had demanded Rs. 8 lakh and a scooter from the family?", "Meena Rao") in asked
    assert not [q for q, _a in asked if q.endswith("Rs?")]


def test_a_councillor_title_is_not_part_of_the_name(bank: QuestionBank) -> None:
    asked = [q for q in bank.questions if q.article == "councillor"]
    named = {a for q in asked for a in (q.answer, *q.choices)} | {w for q in asked for w in [q.question]}
    assert ("Who said “Families are already doing it tough”?", "Mara Ellison") in _of(bank, "councillor")
    assert not [a for a in named if "Cr " in a or "Cllr " in a]
