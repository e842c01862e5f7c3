"""Speakers news names in ways the generator missed on unseen outlets: an employer's possessive
before the name, a quote closed with doubled apostrophes, a church title before a surname,
Malaysia's "Datuk Seri", a second "but that" clause, and groups that speak as one ("meteorologists
said", "police said", "…, they added", "the Norwegian army said"). Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "owner-before-name": (
        "Harbourco is building a new pier at Harwick.\n\n"
        "\u201cThe pier will carry its first ferry in May,\u201d said Harbourco\u2019s Lena Dahl, the project\u2019s "
        "chief engineer."
    ),
    "doubled-apostrophes-close": (
        "Northbank shares fell 9 percent on Friday.\n\n"
        "\"The figures look fine in every way but one,'' said Kestrel Capital analyst Tom Ruiz."
    ),
    "church-title": (
        "Cardinal Weiss freed on appeal\n\n"
        "A court in Harwick on Monday quashed the conviction of former Vatican archivist Anton Weiss.\n\n"
        "Weiss said the ruling ended \u201ca long ordeal for his parish and his family\u201d."
    ),
    "datuk-seri": (
        "Ferries between Harwick and Orvik will resume on Friday, Transport Minister Aziz Rahman Osman said "
        "on Monday.\n\n"
        "Datuk Seri Aziz Rahman said at a briefing that the two ports had agreed on new safety checks.\n\n"
        "He said that until the checks were in place, no passengers would be allowed to board."
    ),
    "meteorologists": (
        "Storm Mara hit the coast on Tuesday.\n\n"
        "The storm reached land near the fishing town of Orvik on Tuesday evening, meteorologists said."
    ),
    "they-added": (
        "Storm Mara hit the coast on Tuesday.\n\n"
        "The storm reached land near the fishing town of Orvik on Tuesday evening, meteorologists said.\n\n"
        "It then turned north and slowly weakened to a tropical depression by Wednesday morning, they added.\n\n"
        "Ferries stayed in port. They said the sea was far too rough for the crossing to the islands."
    ),
    "police": "The coast road near Orvik was closed on Tuesday.\n\nPolice said the road would stay shut until Friday.",
    "local-media": (
        "The river burst its banks near Orvik on Sunday.\n\n"
        "Local media reported that the old stone bridge at Harwick had collapsed overnight."
    ),
    "national-army": (
        "A fishing boat went missing off Orvik on Sunday.\n\n"
        "The Norwegian army said it had found no trace of the boat or its crew of four.\n\n"
        "The army said it would keep two helicopters over the bay until Friday."
    ),
    "but-that": (
        "Ann Lind, the mayor of Harwick, welcomed the court ruling on Monday.\n\n"
        "Lind said the ruling corrected \u201ca grave wrong\u201d, but that she bore \u201cno grudge\u201d towards the "
        "harbour council."
    ),
    "the-agency-again": (
        "The Harwick Statistics Office reported that the trade deficit rose sharply last year.\n\n"
        '"The rise in the deficit came from imports that kept growing strongly," the federal agency said.\n\n'
        "Ann Lind, the mayor of Harwick, praised the port staff on Monday.\n\n"
        '"We are proud of the new pier and of the crews who built it," the company said.\n\n'
        "Northline Ferries said fares would rise, while Eastway Ferries said its fares would stay the same.\n\n"
        '"The crossing will take forty minutes in good weather," the company said.'
    ),
    "some-economists": (
        "The central bank meets on Thursday.\n\nSome economists said the bank would cut its main rate in June."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_the_employer_before_a_name_is_not_part_of_the_answer(quotes):
    assert [q.answer for q in quotes["owner-before-name"]] == ["Lena Dahl"]


def test_doubled_apostrophes_close_a_quote_a_double_mark_opened(quotes):
    (q,) = quotes["doubled-apostrophes-close"]
    assert q.question == "Who said \u201cThe figures look fine in every way but one\u201d?"
    assert q.answer == "Tom Ruiz"


def test_a_church_title_before_a_surname_is_the_same_person(quotes):
    # "Cardinal Weiss" in the headline is no second Weiss that would leave "Weiss said" unresolved
    assert [q.answer for q in quotes["church-title"]] == ["Anton Weiss"]


def test_datuk_seri_is_one_word_of_address_not_a_given_name(quotes):
    # "Seri Aziz Rahman" would be a second person, and "He said" nobody's
    asked = {q.question.split(",")[0]: q.answer for q in quotes["datuk-seri"]}
    assert asked.get("Who said that until the checks were in place") == "Aziz Rahman Osman"
    assert set(asked.values()) == {"Aziz Rahman Osman"}


def test_a_trade_speaking_as_one_is_the_answer_in_the_articles_words(quotes):
    assert [q.answer for q in quotes["meteorologists"]] == ["meteorologists"]
    assert [q.answer for q in quotes["police"]] == ["police"]
    assert [q.answer for q in quotes["local-media"]] == ["local media"]


def test_they_after_a_group_is_that_group_only_right_after_it(quotes):
    asked = quotes["they-added"]
    assert [q.answer for q in asked] == ["meteorologists", "meteorologists"]
    assert all("storm" in q.question.lower() for q in asked)  # not the sea: "they" at the port follows no group


def test_a_countrys_army_is_an_organisation_named_with_its_country(quotes):
    asked = {q.question: q.answer for q in quotes["national-army"]}
    assert set(asked.values()) == {"Norwegian army"}
    assert all(q.startswith("Which organization said") for q in asked)
    assert not any("helicopters" in q for q in asked)  # "the army" alone could be any army


def test_a_second_that_clause_of_one_statement_is_asked_too(quotes):
    asked = {q.question: q.answer for q in quotes["but-that"]}
    assert any("a grave wrong" in q for q in asked)
    assert any("no grudge" in q and "grave" not in q for q in asked)
    assert set(asked.values()) == {"Ann Lind"}


def test_the_agency_right_after_a_named_body_spoke_is_that_body(quotes):
    asked = {q.question: q.answer for q in quotes["the-agency-again"]}
    assert asked.get(
        "Which organization said \u201cThe rise in the deficit came from imports that kept growing strongly\u201d?"
    ) == ("Harwick Statistics Office")
    assert not any("proud" in q for q in asked)  # "the company" after a mayor spoke: which company is not said
    assert not any("forty minutes" in q for q in asked)  # nor after two companies spoke


def test_a_group_picked_out_of_a_trade_is_not_asked(quotes):
    assert quotes["some-economists"] == []
