"""Statements news reports without "said that" next to its speaker: '…, the court added' after a
clause about someone else, 'went on to say that', 'attributed … to', 'reaffirmed', and a body's
words passed on 'according to' a news agency, which is never their speaker. Every article is our
own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "wire-court": (
        "DONGSHA, China, March 4 (Reuters) - A court in eastern China on Monday jailed Liang Wei, a former "
        "director of the Dongsha Port Authority, for 11 years.\n\n"
        "The Dongsha Intermediate Court said Liang had taken bribes worth 32 million yuan.\n\n"
        "He took the money in cash and in gold bars, the court added."
    ),
    "lawyer-added": (
        "A court in Dongsha on Monday jailed Liang Wei, a former director of the Dongsha Port Authority, "
        "for 11 years.\n\n"
        "His lawyer, Zhou Min, said the sentence was too harsh.\n\n"
        "He took the money in cash and in gold bars, Zhou added."
    ),
    "british-council": (
        "Harford council has pledged £40 million to rebuild flood defences along the River Alde.\n\n"
        "Council leader Margaret Ellison said the money would pay for new walls and pumping stations. "
        "She went on to say that work would begin in the spring of 2025."
    ),
    "indian-minister": (
        "BHOPAL: The Madhya Pradesh government will recruit 5,000 teachers for rural schools this year, "
        "School Education Minister Rajendra Kulkarni announced on Tuesday.\n\n"
        "Kulkarni attributed the shortage to a hiring freeze imposed in 2019. He reaffirmed the state's "
        "commitment to filling every vacant post by March 2026."
    ),
    "release-relayed": (
        "COPENHAGEN, June 3, 2024 -- Northwind Energy today opened its Baltic Star offshore wind farm.\n\n"
        "Danish Energy Minister Karen Vestergaard reaffirmed Denmark's target of quadrupling offshore "
        "capacity by 2030, the company said."
    ),
    "asian-agency": (
        "HANOI -- Vietnam's central bank cut its main policy rate by half a percentage point on Friday.\n\n"
        "The State Bank of Vietnam said lower rates would help small businesses borrow, according to "
        "state news agency Vietnam News Agency."
    ),
    "broadcaster-relays": (
        "Floods hit Hunan province on Monday after three days of rain.\n\n"
        "The provincial government said 40,000 people had been moved to safety, state broadcaster CCTV reported."
    ),
    "governor-relayed": (
        "Floods hit Hunan province on Monday after three days of rain.\n\n"
        "Provincial governor Mao Weiming said 40,000 people had been moved to safety, Xinhua reported."
    ),
    "afp-commission": (
        "NAIROBI, July 9, 2024 (AFP) - Three people were killed on Tuesday as police clashed with "
        "protesters in Nairobi, the Kenya National Commission on Human Rights said.\n\n"
        "Rights groups condemned the violence. The protesters were demanding the repeal of new taxes, "
        "the commission added."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def _asked(questions: list[Question], words: str) -> list[Question]:
    return [q for q in questions if words in q.question]


def test_a_court_adding_what_he_did_is_the_courts(quotes):
    (asked,) = _asked(quotes["wire-court"], "took the money in cash")
    assert asked.answer == "Dongsha Intermediate Court"
    assert "Liang Wei took the money" in asked.question


def test_a_person_adding_what_he_did_leaves_he_unresolved(quotes):
    for q in _asked(quotes["lawyer-added"], "the money in cash"):
        assert "Liang" not in q.question and q.answer == "Zhou Min"


def test_went_on_to_say_is_the_subjects_statement(quotes):
    (asked,) = _asked(quotes["british-council"], "work would begin in the spring of 2025")
    assert asked.answer == "Margaret Ellison"
    assert asked.question.startswith("Who said that work")


def test_attributed_and_reaffirmed_are_stated_views(quotes):
    assert [q.answer for q in _asked(quotes["indian-minister"], "attributed the shortage to a hiring freeze")] == [
        "Rajendra Kulkarni"
    ]
    assert [q.answer for q in _asked(quotes["indian-minister"], "reaffirmed the state's commitment")] == [
        "Rajendra Kulkarni"
    ]


def test_a_view_another_speaker_reports_is_not_asked_as_hers(quotes):
    assert _asked(quotes["release-relayed"], "quadrupling") == []


def test_a_news_agency_passing_words_on_is_never_their_speaker(quotes):
    asked = _asked(quotes["asian-agency"], "small businesses")
    assert [q.answer for q in asked] == ["State Bank of Vietnam"]
    assert "according" not in asked[0].question


def test_a_commission_on_something_is_the_commission(quotes):
    assert [q.answer for q in _asked(quotes["afp-commission"], "repeal of new taxes")] == [
        "Kenya National Commission on Human Rights"
    ]


def test_an_outlet_reporting_what_a_body_said_is_never_its_speaker(quotes):
    assert _asked(quotes["broadcaster-relays"], "moved to safety") == []


def test_a_named_persons_words_an_outlet_reports_stay_his(quotes):
    assert [q.answer for q in _asked(quotes["governor-relayed"], "moved to safety")] == ["Mao Weiming"]
