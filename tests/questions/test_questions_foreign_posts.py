"""Posts of another country or another body: asked with whose they are, or not asked.

A government's office in a story about two countries is asked with its country ("Tanzania's
Agriculture Minister X" → "Agriculture Minister of Tanzania"; "his Ethiopian counterpart X" →
"Ethiopian Foreign Minister"), or not at all; a post left behind ("formerly", "previously") is never
asked as held; a former post at another body keeps that body, never reading as one held at the
body of the post beside it; a post someone is named to is one to come.
"""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "coffee": (
        "Coffee talks collapse in London\n\n"
        "KAMPALA, May 3 - Uganda said on Monday it would seek new buyers after coffee talks in London collapsed.\n\n"
        "In Dar es Salaam, Tanzania's Agriculture Minister Paul Bomani said poor countries would suffer.\n\n"
        "Uganda's Minister of Trade Jane Okello said exports would fall by a third.\n\n"
        "Kenya's foreign minister Amos Kibet said Nairobi would host new talks. Kibet spoke after meeting his "
        "Ethiopian counterpart Tesfaye Bekele, who said Addis Ababa backed the plan.\n\n"
        "Foreign Minister Tesfaye Bekele later flew to Cairo.\n"
    ),
    "river": (
        "India, Bangladesh sign river water pact\n\n"
        "NEW DELHI: India and Bangladesh on Monday signed an agreement on the Teesta river.\n\n"
        "External Affairs Minister S. Raghavan and Abdul Karim signed the pact in New Delhi.\n\n"
        "Foreign minister Abdul Karim said the deal would help farmers in Bangladesh and India.\n\n"
        '"This is a historic day for Bangladesh," Karim said, adding that Bangladesh would build a new dam.\n'
    ),
    "trust": (
        "Northfield Health Trust appoints chief executive\n\n"
        "Northfield Health Trust has appointed Dr Priya Shah as its new chief executive, the trust said.\n\n"
        "Dr Shah, currently chief operating officer at Riverside NHS Foundation Trust and formerly director of "
        "nursing at St Mary's Hospital, will take up the post in September.\n"
    ),
    "grant": (
        "Engineering school wins federal grant\n\n"
        "AUSTIN, Texas - Lakeside University has won a $12 million federal grant, the school said Monday.\n\n"
        '"This grant will change how we teach," said Jane Roe, dean of engineering at Lakeside University and a '
        "former provost at Prairie View A&M.\n\n"
        "Ahmed Khan, chief economist at Asia Capital Partners and ex-adviser to the Bank of Korea, said the grant "
        "was welcome.\n"
    ),
    "provost": (
        "Lakeside University names new provost\n\n"
        "Lakeside University has named Jane Roe its next provost, effective July 1, 2025, President Mark Ellis "
        "announced Wednesday.\n\n"
        '"Jane has shown again and again that she can build programs," Ellis said.\n'
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def _posts(bank: QuestionBank, article: str) -> dict[str, str]:
    return {q.question: q.answer for q in asked(bank, article, "role")}


def test_a_country_written_as_a_possessive_stays_with_the_office(bank: QuestionBank) -> None:
    answers = set(_posts(bank, "coffee").values())
    assert "Agriculture Minister of Tanzania" in answers
    assert "Agriculture Minister" not in answers
    assert "Uganda's Minister of Trade" in answers
    holder = [q for q in _posts(bank, "coffee") if "Uganda's Minister" in q]
    assert holder and not any("the Uganda's" in q for q in holder)  # "Who was Uganda's Minister …?"


def test_a_counterpart_gives_the_office_its_country(bank: QuestionBank) -> None:
    posts = _posts(bank, "coffee")
    assert "Ethiopian Foreign Minister" in posts.values()
    assert "Foreign Minister" not in posts.values()


def test_an_office_of_no_country_in_a_story_of_two_is_not_asked(bank: QuestionBank) -> None:
    answers = set(_posts(bank, "river").values())
    assert not answers & {"External Affairs Minister", "Foreign minister", "Foreign Minister"}


def test_formerly_is_a_post_left_behind(bank: QuestionBank) -> None:
    posts = _posts(bank, "trust")
    assert not any("formerly" in q or "formerly" in a for q, a in posts.items())
    held = [q for q, a in posts.items() if "director of nursing" in a + q and not q.startswith("Which")]
    assert held and all(q.startswith("What post did") and "former" in posts[q] for q in held)


def test_a_former_post_at_another_body_keeps_that_body(bank: QuestionBank) -> None:
    answers = set(_posts(bank, "grant").values())
    assert "former provost" not in answers and "ex-adviser" not in answers
    assert {"former provost at Prairie View A&M", "ex-adviser to the Bank of Korea"} <= answers


def test_a_post_someone_is_named_to_is_one_to_come(bank: QuestionBank) -> None:
    posts = _posts(bank, "provost")
    provost = [q for q, a in posts.items() if "provost" in a]
    assert provost and all(q.startswith("What post will") for q in provost)
    assert not any(a.startswith("its ") for a in posts.values())
