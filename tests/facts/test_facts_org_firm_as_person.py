"""'The company' after a firm the tagger took for a person ("Dunkel Donuts opened …"), and never a
wire dateline's place ("OSLO, March 3 (Reuters) -") standing in for a company."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "shops": (
        "Dunkel Donuts Inc. reported a 12 percent rise in quarterly profit on Tuesday.\n\n"
        "Profit for the nine months rose 30 percent. Its shares rose 4 percent in early trading.\n\n"
        "Revenue rose to $80 million, and Dunkel Donuts opened 14 new shops during the quarter. "
        "The company opened its first shop in Asia in a Tokyo department store."
    ),
    "stake": (
        "Kessler Brandt Holdings Inc. cut its forecast on Monday.\n\n"
        "Sales fell 8 percent. Margins shrank in every region.\n\n"
        "Kessler Brandt said it would close three plants. The company also sold its stake in a Lisbon bakery."
    ),
    "she": (
        "Tilda Okafor Inc. cut its forecast on Monday.\n\n"
        "Sales fell 8 percent. Margins shrank in every region.\n\n"
        "Tilda Okafor said she would close three plants. The company also sold its stake in a Lisbon bakery."
    ),
    "dateline": (
        "OSLO, March 3 (Reuters) - Halvern Foods ASA said on Tuesday it would shut two plants.\n\n"
        "The company opened its first store in Asia last year."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def pairs(bank: QuestionBank, article: str) -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in asked(bank, article)]


def test_the_company_after_a_firm_tagged_as_a_person_is_that_firm(bank: QuestionBank) -> None:
    question = "Which company opened its first shop in Asia in a Tokyo department store?"
    assert (question, "Dunkel Donuts Inc.") in pairs(bank, "shops")
    assert ("Which company sold its stake in a Lisbon bakery?", "Kessler Brandt Holdings Inc.") in pairs(bank, "stake")


def test_a_name_called_she_is_a_person_so_the_company_is_not_asked(bank: QuestionBank) -> None:
    assert not [q for q, _a in pairs(bank, "she") if "stake" in q]


def test_a_dateline_place_never_answers_for_the_company(bank: QuestionBank) -> None:
    assert all(a != "OSLO" for _q, a in pairs(bank, "dateline"))
