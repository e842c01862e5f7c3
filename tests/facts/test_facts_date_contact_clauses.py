"""A date in a relative clause with no relative word ("the hall it has occupied since 1884") is asked
of the sentence's subject, which "it" stands for, and of the noun the clause hangs on."""

from __future__ import annotations

import pytest
from invented_articles import date_questions

_MORE = "Repairs to the roof would be costly."


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "A district council is to sell the Victorian town hall it has occupied since 1884. "
            "The move saves money, the council said.",
            "Since when has the district council occupied the Victorian town hall?",
            "1884",
        ),
        (
            "The harbour board is moving out, closing the stone warehouse it has used since 1962, the board said.",
            "Since when has the harbour board used the stone warehouse?",
            "1962",
        ),
        (
            "The rowing club sold the boathouse it had leased from the council since 1990.",
            "Since when had the rowing club leased the boathouse from the council?",
            "1990",
        ),
    ],
    ids=["is-to-sell", "participle-closing", "had-leased-from"],
)
def test_a_date_in_a_contact_clause_is_asked_of_the_sentences_subject(text: str, question: str, answer: str) -> None:
    # (a second sentence: a one-sentence story is its own headline)
    asked = [(q.question, q.answer) for q in date_questions(f"{text} {_MORE}")]
    assert (question, answer) in asked


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lind sold the cottage it has overlooked since 1990.",  # a person is never "it"
        "The dockers sold the union hall it has occupied since 1990.",  # a plural subject is never "it"
        "Eastport says the rowing club it has backed since 1990 will close.",  # a place is never "it"
        # "it" may be the ferry firm the board fined as well as the board
        "The harbour board fined Orvik Ferries on Friday, citing a berth it has blocked since 1990.",
        "The harbour board fined Orvik Ferries over a berth it has blocked since 1990.",
    ],
    ids=["person", "plural-subject", "place", "participle-after-an-object", "object-before-the-noun"],
)
def test_a_contact_clause_is_not_asked_of_an_unsure_it(text: str) -> None:
    assert not [q for q in date_questions(f"{text} {_MORE}") if q.answer == "1990"]
