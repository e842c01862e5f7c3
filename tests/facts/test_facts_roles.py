"""Posts and institutions: who holds which post where, asked so that the answer is unique."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from invented_articles import asked, every_question_of_texts, questions_of_texts

from quizgen.models import Question, QuestionBank

PUBLISHED = dt.date(2024, 6, 12)

TEXTS = {
    "appositive": "Kwame Mensah, director of the National Heart Foundation, opened the new clinic in Accra.",
    "title-before-name": "Finance Minister Rachel Osei presented the budget to parliament on Wednesday.",
    "who-is-also": "Ama Boateng, who is also chairman of the Accra Chamber of Commerce, warned that small "
    "shops would struggle.",
    "two-posts": (
        "Peter Adjei, president of the Ghana Medical Association and director of the Korle Bu Heart Clinic, "
        "said the tax would save lives.\n\n"
        "Kwame Mensah, director of the National Heart Foundation, agreed with him.\n\n"
        "Ama Boateng, who is also chairman of the Accra Chamber of Commerce, warned that small shops would "
        "struggle."
    ),
    "title-at-sentence-start": "Chief Financial Officer Amy Liu said the company expected revenue to grow.",
    "shared-post": "Esi Quaye, a senior researcher at the University of Cape Coast, said the revenue should fund "
    "school meals.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def one(questions: list[Question], starts: str, contains: str = "") -> Question:
    found = [q for q in questions if q.question.startswith(starts) and contains in q.question]
    assert len(found) == 1, [q.question for q in questions]
    return found[0]


@pytest.mark.parametrize(
    ("article", "person", "post", "org"),
    [
        ("appositive", "Kwame Mensah", "director", "National Heart Foundation"),
        ("who-is-also", "Ama Boateng", "chairman", "Accra Chamber of Commerce"),
    ],
    ids=["appositive", "who-is-also"],
)
def test_post_and_institution_are_asked_about_the_person(
    bank: QuestionBank, article: str, person: str, post: str, org: str
) -> None:
    found = asked(bank, article, "role")
    asked_post = one(found, f"In 2024, what post did {person} hold at", org)
    assert asked_post.answer == post
    asked_org = one(found, "In 2024, which ", person)
    assert asked_org.answer == org
    assert post in asked_org.question  # "In 2024, which organization was Kwame Mensah the director of?"


def test_unique_post_is_also_asked_the_other_way(bank: QuestionBank) -> None:
    holder = one(asked(bank, "appositive", "role"), "In 2024, who was the director")
    assert "National Heart Foundation" in holder.question
    assert holder.answer == "Kwame Mensah"


def test_post_many_people_hold_is_never_asked_who(bank: QuestionBank) -> None:
    """'Who is a senior researcher at the University of Cape Coast?' has many right answers, and "a
    senior researcher" is no post worth learning: where she works is asked."""
    found = asked(bank, "shared-post", "role")
    assert not [q for q in found if q.question.startswith(("Who ", "In 2024, who "))]
    assert one(found, "In 2024, which ", "Esi Quaye").answer == "University of Cape Coast"
    assert not [q for q in found if q.answer == "senior researcher"]


def test_title_before_the_name_is_a_post(bank: QuestionBank) -> None:
    found = one(asked(bank, "title-before-name", "role"), "In 2024, what post did Rachel Osei hold")
    assert found.answer.lower() == "finance minister"


def test_two_posts_of_one_person_are_each_asked_with_their_institution(bank: QuestionBank) -> None:
    found = asked(bank, "two-posts", "role")
    president = one(found, "In 2024, what post did Peter Adjei hold", "Ghana Medical Association")
    director = one(found, "In 2024, what post did Peter Adjei hold", "Korle Bu Heart Clinic")
    assert (president.answer, director.answer) == ("president", "director")
    # the other post is also true of him, so it must not be offered as a wrong choice
    assert "director" not in president.choices
    assert "president" not in director.choices
    org_of_president = one(found, "In 2024, which organization was Peter Adjei the president")
    assert org_of_president.answer == "Ghana Medical Association"
    assert "Korle Bu Heart Clinic" not in org_of_president.choices
    assert len(org_of_president.choices) >= 2


def test_institution_names_read_with_the(bank: QuestionBank) -> None:
    found = [q.question for q in asked(bank, "appositive", "role") + asked(bank, "shared-post", "role")]
    assert not [q for q in found if " at National" in q or " of National" in q or " at University" in q], found


@pytest.mark.parametrize("body", ["Federal Reserve", "Coast Guard", "Senate"])
def test_bodies_english_writes_with_the_are_asked_with_it(body: str) -> None:
    """ "What post did X hold at Federal Reserve?" reads wrong: "the Federal Reserve", "the Senate"."""
    from quizgen.facts.wording import with_the

    assert with_the(body, f"Talks\n\nThe bankers will meet {body} Chairman Paul Ruiz on Monday.") == f"the {body}"


def test_title_at_sentence_start_keeps_one_case(bank: QuestionBank) -> None:
    # a bare post says of what only when the sentence names the body: here it does not, so nothing is asked
    assert not [
        q for q in asked(bank, "title-at-sentence-start", "role") if q.answer.lower() == "chief financial officer"
    ]


def test_a_post_named_with_a_before_the_person_is_asked_without_who_is() -> None:
    # "A spokesman …, Name, said": one of several spokesmen, so no "In 2024, who was the spokesman …?"
    # (this shape used to stop generation with an internal error)
    text = "A spokesman for the harbour board, Tomas Berg, said the ferry would sail again in May."
    bank = questions_of_texts({"a": text}, PUBLISHED)
    asked = {q.question: q.answer for q in bank.questions}
    assert asked["In 2024, what post did Tomas Berg hold?"] == "spokesman for the harbour board"
    assert not any(q.startswith(("Who is", "In 2024, who was")) for q in asked)


def _posts_by_person(text: str) -> dict[str, set[str]]:
    bank = questions_of_texts({"a": text}, PUBLISHED)
    found: dict[str, set[str]] = {}
    for q in bank.questions:
        asked = re.search(r"[Ww]hat post (?:does|did) (.+?) hold", q.question)
        if q.kind == "role" and asked:
            found.setdefault(asked.group(1), set()).add(q.answer)
    return found


def test_a_list_of_names_and_a_list_of_posts_pair_in_order() -> None:
    text = (
        "Mei Tan, Lars Berg and Eva Dahl, vice premier, president and rector of Bergen University "
        "respectively, attended the talks on fishing quotas."
    )
    posts = _posts_by_person(text)
    assert "rector" not in posts.get("Mei Tan", set()) | posts.get("Lars Berg", set())
    assert "vice premier" not in posts.get("Eva Dahl", set()) | posts.get("Lars Berg", set())
    assert posts.get("Eva Dahl") == {"rector"}


def test_posts_that_do_not_pair_with_the_names_go_to_nobody() -> None:
    text = "Anna Holm, Peter Lund and Eva Dahl, president and rector of Bergen University, attended the talks."
    assert _posts_by_person(text) == {}


def test_each_name_with_its_own_appositive_keeps_it() -> None:
    text = (
        "Anna Holm, director of the Harbour Trust, Peter Lund, deputy head of the Bergen City Council, and "
        "Eva Dahl, chairman of the Fjord Shipping Group, attended the meeting."
    )
    posts = _posts_by_person(text)
    assert posts.get("Anna Holm") == {"director"}
    assert posts.get("Peter Lund") == {"deputy head"}
