"""Titles written around names the way wire copy writes them, each asked about its own holder."""

from __future__ import annotations

import pytest
from invented_articles import asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "wire-abbreviation": "Former Democratic Sen. Ann Ruiz said on Tuesday that the levy would hurt farmers in "
    "the north.",
    "portfolio": "Finance Secretary Paul Marsh told reporters the deficit would shrink next year.",
    "body-before-post": "Nordic Trade Council chief Anders Holm said exports to Asia had doubled.",
    "post-of-portfolio": "The accord was signed by Secretary of State Lena Berg and two envoys in Oslo.",
    "one-word-name": "President Okonkwo opened the new bridge over the river on Monday.",
    "list-of-names": "Maria Lund, Tomas Ek and Finance Minister Paul Marsh visited the plant in Lulea.",
    "body-after-name": "Hans Olsen of the Nordic Trade Council (NTC) said the tariffs would be lifted.",
    "possessive-lawyer": "The panel heard from Ruiz's lawyer Tom Hale, who asked for more time.",
    "left-the-post": "Tom Hale resigned as transport minister in May after the rail scandal.",
    "hyphenated-name": "Trade analyst Jean-Luc Ferrand said the figures were weaker than expected.",
    "occupation-no-body": '"We were lucky," said neurosurgeon Priya Raman, who designed the pump.',
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def post_of(bank: QuestionBank, article_id: str, person: str) -> str:
    asks = (
        f"In 2024, what post did {person} hold",
        f"What post did {person} hold",
        f"What is {person}'s profession",
    )
    found = [q for q in asked(bank, article_id, "role") if q.question.startswith(asks)]
    assert len(found) == 1, [q.question for q in asked(bank, article_id, "role")]
    return found[0].answer


def test_wire_abbreviation_with_party_is_one_post(bank: QuestionBank) -> None:
    assert post_of(bank, "wire-abbreviation", "Ann Ruiz") == "former Democratic Senator"


def test_portfolio_is_part_of_the_post_not_an_organization(bank: QuestionBank) -> None:
    assert post_of(bank, "portfolio", "Paul Marsh") == "Finance Secretary"
    assert not [q for q in asked(bank, "portfolio", "role") if q.question.startswith("Which ")]


def test_body_before_post_is_asked_as_the_organization(bank: QuestionBank) -> None:
    # At most two questions per person's post are kept, so the organization may be asked either
    # way round; what matters is that it is read whole, apart from the post and the name.
    found = {(q.question, q.answer) for q in asked(bank, "body-before-post", "role")}
    # "chief" alone is a label, not a post worth asking: the body is asked instead
    assert ("In 2024, which organization was Anders Holm the chief of?", "Nordic Trade Council") in found
    assert not [a for _, a in found if a == "chief"]


def test_post_of_a_portfolio_stays_whole(bank: QuestionBank) -> None:
    assert post_of(bank, "post-of-portfolio", "Lena Berg") == "Secretary of State"
    assert not [q for q in asked(bank, "post-of-portfolio", "role") if q.answer == "State"]


def test_a_titled_one_word_name_is_a_person(bank: QuestionBank) -> None:
    assert post_of(bank, "one-word-name", "Okonkwo") == "President"


def test_each_name_in_a_list_keeps_only_its_own_title(bank: QuestionBank) -> None:
    found = asked(bank, "list-of-names", "role")
    assert post_of(bank, "list-of-names", "Paul Marsh") == "Finance Minister"
    assert not [
        q
        for q in found
        if "Maria Lund" in q.question or "Tomas Ek" in q.question or q.answer in ("Maria Lund", "Tomas Ek")
    ]


def test_body_after_the_name_is_one_organization(bank: QuestionBank) -> None:
    which = [q for q in asked(bank, "body-after-name", "role") if q.question.startswith(("Which ", "In 2024, which "))]
    assert [q.answer for q in which] == ["Nordic Trade Council"]  # not "… (NTC" nor with a name glued
    assert "Hans Olsen" in which[0].question


