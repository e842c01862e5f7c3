"""Party posts and election copy: a hyphenated party name kept whole ("PML-N president", "Tehreek-e-Insaf"),
no post asked without its party ("their leader, X"), a leader who stepped down holding a former post,
the second of two ministers set off by commas, dates kept where dropping them changes the sense ("at
last month's vote"), "The BJD on Tuesday won" asked as "did the BJD win", and a match to come asked
as one to come."""

from __future__ import annotations

import pytest
from invented_articles import asked, date_questions, questions_of_texts

from quizgen.models import QuestionBank
from quizgen.questions.hyphen_torn import torn_at_hyphen

TEXTS = {
    "lahore": (
        "Coalition agreed in Punjab\n\nLAHORE: The Pakistan Muslim League-Nawaz (PML-N) and the Awami National "
        "Party (ANP) on Monday agreed to share power, with PML-N president Tariq Mehmood as the joint candidate "
        "for chief minister.\n\nIndependents backed by the Pakistan Tehreek-e-Insaf (PTI) won 41 provincial "
        "seats, officials said."
    ),
    "valley": (
        "Pact signed in Valley Assembly\n\nThe Greens will join the government after a deal with the Farmers "
        "Union, which gives the Farmers Union one cabinet post, the rural affairs brief, which will go to their "
        "leader, Ivo Marsh.\n\nThe Greens won 23 seats at last week's vote, three short of a majority."
    ),
    "coast": (
        "Coast party names new chief\n\nThe Coastal Party has ruled the province since 2011. Its leader, Dan "
        "Okoro, took over in May 2006 and stepped down in April last year."
    ),
    "treaty": (
        "Ministers sign port accord\n\nThe Minister of Trade, Dr. Ravi Perera, and the Trade Minister of the "
        "Republic of Ostland, Mr. Jan Keller, signed the port accord in Galle on 3 June 2026."
    ),
    "cuttack": (
        "Cuttack: The Utkal Janata Morcha (UJM) on Wednesday retained power in the state, winning 71 of the 120 "
        "Assembly seats, according to the state election office."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def _all(bank: QuestionBank, article: str) -> str:
    mine = [q for q in bank.questions if q.article == article]
    return "\n".join(f"{q.question} {q.answer} {' '.join(q.choices)}" for q in mine)


def test_a_hyphenated_party_is_one_name(bank: QuestionBank) -> None:
    text = _all(bank, "lahore")
    assert " -N president" not in text and "at PML?" not in text and "of PML?" not in text
    roles = {q.question: q.answer for q in asked(bank, "lahore", "role")}
    assert any("Pakistan Muslim League-Nawaz" in q and a == "president" for q, a in roles.items())
    assert "Tehreek-e " not in text and "Tehreek-e?" not in text and "did Insaf" not in text


def test_a_name_cut_at_a_hyphen_is_seen() -> None:
    sentence = "Independents backed by the Pakistan Tehreek-e-Insaf (PTI) won 41 seats, with PML-N president X."
    assert torn_at_hyphen("How many seats did independents backed by the Pakistan Tehreek-e win?", sentence)
    assert torn_at_hyphen("-N president", sentence)
    assert not torn_at_hyphen("How many seats did independents backed by the Pakistan Tehreek-e-Insaf win?", sentence)
    assert not torn_at_hyphen("PML-N president", sentence)
    assert torn_at_hyphen("How many seats did Insaf win?", sentence)


def test_their_leader_is_not_asked_without_the_party(bank: QuestionBank) -> None:
    roles = {q.question: q.answer for q in asked(bank, "valley", "role")}
    assert not any(a == "leader" and "Farmers Union" not in q for q, a in roles.items())


def test_a_date_owned_by_a_noun_is_kept(bank: QuestionBank) -> None:
    text = _all(bank, "valley")
    assert "at vote" not in text


def test_a_leader_who_stepped_down_is_no_leader_now(bank: QuestionBank) -> None:
    for q in asked(bank, "coast", "role"):
        assert not (q.answer == "Dan Okoro" and "time of writing" in q.question), q.question
        assert not ("Okoro" in q.question and "time of writing" in q.question), q.question


def test_the_second_minister_does_not_take_the_first_ones_post(bank: QuestionBank) -> None:
    for q in asked(bank, "treaty", "role"):
        assert not ("Keller" in q.question and q.answer == "Minister of Trade"), q.question
        assert not (q.answer == "Jan Keller" and "Minister of Trade" in q.question), q.question


def test_a_day_between_a_party_and_its_verb(bank: QuestionBank) -> None:
    text = _all(bank, "cuttack")
    assert "on Wednesday win" not in text and "did The " not in text


def test_a_match_still_to_come_is_asked_as_one() -> None:
    text = (
        "Rovers part with manager\n\nAssistant Joe Hart will take charge of the side for Saturday's match "
        "against Eastfield Town."
    )
    asked_now = [q.question for q in date_questions(text)]
    assert not any(q.startswith("When was the match") for q in asked_now), asked_now


def test_a_majority_a_seat_was_held_with_counts_votes() -> None:
    text = "Results night\n\nFormer minister Ruth Kane won the Harwick seat with a majority of 9,804."
    asked_now = {q.question: q.answer for q in questions_of_texts({"night": text}).questions if q.kind == "number"}
    question = "With a majority of how many votes did former minister Ruth Kane win the Harwick seat?"
    assert asked_now.get(question) == "9,804", asked_now
    elsewhere = "Results night\n\nThe coalition has a majority of 12 in the chamber after the vote."
    assert not any("votes" in q.question for q in questions_of_texts({"c": elsewhere}).questions)
