"""A tally of votes after the verb that decided ("voted 7-2 to approve", "passed the bill 62-38",
"ruled 5-4") is asked as the vote it was. Invented sentences."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_text


@pytest.mark.parametrize(
    ("sentence", "question", "tally"),
    [
        (
            "The Harwick City Council voted 7-2 on Tuesday to approve a new library.",
            "By what margin did the Harwick City Council vote on Tuesday to approve a new library?",
            "7-2",
        ),
        (
            "The Senate passed the bill 62-38 on Friday.",
            "By what vote did the Senate pass the bill on Friday?",
            "62-38",
        ),
        (
            "The court ruled 5-4 that the law was valid.",
            "By what vote did the court rule that the law was valid?",
            "5-4",
        ),
    ],
    ids=["voted", "passed", "ruled"],
)
def test_a_tally_is_asked_as_the_vote(sentence: str, question: str, tally: str) -> None:
    asked = {q.answer: q.question for q in questions_of_text(f"Vote\n\n{sentence}", kind="number")}
    assert asked[tally] == question
