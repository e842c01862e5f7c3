"""'The Brindle president said the company …': "the company" is the speaker's own body, even when
the sentences before name others; an analyst's "the company" is never the analyst's firm.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import Question

ARTICLES = {
    "officer-of-the-body": (
        "Brindle Foods Ltd is pursuing a bold expansion in Asia, president Michael "
        "Carter said.\n\n"
        "Brindle shares rose 3 percent on the Tokyo Stock Exchange, where Nippon Trust also listed its units.\n\n"
        "The Brindle president said the company was betting on its shops in Europe and Asia.\n\n"
        "Harwick Capital analyst Jo Pike said the company would need to raise more money in Canada.\n\n"
        "Brindle's finance director, Anna Berg, said the company would cut its debt by half."
    ),
    "post-given-before": (
        "Maria Delgado is chief executive officer of Helios Energy.\n\n"
        "Delgado said the company planned to add battery storage at the site by 2026.\n\n"
        "Mark Tan, an analyst at Fenwick Capital, said the company would need new investors by the spring."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> list[Question]:
    bank = questions_of_texts(ARTICLES)
    return [q for q in bank.questions if q.kind == "quote"]


def test_the_company_of_a_bodys_president_is_that_body(quotes: list[Question]) -> None:
    (q,) = [q for q in quotes if "betting on its shops" in q.question]
    assert q.question == "Who said that Brindle Foods Ltd was betting on its shops in Europe and Asia?"
    assert q.answer == "Michael Carter"


def test_the_company_of_a_bodys_director_named_between_commas_is_that_body(quotes: list[Question]) -> None:
    (q,) = [q for q in quotes if "debt by half" in q.question]
    assert q.question == "Who said that Brindle Foods Ltd would cut its debt by half?"
    assert q.answer == "Anna Berg"


def test_an_analysts_company_is_not_the_analysts_firm(quotes: list[Question]) -> None:
    assert not [q for q in quotes if "Harwick Capital would" in q.question]


def test_the_company_of_a_speaker_named_alone_is_the_body_of_their_post(quotes: list[Question]) -> None:
    (q,) = [q for q in quotes if "battery storage" in q.question]
    assert q.question == "Who said that Helios Energy planned to add battery storage at the site by 2026?"
    assert q.answer == "Maria Delgado"
    assert not [q for q in quotes if "new investors" in q.question and "Capital" in q.question]
