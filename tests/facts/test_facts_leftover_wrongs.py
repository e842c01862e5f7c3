"""Wrong or garbled question classes met on invented articles of several genres: a sprinter asked as
an organisation, overs asked "For how many", a place in a table lost, a crowd's "members", an
alternative sentence glued into the question, "at Police", "former sitting senator", a quarter
dropped from an earnings figure, and "economists" cut from the firm they work at."""

from __future__ import annotations

import pytest
from invented_articles import answers_to, asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "sprint": (
        "Brennan edges rivals in Zagreb\n\nZAGREB (AP) — American Carl Brennan won the 100 meters in 9.91 "
        "seconds on Sunday. Jamaican Oblique Seville finished third in 10.02 seconds.\n\nIn the derby, Rangers "
        "led through Tom Lawson before Jason Cummings equalised in the 56th minute for Motherwell."
    ),
    "cricket": (
        "Punjab, put in to bat, posted 176 for six in 20 overs against Delhi on Friday. In the Ranji Trophy "
        "final, Vidarbha were bowled out for 229 in 71.4 overs on the opening day.\n\nRoyal Challengers "
        "Bengaluru (RCB) moved to fifth in the points table with four points. RCB next play Delhi Capitals in "
        "Delhi on April 11."
    ),
    "crowd": (
        "Pakistan beat New Zealand by four runs on Saturday. The 35,000-strong crowd cheered every boundary. "
        "The 120-strong squad of volunteers worked through the night."
    ),
    "court": (
        "Officer jailed\n\nKISUMU — A Kisumu court on Monday sentenced a former Kisumu county procurement "
        "officer to 10 years in jail or a fine of Sh20 million for stealing public funds.\n\nThe officer, "
        "Jane Atieno, 49, denied the charges."
    ),
    "senator": (
        "The Supreme Court on Friday upheld the conviction of former Benue State governor Samuel Ortom for "
        "fraud. Ortom, who served as governor from 2015 to 2023, was a sitting senator at the time of his "
        "conviction."
    ),
    "earnings": (
        "(Reuters) - Software maker Veritas Systems Inc on Wednesday forecast fourth-quarter revenue above "
        "estimates.\n\nThe company expects fourth-quarter revenue of $1.2 billion to $1.25 billion, compared "
        "with analysts' average estimate of $1.18 billion."
    ),
    "forecast": (
        "The Bank of England kept interest rates at 5.25% on Thursday.\n\nForecasters at the Met Office said "
        "the warm spell would end next week."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def _texts(bank: QuestionBank, article: str, kind: str) -> dict[str, str]:
    return {q.question: q.answer for q in asked(bank, article, kind)}


def test_a_runner_or_a_scorer_is_no_organization(bank: QuestionBank) -> None:
    answers = set(_texts(bank, "sprint", "org-event").values())
    assert not answers & {"Oblique Seville", "Carl Brennan", "American Carl Brennan", "Jason Cummings"}


def test_overs_are_asked_in_how_many(bank: QuestionBank) -> None:
    questions = _texts(bank, "cricket", "number")
    overs = {q: a for q, a in questions.items() if "overs" in q}
    assert overs and all(q.startswith("In how many overs") for q in overs), overs
    assert any("bowled out for 229" in q and a == "71.4" for q, a in overs.items()), overs


def test_a_place_in_the_table_stays_in_the_question(bank: QuestionBank) -> None:
    points = [q for q in _texts(bank, "cricket", "number") if "points" in q and q.startswith("With")]
    assert points and all("to fifth" in q for q in points), points


def test_a_future_fixture_is_never_asked_in_the_past(bank: QuestionBank) -> None:
    assert not [q for q in _texts(bank, "cricket", "date") if q.startswith("When did") and "play" in q]


def test_a_crowd_counts_people_not_members(bank: QuestionBank) -> None:
    questions = _texts(bank, "crowd", "number")
    assert questions.get("How many people were in the crowd?") == "35,000", questions
    assert not [q for q in questions if "members" in q and "crowd" in q]


def test_a_sentence_of_jail_or_a_fine_is_not_glued_into_the_question(bank: QuestionBank) -> None:
    assert not [q for q in _texts(bank, "court", "number") if "a fine of" in q]


def test_sitting_is_no_part_of_a_post(bank: QuestionBank) -> None:
    answers = set(_texts(bank, "senator", "role").values())
    assert "former senator" in answers and not [a for a in answers if "sitting" in a], answers


def test_a_bare_force_stays_in_the_title() -> None:
    from quizgen.facts.role_text import plain_post

    assert plain_post("Inspector General", "Police (IGP", "of") == ("Inspector General of Police", None)
    assert plain_post("former sitting senator", None, None) == ("former senator", None)
    assert plain_post("chief executive", "Harwick Foods", "of") == ("chief executive", "Harwick Foods")


def test_an_earnings_figure_keeps_its_quarter(bank: QuestionBank) -> None:
    questions = _texts(bank, "earnings", "number")
    assert any(q.startswith("How much fourth-quarter revenue does") for q in questions), questions


def test_a_group_keeps_the_body_it_works_at(bank: QuestionBank) -> None:
    answers = set(_texts(bank, "forecast", "quote").values())
    assert "forecasters at the Met Office" in answers, answers


def test_a_post_served_in_the_past_is_a_former_post() -> None:

    text = (
        "New police chief sworn in\n\nABUJA, Nigeria — President Bola Tinubu on Monday swore in Kayode Adebayo "
        "as the new Inspector General of Police, replacing Musa Bello, who retired last month.\n\nAdebayo, 58, "
        "previously served as commissioner of police in Ondo State. He promised to tackle kidnapping in the north."
    )
    roles = answers_to(text, kind="role")
    assert roles.get("What post did Kayode Adebayo hold at Ondo State?") == "former commissioner of police", roles
    assert not [q for q, a in roles.items() if "commissioner" in a and q.startswith("At the time of writing")], roles


def test_tenure_comes_before_the_place() -> None:
    from quizgen.facts.wire_titles import post_with_place

    assert post_with_place("former commissioner of police", "in", "Ondo State") == (
        "former Ondo State commissioner of police"
    )
