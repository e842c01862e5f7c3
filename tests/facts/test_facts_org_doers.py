"""Which organisation did what, only when the doer is an organisation and the deed is one: no spacecraft,
dateline city, common-noun thing or torn branch as the answer; no verb a thing does; no clause that lost
its object."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

SHAPES = {
    "withstand": "The Kestrel Shipping Company withstood three winter storms without losing a single vessel.",
    "marked": "The Harbour Authority marked the end of the dredging season with a final survey of the channel.",
    "centenary": "The Harbour Authority marked its centenary with a parade of tugs along the river front.",
    "thing-acronym": (
        "Engineers moved the lander into the cold soak chamber (CSC) at Dover in March.\n\n"
        "CSC hosted the final trials of the lander before its shipment to the launch site."
    ),
    "gapped": "The new tug is the biggest Orvell Shipping has ever built for a river service.",
    "imperative": (
        "Read more about our coastal projects, and learn how the Nordic Sea Agency works together with their "
        "partner bodies and schools."
    ),
    "partnership": (
        "The Lakeside Laboratory leads the development of the Harwick "
        "probe in partnership with the Orvell Institute in Dover, for the Nordic Space Office in Oslo."
    ),
    "branch": (
        "The new terminal will open in May, said Lin Tao, head of the Maritime Safety Administration's Dover Branch."
    ),
    "doubled-apostrophes": (
        "Nordvik Devices reported a higher profit on Wednesday. It also said it expects to add about 2 million "
        "new users.\n\n"
        "\"The letdown is on the outlook side and hence the selloff,'' said Harwick Capital analyst Tom Reyes."
    ),
    "two-sued": (
        "Harbour Telecom and Northfield Mobile sued Velton Phones on Monday. The maker sold 2 million phones "
        "in May, up from 1.5 million."
    ),
    "grant": (
        "Harwick College and Dunmore University have received a grant of $1.1 million to support a new degree. "
        "The firm won a contract of $40 million from the navy."
    ),
}


@pytest.fixture(scope="module")
def shapes() -> QuestionBank:
    return questions_of_texts(SHAPES)


@pytest.mark.parametrize(
    "article",
    ["withstand", "marked", "thing-acronym", "gapped", "imperative"],
)
def test_no_organisation_is_asked_for_a_thing_s_deed_or_a_clause_that_lost_its_object(
    shapes: QuestionBank, article: str
) -> None:
    assert asked(shapes, article) == []


def test_a_body_marking_an_occasion_is_its_deed(shapes: QuestionBank) -> None:
    assert [q.answer for q in asked(shapes, "centenary")] == ["Harbour Authority"]


def test_in_partnership_with_is_asked_whole(shapes: QuestionBank) -> None:
    found = [q for q in asked(shapes, "partnership") if q.answer == "Orvell Institute"]
    assert found, [q.question for q in asked(shapes, "partnership")]
    assert all(q.question.startswith("In partnership with which") for q in found)
    assert all("in partnership for" not in q.question for q in found)


def test_a_branch_is_named_with_its_parent(shapes: QuestionBank) -> None:
    answers = [q.answer for q in asked(shapes, "branch", "role")]
    assert "Dover Branch" not in answers
    assert all(a != "Dover Branch" for q in asked(shapes, "branch", "role") for a in q.choices)


def test_a_quote_closed_by_two_apostrophes_is_its_named_speaker_s(shapes: QuestionBank) -> None:
    quotes = [q for q in asked(shapes, "doubled-apostrophes", "quote") if "letdown" in q.question]
    assert quotes and all(q.answer == "Tom Reyes" for q in quotes), [(q.question, q.answer) for q in quotes]
    assert all("said Harwick Capital" not in q.question for q in quotes)


def _ctx(ents: list[tuple[str, str]], places: set[str] | None = None, text: str = "") -> SimpleNamespace:
    return SimpleNamespace(
        ents=[SimpleNamespace(text=t, label_=label) for t, label in ents],
        place_names=places or set(),
        text=text,
        people=SimpleNamespace(people=[]),
        acronyms={},
    )


def test_a_name_the_tagger_also_calls_a_product_is_no_organisation() -> None:
    from quizgen.questions.org_answer import not_an_org

    ctx = _ctx([("Kestrel Clipper", "ORG"), ("the Kestrel Clipper’s", "PRODUCT")])
    assert not_an_org("Kestrel Clipper", "The Kestrel Clipper flew.", ctx) is not None  # type: ignore[arg-type]
    assert not_an_org("Orvell Agency", "The Orvell Agency flew it.", ctx) is None  # type: ignore[arg-type]


def test_a_place_in_capitals_is_no_organisation() -> None:
    from quizgen.questions.org_answer import not_an_org

    ctx = _ctx([], places={"Dover"})
    assert not_an_org("DOVER", "DOVER - The court ruled.", ctx) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "text", "torn"),
    [
        ("Dover Branch", "head of the Maritime Administration's Dover Branch.", True),
        ("Dover Branch", "The Dover Branch opened in May.", False),
        ("Harwick Department of Roads", "the Harwick Department of Roads said", False),
    ],
    ids=["after-possessive", "alone", "whole-name"],
)
def test_a_branch_named_only_after_its_parent_is_torn(name: str, text: str, torn: bool) -> None:
    from quizgen.questions.org_answer import _part_of_another

    assert _part_of_another(name, text) is torn


def test_neither_of_two_doers_nor_a_university_taken_for_the_firm_is_the_answer(shapes: QuestionBank) -> None:
    """ "A and B received a grant" (which the parse may hang as "A" inside B's name): neither alone is the
    answer; "the firm" after a university names no firm the article gave."""
    assert asked(shapes, "grant") == []
    numbers = [(q.question, q.answer) for q in asked(shapes, "grant", "number")]
    assert numbers == [
        (
            "How large a grant have Harwick College and Dunmore University received to support a new degree?",
            "$1.1 million",
        )
    ], numbers


def test_two_firms_that_acted_together_are_neither_the_answer_nor_the_maker_after_them(shapes: QuestionBank) -> None:
    """The parse may hang "and Northfield Mobile" on the first name's last word; still, neither alone
    sued, and "the maker" after the pair names no one firm."""
    assert asked(shapes, "two-sued") == []
    dated = [(q.question, q.answer) for q in asked(shapes, "two-sued", "date")]
    assert dated == [("When did Harbour Telecom and Northfield Mobile sue Velton Phones?", "Monday, June 10, 2024")], (
        dated
    )
