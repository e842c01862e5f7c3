"""Quote shapes from wire and local papers: a statement two people made together ("X and his
counterpart Y said") is neither one's; a name the article gave before, read later with a title the
model took for part of it ("Cabinet Secretaries Ann Lind", "Harbour CS Tom Berry"), is that person;
quotes in mixed marks ('"…,' said X) and glued to the sentence before ('(GSA)."We …'); "the
official said" after "another official said" is that unnamed official, never a named one; a police
force named by its place ("Avon and Somerset police said"); "the government" is never the
building "Government House".

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.articles.body import normalize_line
from quizgen.facts.quote_marks import quote_spans
from quizgen.models import Question

ARTICLES = {
    "joint-statement": (
        "Port staff not divided, say ministers\n\n"
        "Harbour Minister Anna Okwiri and her transport counterpart Tom Berry said the strike claims were "
        "baseless. \u201cI have been reading in the papers that the port board is split. I want to state "
        "that there is no split at all,\u201d said Okwiri."
    ),
    "title-read-into-the-name": (
        "Port staff not divided, say ministers\n\n"
        "Cabinet Secretaries Anna Okwiri (Harbours) and Tom Berry (Roads) at Varna yesterday.\n\n"
        "Harbour CS Anna Okwiri said the port would reopen in May. \u201cThe new pier will carry twice the "
        "freight of the old one,\u201d said Okwiri. Berry said the coast road would be finished by June."
    ),
    "mixed-marks": (
        "Ferry office moves to the old customs house\n\n"
        "The ferry office will move to the old customs house in Varna, the port authority said on Monday.\n\n"
        "'This is a great day for the harbour,' port director Oskar Lind said in a statement with the "
        'town council (VTC)."Through our work with the council we are giving the ferry office a safer '
        'home for its staff."\n\n'
        "The old office \"has suffered years of damp and broken heating in every room,' said council "
        "leader Mara Holm. 'I am proud of the council's work with Director Lind to find a new home.'"
    ),
    "the-unnamed-official": (
        "Lenders told to deal with the port\n\n"
        "VARNA, March 3 - The harbour board will meet lenders on Friday with port chairman Oskar Lind, "
        "finance chief Mara Holm and other officials.\n\n"
        '"The port has to deal with its lenders at this point," said another official.\n\n'
        '"We are not clear at all on their plans for the ferry line," the official said.'
    ),
    "a-building-is-no-body": (
        "Ferry fares to fall\n\n"
        "Port chief Oskar Lind met the mayor at Government House in Varna on Monday.\n\n"
        "Initially, the government had announced that it would cut ferry fares by half for all pensioners in May."
    ),
    "police-named-by-place": (
        "Ferry suspect held for questioning\n\n"
        "Police have been given seven days to question a man arrested at Varna harbour today.\n\n"
        "Devon and Cornwall police have also said that \u201cwork at the harbour may take a number of days "
        "because of the size of the ferry terminal.\u201d"
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def _asked(questions: list[Question]) -> dict[str, str]:
    return {q.question: q.answer for q in questions}


def test_a_statement_two_people_made_is_neither_ones(quotes):
    asked = _asked(quotes["joint-statement"])
    assert not any("baseless" in q for q in asked)
    assert [a for q, a in asked.items() if "reading in the papers" in q] == ["Anna Okwiri"]


def test_a_title_read_into_a_known_name_leaves_the_name(quotes):
    answers = {q.answer for q in quotes["title-read-into-the-name"]}
    assert answers == {"Anna Okwiri", "Tom Berry"}
    assert any(
        "twice the freight" in q.question and q.answer == "Anna Okwiri" for q in quotes["title-read-into-the-name"]
    )


def test_quotes_in_mixed_and_glued_marks_are_read(quotes):
    asked = _asked(quotes["mixed-marks"])
    assert [a for q, a in asked.items() if "safer" in q or "Through our work" in q] == ["Oskar Lind"]
    assert [a for q, a in asked.items() if "years of damp" in q] == ["Mara Holm"]
    assert [a for q, a in asked.items() if "I am proud" in q] == ["Mara Holm"]


def test_a_glued_opening_mark_gets_its_space():
    assert (
        normalize_line('the council (VTC)."Through our work we win."')
        == 'the council (VTC). "Through our work we win."'
    )
    assert normalize_line('in the U.S."The port') == 'in the U.S."The port'  # no lower-case word before the stop


def test_a_lone_double_mark_opening_a_single_quoted_passage():
    text = "'We won,' she said. The hall \"was full,' said Ann Lind. 'We will be back.'"
    quoted = [text[a:b] for a, b in quote_spans(text)]
    assert "was full," in quoted and not any("said Ann Lind" in q for q in quoted)


def test_the_official_after_an_unnamed_one_is_not_a_named_official(quotes):
    assert [q.answer for q in quotes["the-unnamed-official"]] == []


def test_the_government_is_not_a_building_named_government(quotes):
    assert "Government House" not in [q.answer for q in quotes["a-building-is-no-body"]]


def test_a_police_force_named_by_its_place_is_asked(quotes):
    assert [q.answer for q in quotes["police-named-by-place"]] == ["Devon and Cornwall police"]
