"""Named people the small model misreads as speakers: a hyphenated given name it cuts or reads into a
title of a work, a long post before the name after an inverted "said", initials before a surname, a
coach after a torn opening word, a surname before its namesake is introduced, a phrase quoted
at the end of a reported clause, and a reported clause joined to a second one ("… and only after
the report, a decision will be taken"). Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "hyphen-cut": (
        "SEJONG, June 3 -- The ministry opened a new trade office on Monday.\n\n"
        "In this photo, Trade Minister Choi Min-ji arrives at work at her office.\n\n"
        "Choi said the talks with the steel makers had gone well and a deal was close.\n\n"
        '"We expect to sign the accord with the three steel makers before the end of July," she added.'
    ),
    "hyphen-read-as-a-work": (
        "SEJONG, June 3 -- The ministry opened a new ferry office on Monday.\n\n"
        'Through the fund, the government will pay for new ferries and the building of a "greener harbour '
        "vision,\" Oceans Minister Jang Sun-yeol said in a speech to mark the ministry's safety week.\n\n"
        'He added the talks between the two port cities marked a clear "turning point" for the fishing fleet.'
    ),
    "long-post-after-said": (
        "Dams: more to come, says Minister\n\n"
        '"Raising the old dam is not the Centre\'s task, but we will help the state in every way we can," '
        "said Minister of State for Coal and Mines Ravi Menon in Kochi on Friday.\n\n"
        "Asked about the cost, Mr. Menon said the money would come from the central budget."
    ),
    "person-in-a-body-name": (
        "Ann Lind founded the trust in 1990.\n\n"
        '"We will fund ten new schools in the valley before the end of the year," said Director of the Ann Lind '
        "Foundation Tom Berg on Friday."
    ),
    "initial-and-surname": (
        "The board met on Friday.\n\n"
        '"Prices have not been good for growers this year, more so since the frost," J. Okello said when '
        "he returned from Paris on Friday."
    ),
    "coach-after-torn-word": (
        "Harbour lost.\n\n"
        "fter Harbour United's disappointing 2-1 loss against Port Vale on Monday, the away side's head "
        "coach Scott Berridge said that the home side deserved to win the game."
    ),
    "surname-before-namesake": (
        "LINYI, May 4 -- The city began work on its new container port on Wednesday.\n\n"
        "The port would cost 300 million yuan, said Lin Wei, head of the city's port authority.\n\n"
        "The first quay would be finished in two years, Lin told reporters.\n\n"
        "Lin Hao, the city's mayor, said: \"The port will bring thousands of jobs to the county and new life "
        'to its villages."\n\n'
        "It would be the largest port in the province, according to Lin."
    ),
    "reported-then-second-clause": (
        "Dams: more to come, says Minister\n\n"
        "Ravi Menon, the state's water minister, spoke in Kochi on Friday.\n\n"
        "Asked about the old dam, Mr. Menon said that the state has set up a panel to study the dam and only "
        "after submission of the report, a decision will be taken on it."
    ),
    "reported-either-or": (
        "The harbour board met on Monday.\n\n"
        "Dock union leader Ann Berg said that the talks would resume in May or the crews would walk out in June."
    ),
    "shared-given-name": (
        "The harbour board met on Monday.\n\n"
        "Port Authority Director William Hale also backed the plan.\n\n"
        "Hale, who took over the port in March, said the pier would open in May.\n\n"
        "Harwick Policy Institute analyst William Brandt, a former ferry pilot, said the new pier was too short "
        "for the larger boats."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


@pytest.fixture(scope="module")
def roles() -> dict[str, list[Question]]:
    return asked_by_article({"shared-given-name": ARTICLES["shared-given-name"]}, "role")


def test_a_hyphenated_given_name_the_model_cuts_is_whole(quotes):
    # NER tags "Choi Min" alone; "Choi Min" would be a wrong answer
    asked = quotes["hyphen-cut"]
    assert len(asked) == 2
    assert {q.answer for q in asked} == {"Choi Min-ji"}


def test_a_post_and_hyphenated_name_read_as_a_work_is_a_person(quotes):
    asked = {q.question: q.answer for q in quotes["hyphen-read-as-a-work"]}
    assert set(asked.values()) == {"Jang Sun-yeol"}
    # the phrase quoted at the clause's end is part of the reported clause, not a statement of its own
    assert any(q.startswith("Who said that through the fund, the government will pay") for q in asked)
    assert any(q.startswith("Who said the talks between the two port cities") for q in asked)


def test_a_long_post_before_the_name_after_said(quotes):
    asked = {q.question: q.answer for q in quotes["long-post-after-said"]}
    direct = [q for q in asked if q.startswith("Who said \u201cRaising the old dam")]
    assert len(direct) == 1
    assert set(asked.values()) == {"Ravi Menon"}


def test_a_person_a_body_is_named_for_is_not_its_director(quotes):
    assert [q.answer for q in quotes["person-in-a-body-name"]] == ["Tom Berg"]


def test_initials_before_a_surname_are_a_person(quotes):
    (q,) = quotes["initial-and-surname"]
    assert q.question.startswith("Who said \u201cPrices have not been good for growers")
    assert q.answer == "J. Okello"


def test_the_coach_named_beside_his_post_speaks_not_the_loss(quotes):
    (q,) = quotes["coach-after-torn-word"]
    assert q.question == "Who said that the home side deserved to win the game?"
    assert q.answer == "Scott Berridge"


def test_a_surname_before_its_namesake_is_introduced_is_the_first(quotes):
    asked = {q.question: q.answer for q in quotes["surname-before-namesake"]}
    assert asked.get("Who said that the first quay would be finished in two years?") == "Lin Wei"
    # after Lin Hao is introduced, "according to Lin" could be either: not asked
    assert not any("largest port in the province" in q for q in asked)


def test_a_given_name_starting_another_full_name_is_not_the_first_person(roles):
    # "William [Brandt]" is no lone "William": the analyst's post is not William Hale's
    asked = {q.question: q.answer for q in roles["shared-given-name"]}
    assert not any("William Hale" in q and "Harwick Policy Institute" in q for q in asked)
    assert asked.get("In 2024, which institution did analyst William Brandt work at?") == "Harwick Policy Institute"


def test_a_reported_clause_is_asked_without_the_second_clause_joined_to_it(quotes):
    # whole, the question would need "the report" named; the first clause alone is what he said
    (q,) = quotes["reported-then-second-clause"]
    assert q.question == "Who said that the state has set up a panel to study the dam?"
    assert q.answer == "Ravi Menon"


def test_a_clause_offered_as_one_of_two_is_never_asked_alone(quotes):
    (q,) = quotes["reported-either-or"]
    assert q.question == "Who said that the talks would resume in May or the crews would walk out in June?"
