"""Quotes in shapes news uses beyond '"…," X said': a sound bite after a colon that a verb of stance
opens ('X disagreed with the critics: "…"'), a subject set before an inverted attribution that the
quote goes on to finish ('The payouts, he said, "barely cover …"'), and a speaker whose description
opens the sentence ('Pensioner Alan Brook, 78, said …'), asked of the person, never of the word.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

ARTICLES = {
    "disagreed": (
        "The ferry vote was close.\n\n"
        'Fisherman Rita Mole, 61, disagreed with the critics: "Without the ferry this town would simply die."'
    ),
    "praised": (
        "Harford Rovers beat Castlebridge 2-1 on Saturday.\n\n"
        "Rovers manager Gary Stott said his side had been poor before the break.\n\n"
        'Stott praised the 19-year-old Jamie Okafor: "He has a big future and he will only get better."'
    ),
    "payouts": (
        "Payouts for pensioners will rise next year.\n\n"
        "Opposition MP Faisal Rahim argued that the increases did not go far enough. The payouts, he said, "
        '"barely cover one month of higher food prices".\n\n'
        "The first payments will be made in August."
    ),
    "contract": (
        "Ann Ruiz leads the dockers' union.\n\n"
        'The new contract, Ruiz said, "is the best deal our members have had in twenty years."'
    ),
    "pensioner": (
        "The island ferry will keep running.\n\n"
        "Pensioner Alan Brook, 78, said he had used the ferry every week for forty years."
    ),
    "grandmother": (
        "Nurses will strike next month.\n\n"
        "Grandmother Joan Pike, whose hip operation has been cancelled twice, is waiting for a new date. "
        '"I just want someone to tell me when it will happen," she said.'
    ),
    "rise": (
        "Martin Hale leads the Conservative group.\n\n"
        'The rise, according to Hale, "punishes families who are already struggling".'
    ),
    "nurses": (
        "Minister warns of hospital strike chaos\n\nBy Helen Marsh, Health Correspondent\n\nThe Health "
        "Secretary, Owen Pryce, has warned that a nurses' strike next month would put \"thousands of "
        "patients at risk\".\n\nSpeaking in the Commons on Wednesday, Mr Pryce insisted the government's "
        '4.5 per cent pay offer was "fair and affordable". He urged the Royal College of Nursing to '
        "return to talks.\n\nBut the union's general secretary, Megan Hollis, denied that her members were"
        ' being unreasonable. "Nurses, she said, have waited eleven years for a fair deal," one official'
        ' recalled.\n\n"Our members are exhausted," Ms Hollis said. "They are leaving the profession in '
        'their thousands and the minister knows it."\n\nGrandmother Joan Pike, whose hip operation has '
        'already been cancelled twice, admitted she was frightened. "I just want someone to tell me when'
        ' it will happen," she said.\n\nAccording to NHS England, 7.6 million people are now waiting for '
        "treatment. Professor Sunil Rao, of King's College London, predicted the list would pass eight "
        "million by Christmas.\n\nThe Liberal Democrats' view is that the dispute could be settled within "
        'a week if ministers "stopped playing games".\n'
    ),
    "sign": 'Ann Ruiz held up a sign: "No more cuts to the island ferry service this winter."',
    "letter": 'Ann Ruiz read the letter: "We will close the school in June, whatever the parents say."',
    "pointing": (
        'Ann Ruiz leads the dockers\' union.\n\nIt, Ruiz said, "is the best deal our members have had in twenty years."'
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(ARTICLES)


@pytest.mark.parametrize(
    ("article", "words", "speaker"),
    [
        ("disagreed", "this town would simply die", "Rita Mole"),
        ("praised", "big future", "Gary Stott"),
        ("payouts", "the payouts \u201cbarely cover one month", "Faisal Rahim"),
        ("contract", "the new contract \u201cis the best deal", "Ann Ruiz"),
        ("pensioner", "used the ferry every week", "Alan Brook"),
        ("grandmother", "tell me when it will happen", "Joan Pike"),
        ("rise", "the rise \u201cpunishes families", "Martin Hale"),
        ("nurses", "tell me when it will happen", "Joan Pike"),  # the name NER left untagged
    ],
)
def test_the_speaker_of_each_shape_is_asked(bank: QuestionBank, article: str, words: str, speaker: str) -> None:
    found = [q for q in asked(bank, article, "quote") if words in q.question]
    assert found, [q.question for q in asked(bank, article, "quote")]
    assert {q.answer for q in found} == {speaker}


@pytest.mark.parametrize("article", ["sign", "letter"])
def test_words_a_thing_carries_are_nobodys_quote(bank: QuestionBank, article: str) -> None:
    assert asked(bank, article, "quote") == []


def test_a_fronted_subject_that_points_back_is_not_asked_with_it(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "pointing", "quote") if q.question.startswith("Who said it ")]


def test_a_description_before_a_name_is_no_part_of_the_answer(bank: QuestionBank) -> None:
    answers = {q.answer for a in ("pensioner", "grandmother", "disagreed") for q in asked(bank, a, "quote")}
    assert not [a for a in answers if a.split()[0] in ("Pensioner", "Grandmother", "Fisherman")]
