"""More attribution shapes: two statements in one sentence, "…, saying: …", a post as speaker.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "called-but-warned": (
        "Ruth Abney runs the island's only clinic.\n\n"
        'Abney called the new timetable "a disgrace," but warned that the last ferry of the day could be '
        "cancelled unless the council paid for a second crew."
    ),
    "pointing-out": (
        "The Harbour Safety Agency published its yearly review on Monday.\n\n"
        '"Nine of the ten worst accidents happened after dark," the Harbour Safety Agency said, pointing out '
        "that most of the night crossings had no second pilot on board."
    ),
    "saying-only": (
        "Oskar Lind chairs the harbour board.\n\n"
        'Lind refused to discuss the sale of the old ferry, saying only: "The board will decide in March '
        'and not a day before."'
    ),
    "said-but-added": (
        "Treasury Secretary Nora Quist spoke to reporters in Geneva on Sunday.\n\n"
        "She said the customs accord signed in the spring was still working, but added: "
        '"We will not wait for other countries to cut their tariffs first."'
    ),
    "interrupted": (
        "Oskar Lind chairs the harbour board.\n\n"
        '"The new pier," Lind said, "will cost twice as much as the old one and take three years to build."'
    ),
    "next-paragraph": (
        "Daniel Whitcombe has run the ferry company for twenty years.\n\n"
        '"The crossing has never been busier than it was this summer," he said.\n\n'
        '"Next year we will add a second boat to the morning route."'
    ),
    "someone-between": (
        "Daniel Whitcombe has run the ferry company for twenty years.\n\n"
        '"The crossing has never been busier than it was this summer," he said.\n\n'
        "The harbour master, Ruth Abney, disagreed.\n\n"
        '"Next year we will add a second boat to the morning route."'
    ),
    "second-quote": (
        "Ruth Abney runs the island's only clinic.\n\n"
        '"Nurses keep this island alive," she said, adding that they must "get the pay rise they were promised '
        'last spring".'
    ),
    "quote-ends-sentence": (
        "Ron Pelham follows the ferry industry for a bank in Leeds.\n\n"
        'The ferry company wants to start the talks "with enough boats in reserve to ride out a long strike," '
        "says Pelham."
    ),
    "by-claiming": (
        "Oskar Lind chairs the harbour board.\n\n"
        "Lind has reopened the row over the old pier by claiming the city engineer ignored three warnings "
        "about the rotten piles."
    ),
    "one-speaker": (
        "Maria Okafor opened the new ferry terminal on Monday.\n\n"
        "Maria Okafor announced a shared plan to run a night ferry to the island from May."
    ),
    "two-speakers-at-once": (
        "Maria Okafor and Daniel Whitcombe opened the new ferry terminal on Monday.\n\n"
        "Maria Okafor and Daniel Whitcombe announced a shared plan to run a night ferry to the island from May."
    ),
    "as-told": (
        "Ruth Abney studies air quality at the island's college.\n\n"
        "As Abney told the local paper, US ferry exhaust has fallen by a third since the new engines arrived."
    ),
    "the-ministry": (
        "The Ministry of Transport closed the harbour road on Monday.\n\n"
        "The ministry said in its statement that the road would reopen once the sea wall had been repaired."
    ),
    "two-sentence-quote": (
        "Ruth Abney runs the island's only clinic.\n\n"
        '"We have waited four years for a second doctor. The winter queues are longer every year," Abney said.'
    ),
    "the-agency-unnamed": (
        "Flooding closed the harbour road on Monday.\n\n"
        "The agency said in its statement that the road would reopen once the sea wall had been repaired."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_second_statement_joined_by_but_is_asked_too(quotes: dict[str, list[Question]]) -> None:
    asked = {q.question: q.answer for q in quotes["called-but-warned"]}
    warned = [q for q in asked if q.startswith("Who warned that the last ferry of the day could be cancelled")]
    assert len(warned) == 1, list(asked)
    assert asked[warned[0]] == "Ruth Abney"


def test_pointing_out_that_belongs_to_the_subject_of_the_verb_before_it(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["pointing-out"] if "night crossings" in q.question]
    assert q.question.startswith("Which organization said that most of the night crossings had no second pilot")
    assert q.answer == "Harbour Safety Agency"


def test_saying_only_a_quote_belongs_to_the_subject_of_the_verb_before_it(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["saying-only"] if "decide in March" in q.question]
    assert q.answer == "Oskar Lind"
    assert q.question.startswith("Who said \u201cThe board will decide in March")


def test_said_a_but_added_a_quote_asks_both(quotes: dict[str, list[Question]]) -> None:
    by_words = {("customs accord" in q.question, "tariffs" in q.question): q.answer for q in quotes["said-but-added"]}
    assert by_words.get((True, False)) == "Nora Quist", [q.question for q in quotes["said-but-added"]]
    assert by_words.get((False, True)) == "Nora Quist", [q.question for q in quotes["said-but-added"]]


def test_a_quote_around_its_attribution_is_asked_whole(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["interrupted"]
    whole = "The new pier will cost twice as much as the old one and take three years to build"
    assert q.question == f"Who said \u201c{whole}\u201d?"
    assert q.answer == "Oskar Lind"


def test_a_quote_paragraph_after_an_attributed_one_is_the_same_speakers(quotes: dict[str, list[Question]]) -> None:
    by_words = {("busier" in q.question, "second boat" in q.question): q.answer for q in quotes["next-paragraph"]}
    assert by_words == {(True, False): "Daniel Whitcombe", (False, True): "Daniel Whitcombe"}


def test_an_unattributed_quote_after_someone_else_intervened_is_not_asked(quotes: dict[str, list[Question]]) -> None:
    # the quote before is Whitcombe's, so a speaker was there to carry on: only Abney stops it
    assert [q.answer for q in quotes["someone-between"] if "crossing has never been busier" in q.question] == [
        "Daniel Whitcombe"
    ]
    assert not [q for q in quotes["someone-between"] if "second boat" in q.question]


def test_a_further_quote_in_the_speakers_sentence_is_asked_too(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["second-quote"] if "pay rise" in q.question]
    assert q.question == "Who said \u201cget the pay rise they were promised last spring\u201d?"
    assert q.answer == "Ruth Abney"


def test_a_quote_that_ends_the_sentence_before_its_attribution_is_asked(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["quote-ends-sentence"]
    assert q.question == (  # the fragment with its lead-in (questions/quote_lead.py)
        "Who said the ferry company wants to start the talks "
        "\u201cwith enough boats in reserve to ride out a long strike\u201d?"
    )
    assert q.answer == "Ron Pelham"


def test_by_claiming_that_belongs_to_the_subject_of_the_verb(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["by-claiming"] if "three warnings" in q.question]
    assert q.question.startswith("Who said that the city engineer ignored three warnings about the rotten piles")
    assert q.answer == "Oskar Lind"


def test_a_statement_made_by_two_people_together_is_not_asked_of_one(quotes: dict[str, list[Question]]) -> None:
    (alone,) = [q for q in quotes["one-speaker"] if "night ferry" in q.question]  # one speaker: asked
    assert alone.answer == "Maria Okafor"
    assert not [q for q in quotes["two-speakers-at-once"] if "night ferry" in q.question]


def test_as_x_told_y_attributes_the_main_clause_and_us_is_a_name(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["as-told"]
    assert q.question == "Who said that US ferry exhaust has fallen by a third since the new engines arrived?"
    assert q.answer == "Ruth Abney"


def test_the_ministry_said_is_the_ministry_the_article_named(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["the-ministry"]
    assert q.question == "Which organization said that the road would reopen once the sea wall had been repaired?"
    assert q.answer == "Ministry of Transport"
    assert quotes["the-agency-unnamed"] == []  # no agency named: no speaker


def test_the_source_of_a_quote_over_two_sentences_holds_the_words_asked(quotes: dict[str, list[Question]]) -> None:
    asked = [q for q in quotes["two-sentence-quote"] if "second doctor" in q.question]
    assert asked and all(q.answer == "Ruth Abney" for q in asked), [q.question for q in quotes["two-sentence-quote"]]
    assert all("waited four years" in q.source and "Abney said" in q.source for q in asked)
