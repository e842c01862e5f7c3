"""Who a quote belongs to, in shapes news uses beyond '"…," X said': a sound bite after a colon
when a phrase was quoted earlier in the sentence, a relative clause ("Norland, which said …"),
"issued a statement saying", '"…," it said' after a document, a name with "III", a post after
an organisation's name, and a quote after an "As X told Y" sentence; and never the person a
speaker is described by ("the wife of Ann Lind said").

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "colon-after-quoted-phrase": (
        "Ann Ruiz is the mayor of the island. Oskar Lind chairs the harbour board.\n\n"
        'Told that Ruiz had called him "a dreamer", Lind replied: "I have never missed a single '
        'budget in eleven years and I will not start now."'
    ),
    "relative-clause": (
        "Fishing ministers met in Bergen on Monday.\n\n"
        "Norland, which said it would not accept its new cod quota for the spring season, caught less than "
        "expected, the chairman said."
    ),
    "statement-saying": (
        "Fishing ministers met in Bergen on Monday.\n\n"
        'The news agency Nordpress later issued a statement saying the catch was "far below" the limit set '
        "in March."
    ),
    "document-it-said": (
        "The Harbour Safety Commission report was published on Monday.\n\n"
        "The report blames two captains, who the report suggests ignored the storm warnings.\n\n"
        '"They put the timetable before the safety of their passengers. They were not careful enough," it said.'
    ),
    "generational-suffix": (
        "The college president, Thomas Ridley III, opened the new library on Monday.\n\n"
        '"This building will serve our students for the next fifty years," Ridley said.'
    ),
    "post-after-organisation": (
        "Industry also welcomed the budget.\n\n"
        'Confederation of Northern Industry (CNI) President Walter Brandt said "This budget will reinforce '
        'the success of small firms. It is what our members wanted."'
    ),
    "post-then-name": (
        "The island will reopen its port to foreign crews in the spring.\n\n"
        "Norland's Premier, Mr Oskar Lind, said on Wednesday that no date had yet been set for the first "
        "crews to arrive."
    ),
    "they-after-a-plural-subject": (
        "Ann Lind speaks for the harbour office.\n\n"
        "Blue permits are the cheapest kind of fishing licence on the island. Harbour spokesperson Ann Lind "
        "said they cover rowing boats, canoes and small sailing boats that never leave the bay."
    ),
    "they-the-speakers-own": (
        "The ferry crews met on Monday.\n\n"
        "Blue permits are the cheapest kind of fishing licence on the island. The harbour unions said they "
        "would ask the council for cheaper permits for every crew member."
    ),
    "he-after-reports-suggested": (
        "The island was left out of the new ferry budget.\n\n"
        "Reports have suggested Mayor Tom Berg is hoping for a second boat next year.\n\n"
        "He remained confident on Monday that the money would come.\n\n"
        '"One budget cannot mend ten years of neglect, but it was a good first step," he said.'
    ),
    "he-after-a-person-said": (
        "The island was left out of the new ferry budget.\n\n"
        "Ann Ruiz said Mayor Tom Berg was hoping for a second boat next year.\n\n"
        '"One budget cannot mend ten years of neglect, but it was a good first step," she said.'
    ),
    "the-person-herself": (
        "Ann Lind chairs the harbour board.\n\n"
        'Ann Lind said "We have waited four years for the new ferry and we are tired of waiting."'
    ),
    "someone-of-the-person": (
        "Ann Lind chairs the harbour board.\n\n"
        'The wife of Ann Lind said "We have waited four years for the new ferry and we are tired of waiting."\n\n'
        "The daughter of Harbour Board chairman Ann Lind said the new ferry had been delayed by four years "
        "because of the storms."
    ),
    "as-told-then-quote": (
        "Ruth Abney studies air quality at the island's college.\n\n"
        "As Abney told the local paper, ferry exhaust has fallen by a third since the new engines arrived. "
        '"Cleaner engines cut the soot on the quay by half within two summers."'
    ),
    "apostrophe-typed-as-quote": (
        "Fishing ministers met in Bergen on Monday.\n\n"
        'Norland"s fishing minister Per Dahl said the fleet had caught less than its quota. "We will not ask '
        'for a bigger quota," he said.'
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def _asked(quotes: list[Question], words: str) -> list[Question]:
    return [q for q in quotes if words in q.question]


def test_the_quote_after_the_colon_is_the_speakers_not_the_phrase_before(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["colon-after-quoted-phrase"], "missed a single budget")
    assert q.answer == "Oskar Lind"
    assert not [q for q in quotes["colon-after-quoted-phrase"] if q.answer != "Oskar Lind"]


def test_a_name_with_which_said_speaks_for_itself(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["relative-clause"], "would not accept its new cod quota")
    assert q.question.startswith("Which ") and " said that it would not accept its new cod quota" in q.question
    assert q.answer == "Norland"


def test_issued_a_statement_saying_belongs_to_who_issued_it(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["statement-saying"], "far below")
    assert q.question.startswith("Which ") and " said the catch was" in q.question
    assert q.answer == "Nordpress"


def test_it_said_after_a_document_is_that_document(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["document-it-said"], "timetable before the safety")
    assert q.question.startswith("Which organization's report said \u201cThey put the timetable")
    assert q.answer == "Harbour Safety Commission"  # the body whose report it is


def test_a_surname_after_its_generational_suffix_is_found_again(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["generational-suffix"], "fifty years")
    assert q.answer == "Thomas Ridley III"


def test_a_post_after_an_organisations_name_names_the_speaker(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["post-after-organisation"], "reinforce the success of small firms")
    assert q.answer == "Walter Brandt"


def test_a_quote_after_an_as_told_sentence_is_the_same_speakers(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["as-told-then-quote"], "soot on the quay")
    assert q.answer == "Ruth Abney"


def test_a_quote_mark_inside_a_word_opens_no_quote(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["apostrophe-typed-as-quote"], "ask for a bigger quota")
    assert q.answer == "Per Dahl"


def test_a_person_named_inside_the_speakers_description_is_not_the_speaker(
    quotes: dict[str, list[Question]],
) -> None:
    (own,) = _asked(quotes["the-person-herself"], "waited four years")  # her own words: hers
    assert own.answer == "Ann Lind"
    assert not [q for q in quotes["someone-of-the-person"] if q.answer == "Ann Lind"]


def test_a_post_then_the_name_between_commas_names_the_speaker(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["post-then-name"], "no date had yet been set")
    assert q.answer == "Oskar Lind"


def test_they_opening_what_a_person_said_is_the_last_sentences_plural_subject(
    quotes: dict[str, list[Question]],
) -> None:
    (q,) = _asked(quotes["they-after-a-plural-subject"], "rowing boats")
    assert q.question.startswith("Who said that blue permits cover rowing boats"), q.question
    assert q.answer == "Ann Lind"
    assert not [q for q in quotes["they-the-speakers-own"] if "permits would ask" in q.question.lower()]


def test_a_person_whom_a_report_talks_about_may_speak_next(quotes: dict[str, list[Question]]) -> None:
    (q,) = _asked(quotes["he-after-reports-suggested"], "ten years of neglect")
    assert q.answer == "Tom Berg"
    (q,) = _asked(quotes["he-after-a-person-said"], "ten years of neglect")
    assert q.answer == "Ann Ruiz"
