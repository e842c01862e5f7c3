"""Which quoted words make a statement of their own: a second quote after its attribution, a quote
left open that runs on, and short quotes with nothing in them to check.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "second-quote-after-said": (
        "Daniel Whitcombe has run the ferry company for twenty years.\n\n"
        '"The crossing has never been busier than it was this summer," said Whitcombe. '
        '"Next spring we will add a second boat to the morning route from the harbour."'
    ),
    "quote-runs-on-open": (
        "Daniel Whitcombe has run the ferry company for twenty years.\n\n"
        '"The crossing has never been busier than it was this summer," he said. '
        '"We carried more cars in August than in the whole of last year. '
        '"Next spring we will add a second boat to the morning route from the harbour."'
    ),
    "verdicts": (
        "Oskar Lind chairs the harbour board.\n\n"
        '"That may well be right," said Lind.\n\n'
        '"It\'s a good thing," Lind added.\n\n'
        '"The results are truly remarkable," said Lind.\n\n'
        "Ruth Abney runs the island's only clinic.\n\n"
        '"We\'ll see," she said.'
    ),
    "verdict-then-statement": (
        "Oskar Lind chairs the harbour board.\n\n"
        '"That may well be right," said Lind. "The board will vote on the new pier in March."'
    ),
    "short-but-checkable": (
        "Oskar Lind chairs the harbour board.\n\n"
        '"She is stubborn, she will not resign," said Lind.\n\n'
        '"We will sell the ferry," Lind added.'
    ),
    "post-then-pronoun": (
        "Harbour Board President Oskar Lind opened the meeting on Monday.\n\n"
        "Lind said the board had sold the old ferry to a museum in Bergen.\n\n"
        "The ferry had carried passengers between the islands for forty years.\n\n"
        "The crossing will close for repairs in March.\n\n"
        "The Harbour Board President said the new pier would open in the autumn.\n\n"
        "Also, the night crossings would stop until the harbour lights were replaced, he said."
    ),
    "second-quote-leans-back": (
        "Ruth Abney runs the island's only clinic.\n\n"
        '"The new ferry timetable is the best thing to happen to the island\'s patients," said Abney. '
        '"But it still leaves the night crossing without a nurse on board."'
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_closed_quote_after_the_attribution_is_a_second_statement(quotes: dict[str, list[Question]]) -> None:
    asked = {("busier" in q.question, "second boat" in q.question): q for q in quotes["second-quote-after-said"]}
    assert set(asked) == {(True, False), (False, True)}, [q.question for q in quotes["second-quote-after-said"]]
    assert {q.answer for q in asked.values()} == {"Daniel Whitcombe"}
    second = asked[(False, True)]
    assert "said Whitcombe" in second.source  # the evidence shows who said it


def test_a_second_quote_about_what_the_first_named_goes_on_with_it(quotes: dict[str, list[Question]]) -> None:
    found = quotes["second-quote-leans-back"]
    assert [q.answer for q in found] == ["Ruth Abney"], [q.question for q in found]
    assert "best thing to happen" in found[0].question


def test_a_quote_left_open_runs_on_as_one_statement(quotes: dict[str, list[Question]]) -> None:
    found = quotes["quote-runs-on-open"]
    assert len(found) == 1, [q.question for q in found]
    assert "never been busier" in found[0].question
    assert found[0].answer == "Daniel Whitcombe"


def test_a_quote_with_nothing_to_check_is_not_asked(quotes: dict[str, list[Question]]) -> None:
    assert quotes["verdicts"] == []


def test_a_verdict_still_names_the_speaker_of_the_quote_after_it(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["verdict-then-statement"]
    assert "vote on the new pier" in q.question
    assert q.answer == "Oskar Lind"


def test_a_short_quote_that_says_something_is_asked(quotes: dict[str, list[Question]]) -> None:
    asked = sorted(q.question for q in quotes["short-but-checkable"])
    assert asked == [
        "Who said \u201cShe is stubborn, she will not resign\u201d?",
        "Who said \u201cWe will sell the ferry\u201d?",
    ]
    assert {q.answer for q in quotes["short-but-checkable"]} == {"Oskar Lind"}


def test_he_after_the_one_holder_of_a_post_spoke_is_that_person(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["post-then-pronoun"] if "night crossings" in q.question]
    assert q.answer == "Oskar Lind"
    # the linking word belongs to the story, not to what he said
    assert q.question == "Who said that the night crossings would stop until the harbour lights were replaced?"


def test_a_reported_clause_cut_before_any_verb_of_its_own_is_not_asked() -> None:
    from invented_articles import questions_of_text

    text = (
        "Crews back at work\n\n"
        "Harbour master Oskar Lind said the crews would be checked before the season.\n\n"
        "Once given a clean bill of health by the port doctors, only then would they be allowed back, he added."
    )
    assert not [q for q in questions_of_text(text, kind="quote") if "clean bill" in q.question]
