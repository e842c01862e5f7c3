"""A number question says what its number is about: a share names its poll and the people asked,
an expectation names what was expected, or the question is not asked."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article
from quizgen.pipeline import questions_for
from quizgen.questions.named_subject import named_subject

POLL = (
    "A Harbour Post survey released on Friday showed that only 41 percent of those polled trusted the council, "
    "but 62 percent still thought the mayor was doing a good job."
)


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "What percentage thought the mayor was doing a good job?",
            POLL,
            "In a Harbour Post survey, what percentage of those polled thought the mayor was doing a good job?",
        ),
        (
            "According to Ida Voss, what percentage backed the plan?",
            "Ida Voss said 58 percent of voters polled backed the plan.",
            "According to Ida Voss, what percentage of voters polled backed the plan?",
        ),
        (
            "What percentage of those thought the mayor was doing a good job?",
            "A Harbour Post poll showed that 41 pct of those surveyed thought the mayor was doing a good job.",
            "In a Harbour Post poll, what percentage of those surveyed thought the mayor was doing a good job?",
        ),
        # of what, the sentence does not say: nothing is asked
        ("What percentage is recycled from old tyres?", "In the port, 35 percent is recycled from old tyres.", None),
        ("How much did analysts expect?", "Analysts expected 12 cents a share and $2 billion in sales.", None),
        ("How many did economists forecast?", "Economists forecast 150,000 new jobs.", None),
        # already clear: unchanged
        (
            "What percentage of the fleet is electric?",
            "About 30 percent of the fleet is electric.",
            "What percentage of the fleet is electric?",
        ),
        (
            "How much did analysts expect in sales?",
            "Analysts expected $2 billion in sales.",
            "How much did analysts expect in sales?",
        ),
    ],
)
def test_named_subject(question: str, sentence: str, expected: str | None) -> None:
    assert named_subject(question, sentence) == expected


def test_a_poll_share_is_asked_with_its_poll() -> None:
    text = "The mayor faces a vote in May. " + POLL
    article = Article(id="poll", title="Mayor", published=dt.date(2025, 3, 7), path="p.txt", text=text)
    shares = [q.question for q in questions_for([article]).questions if q.answer.startswith(("62", "41"))]
    assert "In a Harbour Post survey, what percentage of those polled thought the mayor was doing a good job?" in shares
    assert all("of those polled" in q for q in shares), shares
