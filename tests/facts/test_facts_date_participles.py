"""A date inside a participle clause with no subject of its own is asked of the main clause's
subject, who did it ("After winning the cup in 2019, the Rovers …" → the Rovers won it)."""

from __future__ import annotations

import pytest
from invented_articles import date_questions


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "After winning the league title in 2019, the Dunmore Rovers struggled for years.",
            "In what year did the Dunmore Rovers win the league title?",
            "2019",
        ),
        (
            "Having joined the harbour board in 2015, Ann Ruiz became its chair.",
            "In what year did Ann Ruiz join the harbour board?",
            "2015",
        ),
        (
            "The ferry firm was sold. Colm Byrne ran it from Cork before moving to Dunmore in March.",
            "When did Colm Byrne move to Dunmore?",
            "March 2023",
        ),
    ],
    ids=["after-gerund", "having-participle", "gerund-after-the-clause"],
)
def test_a_date_in_a_participle_clause_is_the_main_subjects_act(text: str, question: str, answer: str) -> None:
    assert [(q.question, q.answer) for q in date_questions(text)] == [(question, answer)]


@pytest.mark.parametrize(
    "text",
    [
        "Besides being open since 2014, the Dunmore registry has added two offices.",  # a state, not an act
        "The Dunmore Rovers now play in the second tier after losing the final in 2019.",  # present host
        "After fans invaded the pitch in 2019, the Dunmore Rovers were fined.",  # the clause has its own subject
    ],
    ids=["being", "present-host", "own-subject"],
)
def test_a_participle_clause_is_not_read_as_the_subjects_past_act_otherwise(text: str) -> None:
    assert not [q for q in date_questions(text) if "Dunmore Rovers" in q.question and "2019" in q.answer]
