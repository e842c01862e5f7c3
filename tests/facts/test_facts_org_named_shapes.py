"""Organisations named in ways the subject-verb reading misses: a participle opening the sentence
("Managed by A, B leads …"), a kind noun with its own word in the name ("the airline" after "Nordic
Airways"), a passive with an object ("was fined £5,000 by A"), a defined short form whose long
form the article writes in full elsewhere, and a name before its kind ("the X group has bought …").
And a day only the article can place leaves with its part of the day ("on Monday afternoon"), never
leaving "on afternoon" behind."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

SHAPES = {
    "managed": "Managed by the Orvell Institute in Dover, the Lakeside Laboratory leads the development of the probe.",
    "founded": "Founded by the Kestrel Trust in 1990, Nordvik College opened a new campus in Dover last year.",
    "pronoun": "Backed by Kestrel Capital, it opened a new factory in Dover last year.",
    "common": "Backed by Kestrel Capital, the startup opened a new factory in Dover last year.",
    "airline": (
        "The cabin crew union Cabinet has accused Nordic Airways of undermining talks over job losses.\n\n"
        "The airline proposes to make 3,000 staff redundant, as it struggles with the fall in demand."
    ),
    "carmaker": "Kestrel Motors said profits fell.\n\nThe carmaker plans to close two plants in Dover.",
    "two-airlines": (
        "Nordic Airways and Baltic Airlines have cut fares.\n\nThe airline proposes to make 3,000 staff redundant."
    ),
    "kind-noun": "The Nordvik Holdings group has bought a 20 percent stake in a Dover shipyard.",
    "parent": "The Kestrel parent company Nordvik Holdings has bought a 20 percent stake in a Dover shipyard.",
    "fined": "Kestrel Shipping was fined 5,000 pounds by the Nordic Sea Agency for the spill in the bay.",
    "awarded": "Harwick College was awarded a grant of $2 million by the Orvell Foundation to build a laboratory.",
    "afternoon": "The Dover City Council closed all libraries in the city for safety reasons on Monday afternoon.",
    "morning": "The Harbour Board closed the main channel to shipping on Tuesday morning after the collision.",
    "long-form": (
        "The Marine Research & Survey Institute of Norway award will be led by faculty in ocean science.\n\n"
        "The first year of the Marine Research & Survey Institute (MRSIN) grant will pay for new equipment.\n\n"
        "To date, MRSIN has awarded 1,200 grants totaling more than $2 billion."
    ),
}


@pytest.fixture(scope="module")
def shapes() -> QuestionBank:
    return questions_of_texts(SHAPES)


def _pairs(bank: QuestionBank, article: str, kind: str = "org-event") -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in asked(bank, article, kind)]


def test_a_participle_opening_the_sentence_tells_of_the_named_subject(shapes: QuestionBank) -> None:
    assert ("By which institution is the Lakeside Laboratory managed?", "Orvell Institute") in _pairs(shapes, "managed")
    assert ("By which organization was Nordvik College founded?", "Kestrel Trust") in _pairs(shapes, "founded")


@pytest.mark.parametrize("article", ["pronoun", "common"])
def test_a_participle_before_no_name_is_not_asked(shapes: QuestionBank, article: str) -> None:
    assert all("Kestrel" not in a for _q, a in _pairs(shapes, article)), _pairs(shapes, article)


def test_the_airline_is_the_one_named_airline_even_when_not_the_last_subject(shapes: QuestionBank) -> None:
    pairs = _pairs(shapes, "airline")
    assert ("Which organization proposes to make 3,000 staff redundant?", "Nordic Airways") in pairs, pairs
    assert all("3,000" not in q for q, _a in _pairs(shapes, "two-airlines"))
    assert _pairs(shapes, "carmaker") == [("Which organization plans to close two plants in Dover?", "Kestrel Motors")]


def test_a_short_form_stands_for_the_full_name_its_letters_spell(shapes: QuestionBank) -> None:
    longs = {q.answer for q in asked(shapes, "long-form", "acronym")}
    assert longs == {"Marine Research & Survey Institute of Norway"}
    assert {a for _q, a in _pairs(shapes, "long-form")} == {"Marine Research & Survey Institute of Norway"}


def test_a_passive_with_an_object_is_asked_of_its_agent(shapes: QuestionBank) -> None:
    """The parse hangs "by A" on the sum or thing given; the deed is still the verb's."""
    assert _pairs(shapes, "fined") == [
        ("By which organization was Kestrel Shipping fined 5,000 pounds for the spill in the bay?", "Nordic Sea Agency")
    ]
    assert _pairs(shapes, "awarded") == [
        (
            "By which organization was Harwick College awarded a grant of $2 million to build a laboratory?",
            "Orvell Foundation",
        )
    ]


def test_a_weekday_leaves_the_question_with_its_part_of_the_day(shapes: QuestionBank) -> None:
    assert _pairs(shapes, "afternoon") == [
        ("Which organization closed all libraries in the city for safety reasons?", "Dover City Council")
    ]
    assert _pairs(shapes, "morning") == [
        ("Which organization closed the main channel to shipping after the collision?", "Harbour Board")
    ]


def test_a_name_before_its_kind_noun_is_the_subject(shapes: QuestionBank) -> None:
    """ "The X group has bought …": the group heads the subject, the name only qualifies it."""
    asked_for = ("Which organization has bought a 20 percent stake in a Dover shipyard?", "Nordvik Holdings")
    assert _pairs(shapes, "kind-noun") == [asked_for]
    assert _pairs(shapes, "parent") == [asked_for]  # "the Kestrel parent company": never Kestrel
