"""A question read away from its article names what "the company" stood for, or is not asked."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "named": (
        "Ardent Motors reported record sales on Monday, and analysts praised Ardent Motors. Lena Fors, chief "
        "executive of Ardent Motors, said the company faced a crowded market in Asia."
    ),
    "two-bodies": (
        "Northfield Rovers beat Harbour City on Saturday, and Northfield Rovers and Harbour City meet again in May. "
        "Rovers manager Tom Pell said the club would lose 10 million pounds this year."
    ),
    "vague": (
        "Tom Pell and Sam Oake have argued for years. The pair's bitter quarrel was dragged into the spotlight "
        "again on Saturday when Pell called Oake a liar."
    ),
    "named-pair": (
        "Tom Pell's bitter quarrel with Sam Oake was dragged into the spotlight again on Saturday when Pell "
        "called Oake a liar."
    ),
    "today": "Mia Rhys said the council would decide on the bridge today.",
    "country": (
        "Kenya opened three new ports last year. Tariffs cost the country's farmers 2 billion dollars a year, "
        "according to the Coastal Trade Board.\n\nPotholes cost drivers dearly, the Coastal Trade Board said."
    ),
    "unknown-country": (
        "Velmora is a key partner of the United States against smuggling. The country also hosts more than "
        "1,500 foreign sailors, mostly from Spain."
    ),
    "maker-of": (
        "Harbour Telecom and Northfield Mobile sued Velton Phones on Monday. The maker of the Velton Star handset "
        "sold 2 million phones in May, up from 1.5 million a year earlier."
    ),
    "group": (
        "Security analysts at Harbour Capital say the strike will spread. Ann Lee said the talks would fail. "
        "Tom Pell said the port would stay open for a week."
    ),
    "union-acronym": (
        "OSLO, May 12 (Reuters) - The Dock Workers Union (DWU) said the pay offer tabled by Ostrava Shipping, "
        "a 6 percent increase over three years, did not match the rising cost of living.\n\n"
        "DWU spokeswoman Pia Nolte said the offer, which was tabled on Friday, would leave 4,000 dockers worse off.\n\n"
        "The company said the proposal (worth 900 million crowns over three years) was fair.\n\n"
        "Nolte said the previous agreement had been breached unlawfully by the company in 2019."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def questions(bank: QuestionBank, article: str) -> list[str]:
    return [q.question for q in bank.questions if q.article == article]


def answers(bank: QuestionBank, article: str) -> list[str]:
    return [q.answer for q in bank.questions if q.article == article]


def test_a_stand_in_is_replaced_by_the_one_body_named_before(bank: QuestionBank) -> None:
    asked = questions(bank, "named")
    assert "Who said that Ardent Motors faced a crowded market in Asia?" in asked
    assert not [q for q in asked if "the company" in q]


def test_a_stand_in_with_two_bodies_before_it_is_not_asked(bank: QuestionBank) -> None:
    asked = questions(bank, "two-bodies")
    assert [q for q in asked if "Northfield Rovers" in q], asked  # the article's other facts are asked
    assert not [q for q in asked if "club" in q or "Rovers lose" in q], asked
    assert "10 million pounds" not in answers(bank, "two-bodies")


def test_a_stand_in_for_no_body_is_not_asked(bank: QuestionBank) -> None:
    # the same sentence, with the two men named, is asked: only "the pair" stops it
    assert [q for q in questions(bank, "named-pair") if q.startswith("When") and "Tom Pell" in q]
    assert not [q for q in questions(bank, "vague") if "pair" in q]


def test_a_day_named_from_the_day_of_writing_is_asked_by_its_date(bank: QuestionBank) -> None:
    asked = dict(zip(questions(bank, "today"), answers(bank, "today"), strict=True))
    assert not [q for q in asked if "today" in q], asked
    assert "Wednesday, June 12, 2024" in asked.values(), asked


def test_the_country_is_named_when_one_country_stands_before_it(bank: QuestionBank) -> None:
    asked = questions(bank, "country")
    assert [q for q in asked if "Kenya's farmers" in q]
    assert not [q for q in asked if "the country" in q]


def test_the_country_is_not_guessed_when_another_name_may_be_it(bank: QuestionBank) -> None:
    # "Velmora" is no country the tool knows, but it is the one meant: "the United States" would be wrong
    asked = questions(bank, "unknown-country")
    assert [q for q in asked if "foreign sailors" in q], asked
    assert not [q for q in asked if "United States host" in q or "US host" in q], asked


def test_a_reported_clause_keeps_no_capital_from_its_sentence_start(bank: QuestionBank) -> None:
    asked = questions(bank, "country")
    assert [q for q in asked if "that potholes cost drivers" in q], asked
    assert not [q for q in asked if "that Potholes" in q]


def test_an_unnamed_group_of_speakers_is_not_offered_people_as_false_options(bank: QuestionBank) -> None:
    group = [q for q in bank.questions if q.article == "group" and q.answer.lower().startswith("security analysts")]
    person = [q for q in bank.questions if q.article == "group" and q.answer == "Ann Lee"]
    assert group and person
    assert "Tom Pell" in person[0].choices  # people are offered beside a person …
    assert not {"Ann Lee", "Tom Pell"} & set(group[0].choices)  # … never beside a group


def test_a_place_in_dateline_capitals_is_asked_as_the_article_writes_it() -> None:
    text = "BERGEN - For the third consecutive year, Bergen has topped the national index of green cities."
    asked = [q.question for q in questions_of_texts({"green": text}).questions]
    assert asked and not [q for q in asked if "BERGEN" in q], asked
    assert [q for q in asked if "Bergen" in q], asked


def test_a_stand_in_whose_own_words_say_which_is_kept(bank: QuestionBank) -> None:
    assert "How many phones did the maker of the Velton Star handset sell in May?" in questions(bank, "maker-of")


def test_a_union_named_by_its_acronym_is_never_the_company(bank: QuestionBank) -> None:
    asked = questions(bank, "union-acronym")
    assert not [q for q in asked if "by DWU" in q or "by the Dock Workers Union" in q], asked