def test_post_after_a_possessive_is_the_post_alone(bank: QuestionBank) -> None:
    assert post_of(bank, "possessive-lawyer", "Tom Hale") == "lawyer"
    assert not [q for q in asked(bank, "possessive-lawyer", "role") if q.question.startswith(("Who ", "In 2024, who "))]


def test_a_post_resigned_is_a_former_post(bank: QuestionBank) -> None:
    assert post_of(bank, "left-the-post", "Tom Hale") == "former transport minister"


def test_hyphenated_first_name_keeps_its_title(bank: QuestionBank) -> None:
    assert post_of(bank, "hyphenated-name", "Jean-Luc Ferrand").lower() == "trade analyst"


def test_occupation_before_the_name_is_a_post_without_a_body(bank: QuestionBank) -> None:
    assert post_of(bank, "occupation-no-body", "Priya Raman") == "neurosurgeon"
    assert not [
        q for q in asked(bank, "occupation-no-body", "role") if q.question.startswith(("Who ", "In 2024, who "))
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "post"),
    [
        ("Councilwoman Ana Ruiz said the vote on the levy should be held in person.", "Ana Ruiz", "Councilwoman"),
        ("Assemblyman Tom Reed said the levy bill would pass.", "Tom Reed", "Assemblyman"),
        ("Embattled Councilmember Lea Holt said the council should meet in person.", "Lea Holt", "Councilmember"),
        ("Menteri Besar Ali Hassan said the state needed more doctors.", "Ali Hassan", "Menteri Besar"),
        ("Trooper Ann Bell said the coast road was closed.", "Ann Bell", "Trooper"),
    ],
    ids=["council-seat", "assembly-seat", "participle-opening-the-sentence", "malaysian-chief-minister", "rank"],
)
def test_a_seat_or_rank_before_a_name_is_the_post_not_part_of_the_name(text: str, speaker: str, post: str) -> None:
    """ "Councilwoman Ana Ruiz said …" → Ana Ruiz, a councilwoman; "Embattled" describes her, it is no post."""
    bank = every_question_of_texts({"a": f"Council news\n\n{text}"})
    answers = {q.kind: q.answer for q in bank.questions}
    assert answers["quote"] == speaker
    assert answers["role"] == post


def test_a_body_after_the_in_a_title_is_not_the_first_name() -> None:
    """ "Minister in the Presidency Jane Okafor said …": "Presidency" ends the title, it opens no name."""
    bank = every_question_of_texts(
        {
            "a": (
                "Minister speaks\n\nMinister in the Presidency Jane Okafor spoke on Tuesday.\n\n"
                "Okafor said 40 cases were open."
            )
        }
    )
    assert {q.answer for q in bank.questions if q.kind == "quote"} == {"Jane Okafor"}


def test_a_minister_of_religion_before_a_name_is_no_part_of_it() -> None:
    """ "Rabbi Dan Klein said …" → Dan Klein, as "Bishop Ann Lee" is Ann Lee."""
    bank = every_question_of_texts(
        {"a": "Town news\n\nRabbi Dan Klein said the temple would reopen.\n\nPastor Ruth Ade said the church was full."}
    )
    assert {q.answer for q in bank.questions if q.kind == "quote"} == {"Dan Klein", "Ruth Ade"}


def test_a_nationality_and_a_bare_post_name_no_post() -> None:
    """ "Australian director Ines Falk": director of what, the article does not say; a nationality
    names no body ("Australian Prime Minister" still names a state's office)."""
    bank = every_question_of_texts(
        {
            "a": "Award\n\nAustralian director Ines Falk won the film prize on Saturday.",
            "b": "Visit\n\nAustralian Prime Minister Tom Hale arrived in Oslo on Saturday.",
        }
    )
    roles = [(q.article, q.answer) for q in bank.questions if q.kind == "role"]
    assert not [answer for article, answer in roles if article == "a"]
    assert any(article == "b" and answer.endswith("Prime Minister") for article, answer in roles)
