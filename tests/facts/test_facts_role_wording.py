"""Posts read as a teacher would write them: past posts asked in the past, capitals only where the post
has them, each conjunct its own post, no "the" a name does not take; everyday acronyms in passing not asked."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import every_question_of_texts

from quizgen.models import Article, QuestionBank
from quizgen.pipeline import questions_for

TEXT = (
    "Outgoing Harbourside chairman Tom Pell said the sale was done. Peter Lang will stay on in his job as "
    "director and liaison for the supporters, and Mia Rhys serves as an adviser to the new owners.\n\n"
    "Former Northfield Rovers finance director Jane Cole will join the board.\n\n"
    "Political science professor Ana Ruiz of Kelso University gave a gloomy reading of the political mood.\n\n"
    "The Rovers boss was furious. Rovers striker Dan Hale scored twice, and Rovers chief executive Sam Oake "
    "praised him.\n\n"
    "The World Health Organization (WHO) and the Coastal Water Board (CWB) issued a joint warning."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts({"club": TEXT})


def asked(bank: QuestionBank) -> dict[str, str]:
    return {q.question: q.answer for q in bank.questions}


def test_a_post_left_behind_is_asked_in_the_past(bank: QuestionBank) -> None:
    questions = asked(bank)
    assert questions["What post did Jane Cole hold at Northfield Rovers?"] == "former finance director"
    assert not [q for q in questions if q.startswith("In 2024, what post did Jane Cole")]


def test_who_held_a_post_before_is_never_asked(bank: QuestionBank) -> None:
    # every past holder of the post would answer "In 2024, who was the former finance director of X?"
    asked_who = [q.question.lower() for q in bank.questions]
    assert not [q for q in asked_who if "who is the former" in q or "who was the former" in q]


def test_a_capital_that_belonged_to_the_sentence_start_is_dropped(bank: QuestionBank) -> None:
    posts = {q.answer for q in bank.questions if q.question.startswith(("What post", "In 2024, what post"))}
    assert "outgoing chairman" in posts
    assert "political science professor" in posts
    choices = {
        c for q in bank.questions if q.question.startswith(("What post", "In 2024, what post")) for c in q.choices
    }
    assert not [c for c in choices if c.split()[0] in ("Outgoing", "Former", "Political")]


def test_a_modifier_is_not_taken_into_the_organisation(bank: QuestionBank) -> None:
    orgs = {
        q.answer for q in bank.questions if q.question.startswith(("Which organization", "In 2024, which organization"))
    }
    assert not [o for o in orgs if o.startswith("Outgoing")]


def test_each_conjunct_keeps_its_own_words(bank: QuestionBank) -> None:
    assert asked(bank)["In 2024, what post did Mia Rhys hold?"] == "adviser"
    # "director" of what, the sentence does not say: a bare post is not asked
    assert not [q for q in asked(bank) if q.startswith("In 2024, what post did Peter Lang")]


def test_a_name_the_article_writes_bare_takes_no_the(bank: QuestionBank) -> None:
    questions = [q.question for q in bank.questions]
    assert not [q for q in questions if "the Rovers?" in q]
    assert "In 2024, what post did Sam Oake hold at Northfield Rovers?" in questions  # its full name


def test_everyday_acronyms_in_passing_are_not_asked(bank: QuestionBank) -> None:
    acronyms = [q.question for q in bank.questions if q.kind == "acronym"]
    assert "What does CWB stand for?" in acronyms
    assert not [q for q in acronyms if "WHO" in q or "World Health" in q]


def test_an_everyday_acronym_the_story_is_about_is_asked() -> None:
    text = (
        "The World Health Organization (WHO) warned of a shortage of nurses. WHO said the gap was growing. "
        "A WHO report gave the figures, and WHO officials urged governments to train more staff."
    )
    article = Article(id="who", title="nurses", published=dt.date(2024, 6, 12), path="w.txt", text=text)
    acronyms = {q.answer for q in questions_for([article]).questions if q.kind == "acronym"}
    assert acronyms & {"WHO", "World Health Organization"}


def test_an_age_before_a_post_is_no_part_of_it() -> None:
    text = "The 59-year-old coup leader, Amadou Sall, served as battalion commander for regional forces in 2003."
    roles = [q for q in every_question_of_texts({"age": text}).questions if q.kind == "role"]
    assert [q.answer for q in roles if "what post" in q.question] == ["coup leader"], roles
    assert not [q for q in roles for c in (q.answer, *q.choices) if "year" in c], roles


def test_a_country_named_like_a_person_holds_no_post() -> None:
    text = (
        "Support for the junta from leaders in neighbouring Mali and Burkina Faso, which are both Sahel Union "
        "members, could undermine the regional response. Mia Rhys, a member of the Sahel Union council, disagreed."
    )
    roles = [q for q in every_question_of_texts({"bloc": text}).questions if q.kind == "role"]
    assert not [q for q in roles if "Burkina Faso" in q.question or "Mali" in q.question], roles
