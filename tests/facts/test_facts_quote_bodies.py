"""Speakers that are bodies or groups, or people named only by the body they speak for: "a police
spokesman said", "US officials said they …", "Mounties … but say …", "according to sources close to
the NFB", "the dockers' union Dockwork has accused …". Asked in the article's words; a spokesman for no
body the story names, a bare "the parties", "opposition parties" and "local governments" (whose?),
sources close to an unnamed body, a quote a spokesman only relays and a report into how a group acted
are not. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

OPENING = "The ferry strike entered its third day on Monday.\n\n"
ARTICLES = {
    "police-spokesman": (
        OPENING + "Officers detained a 40-year-old man at the Orvik ferry terminal on Friday on suspicion of "
        "sending threats to the harbour master, a police spokesman said.\n\n"
        "The Orvik man admitted writing the letters, the police spokesman said."
    ),
    "government-spokesperson": (
        OPENING + 'A government spokesperson said: "We must manage the risk of long delays at the harbour '
        'over the coming weeks."'
    ),
    "harbour-spokesman": (
        OPENING + "The northern ferry line will reopen on Friday after the repairs, a harbour spokesman said."
    ),
    "officials-they": (
        OPENING + "US officials said they had been working with Norwegian authorities on the harbour threats "
        "for several weeks."
    ),
    "person-they": (
        OPENING + "Figures for the harbour showed a sharp fall in delays.\n\n"
        'Ms Lind said they were "excellent figures for the whole region".'
    ),
    "police-they-others": (
        "Two men were arrested at the Orvik harbour on Monday.\n\n"
        "Police said they had tried to steal a ferry from the harbour during the night."
    ),
    "opposition-parties": (
        OPENING + "The opposition parties said the harbour plan broke official state policy and the minister "
        "had to resign."
    ),
    "bare-parties": OPENING + "The parties said the harbour plan broke official state policy and had to go.",
    "local-governments": (
        OPENING + "Local governments in towns such as Orvik and Harwick have said they received letters "
        "threatening to close the harbours by force."
    ),
    "mounties": (
        OPENING + "Mounties gave no reason for the chief's absence but say deputy chief Ann Lind will lead "
        "the force for now.\n\nThey say the decision won't affect patrols along the coast."
    ),
    "relayed": (
        OPENING + "Officers held a man at the Orvik terminal on Friday, a police spokesman said.\n\n"
        '"Close the pier or the ferries burn," he said on the phone, according to the spokesman.'
    ),
    "sources-close-to-a-name": (
        OPENING + "Norway had sought to raise its fishing quota to 3.0 mln tonnes from 2.4 mln tonnes, "
        "according to sources close to the NFB."
    ),
    "source-close-to-the-ministry": (
        OPENING + "But one source close to the ministry indicated that February traffic may have been "
        "between 15,000 and 16,000 cars."
    ),
    "station-object-her": (
        OPENING + "Norwegian television station NRK reported on Monday that police were investigating "
        "letters threatening the harbour master's family and sent to her."
    ),
    "union-named-after-its-kind": (
        OPENING + "The dockers' union Dockwork has accused Northline of undermining talks over proposed job "
        "losses by threatening to dismiss its members."
    ),
    "charity-named-after-its-kind": (
        OPENING + "The charity Seabright said the strike had left hundreds of islanders without fresh food."
    ),
    "accused-passive": OPENING + "Northline was accused by the union of undermining talks over job losses.",
    "report-into-how": (
        OPENING + "A report into how Mounties responded to the harbour blockade in Orvik has found few "
        "problems with the police operation."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def answers(asked: list[Question]) -> list[str]:
    return [q.answer for q in asked]


def test_a_spokesman_for_the_police_or_government_is_asked(quotes):
    assert answers(quotes["police-spokesman"]) == ["a police spokesman", "a police spokesman"]
    assert all("police spokesman" in q.aliases for q in quotes["police-spokesman"])
    (q,) = quotes["government-spokesperson"]
    assert q.answer == "a government spokesperson" and "long delays at the harbour" in q.question


def test_a_spokesman_for_a_body_the_story_does_not_name_is_not(quotes):
    assert quotes["harbour-spokesman"] == []  # which harbour's?


def test_they_opening_a_groups_statement_is_the_group(quotes):
    (q,) = quotes["officials-they"]
    assert q.question.startswith("Who said that they had been working with Norwegian authorities")
    assert q.answer == "US officials"


def test_they_after_one_person_said_is_never_asked_as_the_speaker(quotes):
    assert not any(q.question.startswith("Who said they") for q in quotes["person-they"])


def test_they_after_others_were_named_may_be_them_and_is_not_asked_as_the_group(quotes):
    assert not any(q.question.startswith("Who said that they") for q in quotes["police-they-others"])


def test_parties_or_governments_named_by_kind_alone_never_speak(quotes):
    assert quotes["opposition-parties"] == []  # whose opposition, the answer cannot say
    assert quotes["local-governments"] == []
    assert quotes["bare-parties"] == []


def test_mounties_speak_in_a_joined_verb_and_as_they_after_it(quotes):
    asked = {q.question: q.answer for q in quotes["mounties"]}
    assert set(asked.values()) == {"Mounties"}
    assert any("Ann Lind will lead the force" in q for q in asked)
    assert not any("patrols along the coast" in q for q in asked)  # "the decision": which, the question cannot say


def test_a_quote_the_spokesman_only_relays_is_not_his(quotes):
    assert not any("ferries burn" in q.question for q in quotes["relayed"])


def test_a_report_into_how_a_group_acted_is_no_statement_of_theirs(quotes):
    assert quotes["report-into-how"] == []


def test_sources_close_to_a_named_body_are_asked_sources_close_to_the_ministry_are_not(quotes):
    assert answers(quotes["sources-close-to-a-name"]) == ["sources close to the NFB"]
    assert quotes["source-close-to-the-ministry"] == []  # which ministry's side, the answer does not say


def test_an_object_her_nobody_stands_for_ends_the_clause_before_it(quotes):
    (q,) = quotes["station-object-her"]
    assert q.answer == "NRK"
    assert q.question.endswith("threatening the harbour master's family?")  # not "… and sent to her?"


def test_a_one_word_name_after_its_kind_is_a_body_and_an_accusation_a_statement(quotes):
    (q,) = quotes["union-named-after-its-kind"]
    assert q.question.startswith("Which organization accused Northline of undermining talks")
    assert q.answer == "Dockwork"
    assert answers(quotes["charity-named-after-its-kind"]) == ["Seabright"]
    assert quotes["accused-passive"] == []  # the accused is no speaker
