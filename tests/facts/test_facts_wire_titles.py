"""Wire titles before names are asked spelled out, with the place they are held for."""

from __future__ import annotations

import pytest
from invented_articles import answers, asked, every_question_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "governors": "Ohio Gov. Ann Ruiz said the levy would hurt farmers. Kansas Gov. Tom Hale said he "
    "would veto it. Texas Sen. Lena Berg called it a mistake.",
    "country": "The accord was signed in Oslo by U.S. Secretary of State Paul Marsh and two envoys.",
    "former": "Former Iowa Gov. Nora Dahl endorsed the plan on Friday. New Mexico Attorney General Luis Vega "
    "opposed it.",
    "two-words": "Lt. Gen. Ray Holt said the troops would stay until spring.",
    "party-state": "Rep. Mia Long, R-Texas, said the bill would pass. Rep. Ed Park, D-Calif., disagreed.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def test_a_governor_is_asked_with_the_state_spelled_out(bank: QuestionBank) -> None:
    found = answers(bank, "governors", "role")
    assert found["In 2024, what post did Ann Ruiz hold?"] == "Governor of Ohio"
    assert found["In 2024, which state was Tom Hale the governor of?"] == "Kansas"
    assert not [a for a in found.values() if "Gov." in a or "Sen." in a]


def test_false_options_of_a_state_post_are_other_state_posts(bank: QuestionBank) -> None:
    post = next(q for q in asked(bank, "governors", "role") if q.question == "In 2024, what post did Ann Ruiz hold?")
    assert set(post.choices) == {"Governor of Ohio", "Governor of Kansas", "Senator from Texas"}
    state = next(q for q in asked(bank, "governors", "role") if q.question.startswith("In 2024, which state"))
    assert set(state.choices) <= {"Ohio", "Kansas", "Texas"}


def test_a_senator_is_one_of_several_for_a_state(bank: QuestionBank) -> None:
    found = answers(bank, "governors", "role")
    assert found["In 2024, which state was Lena Berg a senator from?"] == "Texas"
    assert not [q for q in found if q.startswith("In 2024, who was the Senator")]


def test_a_country_post_keeps_the_country_before_it(bank: QuestionBank) -> None:
    found = answers(bank, "country", "role")
    assert found["In 2024, what post did Paul Marsh hold?"] == "U.S. Secretary of State"
    assert "Secretary of State" not in [a for a in found.values() if a != "U.S. Secretary of State"]


def test_a_two_word_wire_title_is_spelled_out_whole(bank: QuestionBank) -> None:
    assert answers(bank, "two-words", "role")["In 2024, what post did Ray Holt hold?"] == "Lieutenant General"


def test_the_state_after_a_representative_is_where_the_post_is_held(bank: QuestionBank) -> None:
    found = answers(bank, "party-state", "role")
    assert found["In 2024, what post did Mia Long hold?"] == "Representative from Texas"
    assert found["In 2024, which state was Ed Park a representative from?"] == "California"  # "D-Calif."


GULF = {
    "excellency": "Deputy Prime Minister and Minister of Finance H E Sheikh Khalid bin Saad Al Nasser met "
    "the envoys in Doha on Monday. Al Nasser said talks would resume.",
    "excellency-org": "The minister met US Secretary of Commerce H E Paul Marsh in Doha on Monday.",
    "bint": "Dr Amira bint Salem al-Harthy, director of the Gulf Water Institute, said the plan was sound.",
    "aside-known": "Minister of Energy H E Saad bin Ali Al Marri opened the plant. Addressing reporters with "
    "Canadian Foreign Minister Paul Marsh, the Deputy Prime Minister and Minister of Energy said that the port "
    "would reopen.",
    "aside": "Addressing reporters with Canadian Foreign Minister Paul Marsh, the Deputy Prime Minister and "
    "Minister of Energy said that the port would reopen. He said the talks had been useful.",
}


@pytest.fixture(scope="module")
def gulf() -> QuestionBank:
    return every_question_of_texts(GULF)


def test_a_name_with_particles_after_his_excellency_is_read_whole_with_both_posts(gulf: QuestionBank) -> None:
    found = answers(gulf, "excellency", "role")
    name = "Khalid bin Saad Al Nasser"
    assert found[f"In 2024, besides being Deputy Prime Minister, what post did {name} hold?"] == "Minister of Finance"
    assert found[f"In 2024, besides being Minister of Finance, what post did {name} hold?"] == "Deputy Prime Minister"
    assert not [a for a in found.values() if "H E" in a or "Sheikh" in a]


def test_a_name_ner_reads_into_an_organisation_after_h_e_is_a_person(gulf: QuestionBank) -> None:
    found = answers(gulf, "excellency-org", "role")
    assert found["In 2024, what post did Paul Marsh hold?"] == "US Secretary of Commerce"


def test_a_name_cut_at_bint_and_al_is_read_whole(gulf: QuestionBank) -> None:
    found = answers(gulf, "bint", "role")
    assert found["In 2024, who was the director of the Gulf Water Institute?"] == "Amira bint Salem al-Harthy"


def test_a_post_after_a_name_that_runs_into_the_verb_is_the_speaker_not_the_names_post(gulf: QuestionBank) -> None:
    found = answers(gulf, "aside", "role")
    assert not [a for a in found.values() if "Prime Minister" in a]
    quotes = [q for q in gulf.questions if q.article == "aside" and q.kind == "quote"]
    assert not [q for q in quotes if q.answer == "Paul Marsh"]


def test_two_posts_of_one_speaker_find_the_holder_of_the_known_one(gulf: QuestionBank) -> None:
    quotes = [q for q in gulf.questions if q.article == "aside-known" and q.kind == "quote"]
    assert [q.answer for q in quotes if "port would reopen" in q.question] == ["Saad bin Ali Al Marri"]


def test_a_former_post_keeps_its_place(bank: QuestionBank) -> None:
    assert answers(bank, "former", "role")["What post did Nora Dahl hold?"] == "former Governor of Iowa"


def test_a_place_of_two_words_and_a_post_of_two_words_stay_whole(bank: QuestionBank) -> None:
    assert answers(bank, "former", "role")["In 2024, what post did Luis Vega hold?"] == "Attorney General of New Mexico"


def test_only_a_post_held_for_a_state_is_asked_which_state() -> None:
    """A mayor of New York holds a city's post: "Which state …?" would teach a city as a state."""
    from quizgen.facts.fact_types import RoleFact
    from quizgen.facts.role_links import link_roles

    def org_question(role: str, place: str) -> str | None:
        fact = RoleFact(
            key="k", sentence="s", answer_span=(0, 1), person="Ann Ruiz", person_aliases=(), role=role,
            role_display=None, org=place, org_aliases=(), org_prep="of", head=role.split()[-1].lower(),
            shared=False, org_is_place=True, qualified=False, other_posts=(), other_orgs=(), other_roles=(),
            unique_holder=True, org_question=None,
        )  # fmt: skip
        (linked,) = link_roles([fact])
        return linked.org_question

    assert org_question("Governor", "Ohio") == "Which state is Ann Ruiz the governor of?"
    assert org_question("Mayor", "New York") == "Which place is Ann Ruiz the mayor of?"
