"""Speech the small parser misreads: "The Harbour Council notes, "…"" with "notes" taken for a
noun and the body's name hung on it; a clause that ends on a bracket it opened; "she said Nafta in
June had …" with the clause's subject taken as the object of "said". Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "body-notes": (
        'The Nordic Fisheries Council notes, "Cold-water cod stocks have fallen faster than any other stock on '
        'the coast", pointing to its yearly survey.\n\nCod catches fell again this spring.'
    ),
    "bracket-at-end": (
        "Ann Lind has run the Harbour Safety Agency since 2019.\n\n"
        "Lind said that the new breakwater can hold back waves as high as 12 metres (39 feet)."
    ),
    "notes-no-speaker": (
        "Cod catches fell again this spring.\n\n"
        'Field notes, "Cold-water cod stocks have fallen faster than any other stock on the coast", were '
        "found in the archive."
    ),
    "subject-as-object": (
        "Mira Holt, a trade official, said prices were steady this week.\n\n"
        "But she said Nafta in June had anticipated that prices would be slack for a month and then firm again."
    ),
    "small-clause": (
        "Chief Magistrate Peter Lind found Tomas Varga guilty of conspiracy to commit an offence of fraud, saying "
        "the prosecution had proved its case."
    ),
    "clause-split-at-aux": (
        "Harbour Police chief Tom Vale said the force had set up 45 checkpoints on the coast road.\n\n"
        "He added that drivers found over the legal alcohol limit would be arrested immediately."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_body_that_notes_a_quote_is_its_speaker(quotes):
    found = [q for q in quotes["body-notes"] if "Cold-water cod stocks" in q.question]
    assert [(q.question.split()[0], q.answer) for q in found] == [("Which", "Nordic Fisheries Council")]


def test_notes_as_a_plain_noun_speak_for_no_one(quotes):
    assert quotes["notes-no-speaker"] == []


def test_a_clause_ending_on_its_bracket_keeps_it(quotes):
    found = [q for q in quotes["bracket-at-end"] if "breakwater" in q.question]
    assert [q.answer for q in found] == ["Ann Lind"]
    assert found[0].question.endswith("(39 feet)?")


def test_a_clause_subject_read_as_the_object_of_said_stays_in_the_question(quotes: dict[str, list[Question]]) -> None:
    asked = [q.question for q in quotes["subject-as-object"] if "slack" in q.question]
    assert asked == [
        "Who said that Nafta in June had anticipated that prices would be slack for a month and then firm again?"
    ]


def test_a_clause_the_parser_split_before_its_auxiliary_is_asked_whole(quotes):
    """ "that drivers found over the limit | would be arrested": never cut at the subject's participle."""
    found = [q.question for q in quotes["clause-split-at-aux"] if "drivers" in q.question]
    assert found == ["Who said that drivers found over the legal alcohol limit would be arrested immediately?"]


def test_a_verdict_in_a_small_clause_is_asked_without_a_that(quotes):
    """ "found X guilty of …" has no "that" clause: "Who found that X guilty …?" is no English."""
    found = [q.question for q in quotes["small-clause"] if "guilty" in q.question]
    assert found == ["Who found Tomas Varga guilty of conspiracy to commit an offence of fraud?"]
