"""A figure of "the economy", "the industry" or "the business" is asked only when the question says whose."""

from __future__ import annotations

import pytest
from invented_articles import answers_to

from quizgen.questions.generic_subject import unplaced_subject


@pytest.mark.parametrize(
    ("question", "unplaced"),
    [
        ("By what percentage would the economy grow next year?", True),
        ("What share of farm labour does the industry employ?", True),
        ("How much did the business owe to its landlords?", True),
        ("When did the market reopen after the holiday?", True),
        ("By what percentage would Ruritania's economy grow next year?", False),
        ("According to Ana Pohe, by what percentage would the economy grow next year?", False),
        ("How much did the tea industry in Dunmore earn?", False),  # the subject is "the tea industry …"
        ('Who said "the economy will grow by 3 percent"?', False),  # the speaker's words
        ("How many people did the business's new plant hire?", False),
    ],
)
def test_a_generic_subject_without_a_name(question: str, unplaced: bool) -> None:
    assert unplaced_subject(question) is unplaced


def test_the_article_does_not_ask_whose_economy() -> None:
    text = (
        "Dunmore Garden Stores reopened 40 shops on Monday after three months of closure. When the chain "
        "collapsed into administration, the business owed £72m to landlords and suppliers. Its new owner, "
        "Harbour Retail, plans to hire 600 staff."
    )
    answers = set(answers_to(text, kind="number").values())
    assert "£72m" not in answers
