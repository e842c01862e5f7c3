"""False options the question rules out: the asker itself, a programme beside bodies, a post of
another time."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article
from quizgen.pipeline import questions_for
from quizgen.questions.option_fit import a_scheme, names_the_asker, not_a_publication, other_time


@pytest.mark.parametrize(
    ("candidate", "question", "expected"),
    [
        ("Halden Space Center", "With which institution has NASA Halden completed talks on the lease?", True),
        ("Halden Port Authority", "Who opened the 2024 Halden Forum?", False),  # "Port" is its own
        ("Brightwater Council", "With which institution has NASA Halden completed talks on the lease?", False),
        ("National Science Board", "Which organization did the National Weather Service join?", False),
    ],
)
def test_names_the_asker(candidate: str, question: str, expected: bool) -> None:
    assert names_the_asker(candidate, question) is expected


def test_a_scheme_is_no_rival_to_a_body() -> None:
    assert a_scheme("Deep Sea Survey Program", "Marine Research Agency")
    assert a_scheme("Office of the Coastal Restoration Project", "Harbour Trust") is False  # an office runs it
    assert not a_scheme("Clean Rivers Programme", "Safe Roads Programme")


def test_other_time() -> None:
    assert other_time("former Transport Minister", "analyst")
    assert not other_time("former Transport Minister", "former finance director")
    assert not other_time("board chairman", "analyst")


TEXT = (
    "Former Transport Minister Ada Lindqvist joined the board of Harbour Ports on Monday. "
    "Cyrus Mossman, chairman of Harbour Ports, said she would start in June. "
    "Bo Kerrigan, an analyst at Fenwick Bank, said the choice would calm investors. "
    "Dina Salo, a trader at Fenwick Bank, said shares rose 4 percent."
)


def test_a_post_held_now_is_not_offered_beside_a_post_left_behind() -> None:
    article = Article(id="ports", title="Ports", published=dt.date(2025, 2, 3), path="p.txt", text=TEXT)
    posts = [q for q in questions_for([article]).questions if q.kind == "role" and q.choices]
    now = [q for q in posts if not q.answer.lower().startswith("former")]
    assert now  # the chairman, the analyst and the trader are asked with options
    assert not [q for q in now if any(c.lower().startswith("former") for c in q.choices)]


def test_a_journal_question_offers_publications_only() -> None:
    asks = "In which journal was the study published?"
    assert not_a_publication("Harwick Marine Foundation", asks)
    assert not_a_publication("National Science Foundation", asks)  # "Science" in a foundation's name
    assert not not_a_publication("Annals of Coastal Ecology", asks)
    assert not not_a_publication("Harwick Marine Foundation", "Which organization funded the study?")


def test_generated_journal_question_has_no_body_for_an_option() -> None:
    text = (
        "The study was published on Monday in the journal Annals of Coastal Ecology. "
        "It was funded by the Harwick Marine Foundation and the Northern Fisheries Council. "
        "Lena Vogt, a researcher at Harwick University, said the results were clear."
    )
    article = Article(id="marsh", title="Marsh study", published=dt.date(2025, 2, 3), path="m.txt", text=text)
    journal = [q for q in questions_for([article]).questions if "which journal" in q.question.lower()]
    assert journal and journal[0].answer == "Annals of Coastal Ecology"
    assert not [c for c in journal[0].choices if c != journal[0].answer]


def test_a_post_at_a_body_is_offered_beside_posts_at_bodies_only() -> None:
    text = (
        "Harwick University will build a marine lab on the old dock, its board said on Monday. "
        "Bo Lindahl, chancellor of the Harwick University System, said work would start in May. "
        "Cyra Mossop, president of Harwick University, said the lab would open in 2027. "
        "Finance Minister Ada Vetter said the state would pay half of the cost."
    )
    article = Article(id="lab", title="Lab", published=dt.date(2025, 2, 3), path="l.txt", text=text)
    asked = [q for q in questions_for([article]).questions if q.kind == "role" and " at " in q.question]
    assert [q for q in asked if q.choices]  # the chancellor and the president are offered beside each other
    assert not [q for q in asked if "Finance Minister" in q.choices]


PARTS_AND_GOVERNMENTS = {
    "part": (
        "The Harwick Space Agency will lease the land to Lakeside University for 20 years. The land lies at the "
        "Harwick Space Agency's Orvell Flight Center, near the Coastal Robotics Institute. Lakeside University "
        "will build a laboratory there."
    ),
    "gov": (
        "The Velmoran government called on all car makers to build ventilators. The Velmoran Medical Association "
        "and the Northfield Institute of Health welcomed the plan. The Velmoran government also banned the export "
        "of masks."
    ),
}


@pytest.fixture(scope="module")
def parts_bank():
    from invented_articles import questions_of_texts

    return questions_of_texts(PARTS_AND_GOVERNMENTS)


def test_a_part_of_the_answer_is_no_false_option(parts_bank) -> None:
    """ "the Harwick Space Agency's Orvell Flight Center": offered beside the agency, it is also right."""
    (q,) = [q for q in parts_bank.questions if q.question.startswith("Which organization will lease")]
    assert q.answer == "Harwick Space Agency"
    assert "Orvell Flight Center" not in q.choices


def test_which_government_offers_no_association(parts_bank) -> None:
    asked = [q for q in parts_bank.questions if q.question.startswith("Which government")]
    assert asked
    for q in asked:
        assert not [c for c in q.choices if "government" not in c.lower()]


@pytest.mark.parametrize(
    ("candidate", "answer", "long_form", "unfit"),
    [
        ("Harwick Courier", "Liberal Reform Party", False, True),  # a paper among parties
        ("Orvell University", "Liberal Reform Party", False, True),
        ("Green Unity Party", "Liberal Reform Party", False, False),
        ("Harwick Courier", "Orvell Times", False, False),  # papers beside papers
        ("Clean Fuel Standard", "Memorandum of Agreement", True, False),  # a long form, not the "Standard"
        ("Orvell Institute of Law", "Harwick Council for Trade", False, False),
    ],
)
def test_another_kind_of_body(candidate: str, answer: str, long_form: bool, unfit: bool) -> None:
    from quizgen.questions.option_fit import another_kind_of_body

    assert another_kind_of_body(candidate, answer, long_form) is unfit
