"""Reported speech that names its speaker again inside what was said ("He said the board would
keep its ferry, which Berg and the unions agreed would stay vital"): the pronoun is still the
speaker, and the question stops before the name, which would give the answer away. Also: a
group that blames something on someone states a view; "did not say when" states nothing; and
"the firm" is never a common word a sentence opened with a capital ("Island councillors …").

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article, questions_of_texts

from quizgen.models import Question

ARTICLES = {
    "agreed-in-a-relative-clause": (
        "HARBOUR TOWN, May 4 - The harbour board will buy a second ferry next year, its chairman Tom Berg "
        "said on Tuesday.\n\n"
        "Berg said the board had set aside 12 million crowns for the new boat.\n\n"
        "He said the board would keep its old ferry on the northern route, which Berg and the unions agreed "
        "would remain vital for the island's schools."
    ),
    "said-in-a-relative-clause": (
        "Ardent Motors chief executive Jane Holt said on Monday that the carmaker would build a plant "
        "in Ohio.\n\n"
        "She said the board would meet next month to approve the plan, which Holt said would cost about "
        "two billion dollars."
    ),
    "acted-in-a-relative-clause": (
        "The harbour board will buy a second ferry next year, its chairman Tom Berg said on Tuesday.\n\n"
        "He said the new ferry, which Berg had ordered from a yard in Gdansk, would arrive two months late."
    ),
    "blamed-and-not-said": (
        "CalMar Ferries will add three routes to the islands, its managing director Robbie Fraser said on "
        "Monday.\n\n"
        "Island councillors welcomed the plans but said their villages had waited too long.\n\n"
        "Scottish tourism analysts blamed the fall in visitors on the cancellations.\n\n"
        "Mr Fraser did not say when the two oldest vessels would be replaced. He said the firm was still "
        "talking to two shipyards in Poland."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def _asked(quotes: list[Question], words: str) -> list[Question]:
    return [q for q in quotes if words in q.question]


def test_the_speaker_agreeing_again_in_a_relative_clause_keeps_the_pronoun_his(
    quotes: dict[str, list[Question]],
) -> None:
    (q,) = _asked(quotes["agreed-in-a-relative-clause"], "old ferry on the northern route")
    assert q.answer == "Tom Berg"
    assert "Berg" not in q.question and "agreed" not in q.question, q.question


def test_the_speaker_saying_again_in_a_relative_clause_keeps_the_pronoun_hers(
    quotes: dict[str, list[Question]],
) -> None:
    (q,) = _asked(quotes["said-in-a-relative-clause"], "meet next month to approve the plan")
    assert q.answer == "Jane Holt"
    assert "Holt" not in q.question, q.question


def test_a_name_acting_in_a_relative_clause_still_leaves_the_pronoun_open(
    quotes: dict[str, list[Question]],
) -> None:
    assert not _asked(quotes["acted-in-a-relative-clause"], "arrive two months late")


def test_a_group_blaming_something_states_a_view(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["blamed-and-not-said"], "fall in visitors")
    assert q.question == "Which group blamed the fall in visitors on the cancellations?"  # a group, not a name
    assert q.answer == "Scottish tourism analysts"


def test_not_saying_when_is_no_statement(quotes: dict[str, list[Question]]) -> None:
    assert not _asked(quotes["blamed-and-not-said"], "replaced")


def test_a_capital_opening_a_sentence_before_a_post_names_no_firm(quotes: dict[str, list[Question]]) -> None:
    assert not _asked(quotes["blamed-and-not-said"], "Island was")
    assert all("Island" not in q.question for q in quotes["blamed-and-not-said"])


def test_a_clause_whose_day_sits_before_but_is_asked_after_it() -> None:
    bank = questions_of_texts(
        {
            "day-before-but": (
                "Today's steep fall in Nordic shares may have gone too far, but the mood among fund managers "
                "is nervous, Oslo equity analysts said.\n\n"
                "Ann Lind said the council would decide on the bridge today, but the ferry would keep running."
            )
        }
    )
    asked = [q for q in bank.questions if q.kind == "quote"]
    assert [(q.question, q.answer) for q in asked] == [
        ("Which group said that the mood among fund managers is nervous?", "Oslo equity analysts")
    ]
