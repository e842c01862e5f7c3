"""Acronyms defined in brackets are asked (the other way too when the letters are not plain initials);
brackets that define nothing are left alone."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import Question, QuestionBank

TEXT = (
    "The Northern Rail Safety Board (NRSB) published its annual report on Tuesday.\n\n"
    "The report was shared with the NORR (National Office of Rail and Road), which regulates the network, "
    "and with the National Rail Standards Bureau.\n\n"
    "Engineers will test a new Train Protection System (TPS) on two lines this winter.\n\n"
    "The board presented its findings at Mercer Hall (a former church) in the city centre."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts({"rail": TEXT})


@pytest.fixture
def acronyms(bank: QuestionBank) -> list[Question]:
    return [q for q in bank.questions if q.kind == "acronym"]


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("NRSB", "Northern Rail Safety Board"),
        ("NORR", "National Office of Rail and Road"),
        ("TPS", "Train Protection System"),
    ],
    ids=["long-form-first", "short-form-first", "mid-sentence"],
)
def test_acronym_is_expanded_and_plain_initials_are_not_asked_back(
    acronyms: list[Question], short: str, long: str
) -> None:
    expand = [q for q in acronyms if q.question == f"What does {short} stand for?"]
    assert [q.answer for q in expand] == [long]
    abbreviate = [
        q for q in acronyms if q.question.startswith("What is the abbreviation for") and q.question.endswith(f"{long}?")
    ]
    assert abbreviate == []  # the name's first letters give the answer away


def test_bracketed_aside_is_not_an_acronym(acronyms: list[Question]) -> None:
    assert not [q for q in acronyms if "church" in q.question or "church" in q.answer]
    assert len(acronyms) == 3


def test_acronym_choices_hold_the_answer_once(acronyms: list[Question]) -> None:
    # only a name its letters could spell is offered: "NRSB" rules out "National Office of Rail and Road"
    (board,) = [q for q in acronyms if q.question == "What does NRSB stand for?"]
    assert "National Office of Rail and Road" not in board.choices
    assert "Train Protection System" not in board.choices
    for q in acronyms:
        if q.answer == "Train Protection System":
            continue
        if not q.choices:  # too few of its own kind in the article: asked without options
            continue
        assert len(q.choices) >= 2, q.question
        assert q.choices.count(q.answer) == 1, q
        assert len(set(q.choices)) == len(q.choices), q
        # never the answer's letters shuffled into a name nobody uses
        assert not [c for c in q.choices if c != q.answer and sorted(c) == sorted(q.answer)], q


def test_organisation_is_answered_by_long_form_with_the_acronym_as_alias(bank: QuestionBank) -> None:
    """Other kinds of question expand a defined acronym, and accept it typed."""
    found = [q for q in bank.questions if q.kind != "acronym" and q.answer == "Northern Rail Safety Board"]
    assert found
    assert all("NRSB" in q.aliases for q in found)


SHAPES = {
    "comma-apposed": "Delegates of the ruling Harbour Reform Party, HRP, met on Friday. The HRP wants new docks.",
    "ordinary-case": "The race was not sanctioned by the Global Anti-Fraud Agency (Gafa), officials said.",
    "syllables": "Lena Dahl of Banque Royale Nordique (Baroyno) said rates would stay high.",
    "inner-capitals": "The plant lies in KwaMaseko-Thule (KMT) province, near the coast.",
    "possessive-long-form": "The study was led by Lakeside Northern University's (LNU) marine centre.",
    "used-alone": "Talks between Western Timber Holdings and its workers broke down. WTH said it would appeal.",
    "initials-by-chance": "Ministers met at the University of Sheffield. US officials did not attend.",
}


@pytest.fixture(scope="module")
def shapes() -> QuestionBank:
    return questions_of_texts(SHAPES)


@pytest.mark.parametrize(
    ("article", "short", "long"),
    [
        ("comma-apposed", "HRP", "Harbour Reform Party"),
        ("ordinary-case", "Gafa", "Global Anti-Fraud Agency"),
        ("syllables", "Baroyno", "Banque Royale Nordique"),
        ("inner-capitals", "KMT", "KwaMaseko-Thule"),
        ("possessive-long-form", "LNU", "Lakeside Northern University"),
        ("used-alone", "WTH", "Western Timber Holdings"),
    ],
    ids=list(SHAPES)[:6],
)
def test_acronym_shapes_are_expanded(shapes: QuestionBank, article: str, short: str, long: str) -> None:
    expand = [q for q in shapes.questions if q.article == article and q.question == f"What does {short} stand for?"]
    assert [q.answer for q in expand] == [long]


def test_initials_of_a_place_are_not_a_body(shapes: QuestionBank) -> None:
    assert not [q for q in shapes.questions if q.article == "initials-by-chance" and q.kind == "acronym"]


SPELLED_OUT = {
    "named-later": (
        "Inspectors found that the KRTISRS database had been left open to the public. The system was launched "
        "in 2004 as the Kestrel Road Transport Inspection and Safety Records System. Officials said it would "
        "be replaced."
    ),
    "two-capitals": "Ministers met at Port Road in Halden. PR officials did not attend the meeting.",
}


def test_a_long_form_ner_missed_is_read_when_its_initials_stand_alone() -> None:
    bank = questions_of_texts(SPELLED_OUT)
    found = {(q.article, q.question): q.answer for q in bank.questions if q.kind == "acronym"}
    assert found == {
        ("named-later", "What does KRTISRS stand for?"): ("Kestrel Road Transport Inspection and Safety Records System")
    }


def test_a_plural_owner_apostrophe_typed_as_a_quote_mark_opens_no_quote() -> None:
    """Wire copy types "the States' grade" as 'the States" grade': what follows is no quotation."""
    text = (
        'He said sweet crudes were priced above the United States" Kestrel Light Crude (KLC) grade.\n\n'
        '"We are patient," he said.'
    )
    bank = questions_of_texts({"wire": text})
    assert [q.answer for q in bank.questions if q.question == "What does KLC stand for?"] == ["Kestrel Light Crude"]
