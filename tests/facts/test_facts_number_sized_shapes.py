"""Number shapes of news English asked with their noun (sentences invented): a rate ("a dividend of
… per share"), a crowd, an area, "home to", a hyphenated length, a count's earlier figure, a change
by and the level to, and a counted noun whose name carries a relative clause set off by commas."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "rate": (
        "Fjordline results\n\n"
        "Ferry operator Fjordline paid a dividend of 3.20 crowns per share. "
        "The board will propose a dividend of 1.10 euros per share, compared with 0.90 euros a year ago."
    ),
    "crowd": (
        "Cup final\n\nA crowd of 21,300 watched the cup final in Tallin on Saturday. "
        "The stadium holds 30,000 people. Last year 18,000 fans attended."
    ),
    "area": "Park news\n\nThe Marsh Park covers an area of 1,200 square kilometres, the park authority said.",
    "home": (
        "Wetland survey\n\nLake Vessa is home to 2,000 pairs of nesting storks. "
        "Rangers counted 450 herons and 120 cranes in May."
    ),
    "telescope": "Observatory plans\n\nThe Kalmar observatory will build a 3.6-metre telescope in Chile next year.",
    "road": "Port link\n\nThe Harwick council will build a 5-kilometre road to the port next year.",
    "earlier": (
        "Airport traffic\n\nThe Orvik airport handled 14 million passengers in 2025, up from 11 million a year earlier."
    ),
    "by_to": (
        "Census figures\n\n"
        "The population of the Hallen district fell by 41,000 to 1.27 million, the census office said. "
        "Union membership rose by 2,600 to 57,000 last year."
    ),
    "by_small": (
        "Rowing clubs\n\nMembership of the Lakeside Rowing Association rose by 5 to 1.2 million, the association said."
    ),
    "relcl": (
        "Basketball\n\nForward Aki Lehto had 27 points for the Otters, who have won four of their last seven games."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


@pytest.mark.parametrize(
    ("article", "question", "answer"),
    [
        (
            "rate",
            "How large a dividend per share did ferry operator Fjordline pay?",
            "3.20 crowns",
        ),
        ("rate", "How large a dividend per share will the board propose?", "1.10 euros"),
        ("crowd", "How large a crowd watched the cup final in Tallin on Saturday?", "21,300"),
        (
            "area",
            "According to the park authority, how large an area does the Marsh Park cover?",
            "1,200 square kilometres",
        ),
        ("home", "To how many pairs of nesting storks is Lake Vessa home?", "2,000"),
        ("telescope", "How large a telescope will the Kalmar observatory build in Chile next year?", "3.6 metres"),
        ("road", "How long a road will the Harwick council build to the port next year?", "5 kilometres"),
        ("earlier", "How many passengers did the Orvik airport handle a year earlier?", "11 million"),
        ("earlier", "How many passengers did the Orvik airport handle in 2025?", "14 million"),
        (
            "by_to",
            "According to the census office, by how much did the population of the Hallen district fall?",
            "41,000",
        ),
        (
            "by_to",
            "According to the census office, to what figure did the population of the Hallen district fall by 41,000?",
            "1.27 million",
        ),
        ("by_to", "By how much did union membership rise last year?", "2,600"),
        ("by_to", "To what figure did union membership rise by 2,600 last year?", "57,000"),
    ],
)
def test_a_figure_is_asked_with_its_noun(bank: QuestionBank, article: str, question: str, answer: str) -> None:
    assert answers(bank, article, "number").get(question) == answer


def test_a_change_by_and_the_level_to_are_never_swapped_or_joined(bank: QuestionBank) -> None:
    asked = answers(bank, "by_to", "number")
    for question, answer in asked.items():
        assert " to " not in answer  # "41,000 to 1.27 million" is no answer
        assert not (question.lower().count("by how much") and answer in ("1.27 million", "57,000"))


def test_a_bare_small_change_before_a_level_in_millions_is_not_asked(bank: QuestionBank) -> None:
    # "by 5 to 1.2 million": 5 members or 5 million? The tagger's two spans are asked no more than its one.
    assert "5" not in answers(bank, "by_small", "number").values()


def test_a_relative_clause_after_the_counted_noun_is_cut(bank: QuestionBank) -> None:
    asked = answers(bank, "relcl", "number")
    assert asked, "the points are asked"
    assert all("who have won" not in q for q in asked)
    assert any(q.startswith("How many points for the Otters did") and a == "27" for q, a in asked.items())
