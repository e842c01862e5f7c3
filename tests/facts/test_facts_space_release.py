"""A space agency's release, as such releases are written: an agency named with a possessive before
its initials stand alone, a probe introduced with a relative clause and then called "it", sizes
given after their units ("a crater 900 kilometres across", "a layer 30 micrometres thick"), and a
trial's patients sized by an age range. Every sentence here is invented."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_text

from quizgen.facts.number_guards import garbled
from quizgen.models import Question

RELEASE = (
    "Orbiter reaches the ice moon\n\n"
    "The Nordic Space Agency's Kestrel orbiter reached the moon Elara on 4 March after a six-year cruise, "
    "NSA said on Friday.\n\n"
    '"The images are sharper than we hoped," said Ingrid Vos, NSA\'s Kestrel project scientist.\n\n'
    "The spacecraft, which was launched from the Vardo range on May 14, 2019, is now circling Elara. "
    "It carries nine instruments.\n\n"
    "During the approach, the orbiter's camera captured images of the Tessel Basin, a crater about 900 "
    "kilometres across. The new sensor uses a glass layer about 30 micrometres thick.\n\n"
    "The Varn crater is 90 kilometres across, the agency said.\n"
)


@pytest.fixture(scope="module")
def asked() -> list[Question]:
    return questions_of_text(RELEASE)


def test_an_agencys_possessive_is_no_part_of_its_name(asked: list[Question]) -> None:
    """ "The Nordic Space Agency's Kestrel orbiter … NSA": the post is held at the Nordic Space
    Agency, never at "Nordic Space Agency's"."""
    (post,) = [q for q in asked if q.answer == "Kestrel project scientist"]
    assert post.question.endswith("at the Nordic Space Agency?")


def test_it_stands_for_the_probe_without_its_relative_clause(asked: list[Question]) -> None:
    """ "The spacecraft, which was launched … . It carries nine instruments.": "it" is the
    spacecraft, never "the spacecraft, which was from the Vardo range …"."""
    (count,) = [q for q in asked if q.answer == "nine"]
    assert count.question == "How many instruments does the spacecraft carry?"


def test_a_size_after_its_unit_is_not_asked_through_another_verb(asked: list[Question]) -> None:
    """ "a glass layer about 30 micrometres thick": never "How many micrometres does the new sensor
    use a glass layer thick?"; "a crater about 900 kilometres across" never leaves "a crater across?"."""
    answers = {q.answer for q in asked}
    assert not answers & {"30", "about 30", "900 kilometres", "about 900 kilometres"}
    assert [q for q in asked if q.answer == "90 kilometres"]  # "… is 90 kilometres across" reads


@pytest.mark.parametrize(
    "question",
    [
        "About how many micrometres thick does the new cell use?",
        "How many kilometres did the camera capture images of the Tessel Basin, a crater across?",
        "How many patients aged at 31 clinics in six countries did the trial enrol?",
    ],
    ids=["unit-then-dimension", "stranded-across", "aged-without-ages"],
)
def test_garbled_number_questions(question: str) -> None:
    assert garbled(question)


@pytest.mark.parametrize(
    "question",
    [
        "How many kilometres is the Varn crater across?",
        "How many miles long is the new bridge?",
        "How many patients aged 60 to 85 did the trial enrol?",
        "How many miles did the convoy travel on a long road?",
    ],
    ids=["be-across", "be-long", "aged-with-ages", "long-as-adjective"],
)
def test_number_questions_that_read(question: str) -> None:
    assert not garbled(question)


def test_a_centre_named_after_a_possessive_keeps_its_whole_name() -> None:
    """ "director of the Lakeview Alzheimer's Disease Research Center": NER tears the name after
    "Alzheimer's"; the post is held at the whole centre, never at "the Disease Research Center"."""
    text = (
        "Drug slows decline\n\nA new drug slowed memory decline, a trial found.\n\n"
        '"We are seeing a drug that works," said Dr. Ronald Pell, director of the Lakeview Alzheimer\'s '
        "Disease Research Center.\n"
    )
    (post,) = [q for q in questions_of_text(text) if q.kind == "role" and q.answer == "director"]
    assert post.question.endswith("at the Lakeview Alzheimer's Disease Research Center?")
