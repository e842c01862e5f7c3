"""Speakers that are only a group or part of one, and a party's name torn before its post: "Many
dealers fear …, brokers said" is the brokers' word, not the dealers'; "most economists" and "opposition
parties" name no one a reader could tell from another group; "Growers' Union president" and "The
Freedom's Party leader" keep the body's whole name. Every article is our own invention."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

OPENING = "Copper prices fell for a third day on Thursday.\n\n"
QUOTE_ARTICLES = {
    "part-of-group-tail": OPENING + "Many dealers fear the slump will deepen before winter, brokers said.",
    "most-economists-poll": OPENING + "Most economists expect the Orvik bank to cut rates, a Harbour poll showed.",
    "many-economists": OPENING + "Many economists expect the Orvik central bank to cut rates in the autumn.",
    "some-analysts": OPENING + "Some analysts said the slump would deepen before winter.",
    "opposition-parties": OPENING + "Opposition parties said the mining bill would cost thousands of jobs.",
    "local-governments": OPENING + "Local governments in the north have said they cannot pay for the new roads.",
    "unnamed-group": OPENING + "Industry observers said the slump would deepen before winter.",
    "named-group": OPENING + "Chilean officials said the mines would reopen before winter.",
    "group-at-a-firm": OPENING + "Political analysts at Harbour Capital said the slump would deepen before winter.",
    "paper-reports-police-view": OPENING
    + "Police believe the fire at the smelter was arson, the Harbour Courier reported.",
    "person-relays-a-person": (
        OPENING + "Tom Vale, chief executive of Harbour Metals, spoke on Monday.\n\n"
        "Vale said the smelter would reopen in May, union leader Ann Holt told reporters."
    ),
    "person-reports-a-group": (
        OPENING + "Many dealers fear the slump will deepen, said Tom Vale, chief economist at Harbour Capital."
    ),
}
ROLE_ARTICLES = {
    "plural-owner-opening": OPENING + "Dockers' Party chief Ann Holt said the strike would go on.",
    "plural-owner-no-body": OPENING + "Growers' Union president Raj Kumar said the deal ignored the valleys.",
    "plural-owner-the": OPENING + "The Settlers' Party leader, Tom Vale, said he was disappointed.",
    "singular-owner": OPENING + "The Freedom's Party leader, Lena Moss, said the bill would pass.",
    "torn-party": OPENING + "Party secretary Mark Dunn said members would vote on the deal in May.",
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(QUOTE_ARTICLES, "quote")


@pytest.fixture(scope="module")
def roles() -> dict[str, list[Question]]:
    return asked_by_article(ROLE_ARTICLES, "role")


def answers(asked: list[Question]) -> list[str]:
    return [q.answer for q in asked]


def test_the_subject_of_a_clause_another_speaker_reports_is_never_its_speaker(quotes):
    assert not any(q.answer.lower().endswith("dealers") for q in quotes["part-of-group-tail"])
    assert not any("economists" in q.answer.lower() for q in quotes["most-economists-poll"])


def test_a_group_a_quantifier_picks_out_is_never_a_speaker(quotes):
    assert quotes["many-economists"] == []
    assert quotes["some-analysts"] == []


def test_a_group_named_by_kind_alone_is_never_a_speaker(quotes):
    assert quotes["opposition-parties"] == []
    assert quotes["local-governments"] == []
    assert quotes["unnamed-group"] == []  # "industry observers": whose?


def test_a_group_named_by_its_country_or_firm_still_speaks(quotes):
    assert answers(quotes["named-group"]) == ["Chilean officials"]
    assert all("Harbour Capital" in a for a in answers(quotes["group-at-a-firm"]))


def test_a_person_who_reports_a_groups_fear_is_its_speaker(quotes):
    assert answers(quotes["person-reports-a-group"]) == ["Tom Vale"]


def test_a_body_owned_by_a_plural_keeps_its_whole_name(roles):
    assert {q.answer for q in roles["plural-owner-opening"]} == {"Dockers' Party", "Ann Holt"}
    for name, body in [("plural-owner-no-body", "Growers' Union"), ("plural-owner-the", "Settlers' Party")]:
        asked = roles[name]
        assert asked and all(body in q.question for q in asked)
        assert not any(q.answer in ("Union president", "Party leader") for q in asked)


def test_a_party_torn_at_its_owners_s_is_mended(roles):
    asked = roles["singular-owner"]
    assert asked and all("Freedom's Party" in q.question for q in asked)
    assert not any(q.answer == "Party leader" for q in asked)


def test_a_post_whose_body_is_only_its_kind_is_not_asked(roles):
    assert not any("the Party" in q.question for q in roles["torn-party"])


def test_a_view_a_paper_ascribes_is_the_papers_word(quotes):
    assert answers(quotes["paper-reports-police-view"]) == ["Harbour Courier"]


def test_a_named_persons_words_another_relays_stay_theirs(quotes):
    asked = [q for q in quotes["person-relays-a-person"] if "reopen in May" in q.question]
    assert answers(asked) == ["Tom Vale"]


def test_a_post_of_a_body_named_by_its_kind_alone_is_still_asked_when_the_sentence_names_it():
    from quizgen.facts.role_text import owned_body

    assert owned_body("Speaker", "Parliament", "Speaker of Parliament Jane Roe said the house would sit.") == (
        "Speaker",
        "Parliament",
    )
    assert owned_body("secretary", "Party", "Party secretary Li Wen said the plan was sound.") is None


def test_a_union_minister_keeps_the_word_union_in_the_post():
    from quizgen.facts.role_text import owned_body

    sentence = "India's Union Finance Minister Nirmala Sitharaman said on Monday that taxes would fall."
    assert owned_body("Union Finance Minister", "India", sentence) == ("Union Finance Minister", "India")


def test_a_name_with_a_nickname_in_quote_marks_keeps_its_surname():
    from invented_articles import questions_of_text

    text = (
        "Senate President Juan Miguel \u201cMigz\u201d Zubiri said on Monday that the hearings would resume "
        "in June.\n\n"
        "\u201cWe will finish the inquiry,\u201d Zubiri said."
    )
    speakers = {q.answer for q in questions_of_text(text, kind="quote")}
    assert speakers == {"Juan Miguel Zubiri"}


def test_a_title_that_names_the_people_it_serves_keeps_them():
    from invented_articles import questions_of_text

    text = (
        "Children's Commissioner Ann Lind said on Monday that schools must do more.\n\n"
        "Women's Affairs Minister Tom Vale agreed."
    )
    posts = {q.answer for q in questions_of_text(text, kind="role") if "what post" in q.question.lower()}
    assert {"Children's Commissioner", "Women's Affairs Minister"} <= posts, posts
