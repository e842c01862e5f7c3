"""Obituaries, tributes, appointments and retirements: the dead hold no post now, a "he" after a
colleague's tribute is still the subject's, an award is nobody, and "his partner" is no post."""

from __future__ import annotations

from pathlib import Path

import pytest
from invented_articles import answers_to, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "tribute": (
        "Lady Rowena Castel, who has died aged 88, was the botanist who catalogued the mosses of the Hebrides.\n\n"
        "Born in Perth in 1935, she studied at Aberdeen and served as keeper of the Dunmore herbarium from "
        "1970 to 1991.\n\n"
        '"Rowena could name a moss from twenty paces," said Gregor Lyle, the herbarium\'s director.\n\n'
        "She was appointed OBE in 1984 and received the Linnean Society's Bicknell Medal in 1999.\n\n"
        "In later life she published four field guides, the last of which appeared in 2012."
    ),
    "knight": (
        "Sir Alec Fenn, who has died aged 90, ran the Kelso lifeboat for three decades.\n\n"
        '"Alec never once refused a call," said Ruth Abbot, the current chairwoman of the trust.\n\n'
        "He was knighted in 2001."
    ),
    "india": (Path(__file__).parent.parent / "data" / "obit_india_tribute.txt").read_text(),
    "wire": (
        "Harold Vance, a three-term Democratic mayor of Fort Calder who later chaired the state ports "
        "commission, died Sunday at his home. He was 91.\n\n"
        '"He never forgot where he came from," his daughter, Nora Vance Pike, said in a statement.\n\n'
        "He married Ellen Tate in 1957. He was elected mayor in 1975."
    ),
    "music": (
        "The sitar player Meera Iyengar was awarded the Kalashri in 1991 and the Sangeet Ratna in 2007, "
        "the academy said."
    ),
    "cricket": (
        "Spinner Tom Ashdown has retired from all cricket at the age of 37. He was named Northern "
        "Cricketer of the Year in 2016 and led Durbridge in six matches in 2019 when the captain was injured.\n\n"
        'His former spin partner, Ravi Desai, said: "Tom turned the ball like nobody else."'
    ),
    "appointment": (
        "Kestrel Foods named Hana Okafor its finance director on Monday. She succeeds Colin Brandt, who "
        "retires in March.\n\n"
        '"We are lucky to have her," said Lydia Marsh, the company\'s current chairwoman.'
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def asked(bank: QuestionBank, article: str) -> dict[str, str]:
    return {q.question: q.answer for q in bank.questions if q.article == article}


def test_a_he_after_a_colleagues_tribute_is_still_the_subject(bank: QuestionBank) -> None:
    questions = asked(bank, "tribute")
    wrong = [q for q in questions if "Gregor Lyle" in q and not q.startswith(("Who said", "According to Gregor"))]
    assert not wrong, wrong  # (her sex unknown, the "she" after her quote is left open)
    assert asked(bank, "knight").get("In what year was Alec Fenn knighted?") == "2001"  # "chairwoman": not hers


def test_an_award_is_no_person_and_a_book_is_no_deed_of_its_author(bank: QuestionBank) -> None:
    questions = asked(bank, "tribute") | asked(bank, "cricket")
    assert not [q for q in questions if "Bicknell Medal" in q.split(" receive")[0]]
    assert not [q for q in questions if "Northern Cricketer" in q and " named " not in q]
    assert "2012" not in questions.values()  # "the last of which appeared in 2012": the book's, not hers


def test_a_dead_persons_post_is_not_asked_as_held_now(bank: QuestionBank) -> None:
    roles = {q.question: q.answer for q in bank.questions if q.article == "wire" and q.kind == "role"}
    assert not [q for q in roles if q.startswith(("At the time", "In 2024")) and "Harold Vance" in q]
    assert any("Harold Vance" in q for q in roles)
    assert all(a.startswith("former") for q, a in roles.items() if q.startswith("What post did Harold Vance"))


def test_an_age_at_death_is_no_year(bank: QuestionBank) -> None:
    assert not [q for q in bank.questions if q.answer in ("1990", "1988", "1991") and "age" in q.question]


def test_a_daughter_is_never_credited_with_her_fathers_deeds(bank: QuestionBank) -> None:
    questions = asked(bank, "wire")
    assert not [q for q in questions if "Nora Vance Pike" in q and not q.startswith("Who said")]
    assert not [q for q in questions if "Ellen Tate" in q and "marry" not in q]  # "He married E. T. He was …"
    assert questions.get("In what year was Harold Vance elected mayor?") == "1975"


def test_a_second_award_with_its_verb_left_out_is_not_asked_with_both(bank: QuestionBank) -> None:
    questions = asked(bank, "music")
    assert not [q for q in questions if "Kalashri" in q and "Sangeet Ratna" in q]


def test_a_number_question_torn_around_its_date_is_not_asked(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "cricket") if " in when " in q]


def test_a_partner_is_a_tie_not_a_post_and_current_is_no_part_of_one(bank: QuestionBank) -> None:
    answers = [q.answer for q in bank.questions if q.kind == "role"]
    assert not [a for a in answers if "partner" in a or a.startswith("current")]


def test_a_preposition_before_when_is_torn_only_inside_a_question() -> None:
    from quizgen.questions.grammar import grammar_problem, tag

    torn, fine = tag(
        [
            "In how many games in when the captain was hurt did Ann Lind lead the side?",
            "By when will the Kelso bridge reopen?",
        ]
    )
    assert grammar_problem(torn) == "preposition before a clause"
    assert grammar_problem(fine) != "preposition before a clause"


def test_a_pupil_saying_she_taught_is_not_asked_as_the_pupils_deed() -> None:
    questions = answers_to(TEXTS["india"])
    assert not [q for q in questions if q.startswith("Who taught")]
    assert questions.get("Who said “She treated every student as her own child”?") == "Suresh Narayanan"
