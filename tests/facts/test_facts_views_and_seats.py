"""Views kept as said, figures inside a view or a share's whole, "among" counts, and the place or
party after a titled name: each shape once asked garbled or false."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "own-view": (
        "Treasurer Pia Sund survived a vote in the Tarnby assembly on Monday, opposition leader Karl Ek said.\n\n"
        "Greta Holm, a fellow at the Tarnby Institute, said she did not think voters would punish the ruling "
        "coalition for the leaked memo."
    ),
    "own-view-their": (
        "Bishop Tom Abbot was convicted in December. His lawyer Ann Ruiz said the appeal would be lodged soon.\n\n"
        'Abbot said he held "no ill will" towards his accuser, his lawyer said.'
    ),
    "felt-figure": (
        "The mayor faces anger from many fishermen, who feel paying half the 9,000 crowns mooring fee is "
        "too heavy a burden."
    ),
    "feared-figure": "Many growers fear that widening the canal would flood 230 hectares of orchards, radio said.",
    "share-the": "Rents make up nearly half the 410-crown monthly budget of a student in Tarnby.",
    "among": "The Tarnby ferry pier is among 14 key projects the council has pledged to finish before the vote.",
    "seat-place": "The board's other member, ex-Governor Wes Pardo of Nevada, said the review would end by July.",
    "seat-party": "Former Chief Minister Ravi Kadam of the Congress said nurses, not wards, were the real shortage.",
    "relative-aux": "The pier is among 30 harbours that the Marine Safety Agency has placed under review this year.",
    "joined-claim": (
        "Union spokeswoman Lea Varga said the port had promised 300 new cranes in 2021 and bought only 40 cranes."
    ),
    "number-first": "Four of the seven judges backed the appeal, the Tarnby Supreme Court said in a statement.",
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 5, 14))


def test_a_speakers_own_view_keeps_the_saying_and_tells_no_sex(bank: QuestionBank) -> None:
    (q,) = [q for q in asked(bank, "own-view", "quote") if "coalition" in q.question]
    assert q.question.startswith("Who said that they did not think voters would punish the ruling coalition")
    assert q.answer == "Greta Holm"
    (q,) = [q for q in asked(bank, "own-view-their", "quote") if "ill will" in q.question]
    assert (
        q.question.startswith('Who said that they held "no ill will" towards their accuser') and q.answer == "Tom Abbot"
    )


def test_a_view_in_the_present_agrees_with_they() -> None:
    from quizgen.facts import extract_facts
    from quizgen.facts.indirect import reported
    from quizgen.nlp import load_nlp

    text = "Tomas Lund, who pilots the tugs, said he thinks the new quay is far too short for his larger tugs."
    ctx, _ = extract_facts(load_nlp()(text))
    fact = reported(ctx, next(iter(ctx.doc.sents)))
    assert fact is not None
    assert fact.predicate == "said that they think the new quay is far too short for their larger tugs"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        (
            "Harbour director Mara Quinlan said she also thinks the ferry terminal should close next winter.",
            "said that they also think the ferry terminal should close next winter",
        ),
        (
            "Harbour director Mara Quinlan said she's been working on the plan for two years.",
            "said that they have been working on the plan for two years",
        ),
        (
            "Mara Quinlan praised her predecessor, Ines Dahl, on Monday. "
            "Quinlan said she had met her several times at the port board.",
            "said that they had met her several times at the port board",
        ),
    ],
    ids=["adverb-before-the-verb", "has-not-is", "object-her-stays"],
)
def test_the_they_form_falls_on_the_finite_verb_and_the_owners_word(text: str, predicate: str) -> None:
    from quizgen.facts import extract_facts
    from quizgen.facts.indirect import reported
    from quizgen.nlp import load_nlp

    ctx, _ = extract_facts(load_nlp()(text))
    fact = reported(ctx, list(ctx.doc.sents)[-1])
    assert fact is not None and fact.predicate == predicate


def test_a_figure_inside_what_someone_feels_or_fears_is_not_asked(bank: QuestionBank) -> None:
    assert asked(bank, "felt-figure", "number") == []
    assert asked(bank, "feared-figure", "number") == []


def test_a_share_before_the_whole_is_no_count(bank: QuestionBank) -> None:
    assert all(q.answer not in ("half", "nearly half", "410") for q in asked(bank, "share-the", "number"))


def test_a_count_with_among_is_asked_with_the_member_after_it(bank: QuestionBank) -> None:
    questions = [q for q in asked(bank, "among", "number") if q.answer == "14"]
    assert all(not q.question.startswith("Among") for q in questions)
    assert all(q.question.startswith("How many key projects") and q.question.endswith("among them?") for q in questions)


def test_a_titled_holder_keeps_the_place_and_loses_a_party_and_other(bank: QuestionBank) -> None:
    answers = [q.answer for q in asked(bank, "seat-place", "role")]
    assert "ex-Governor of Nevada" in answers
    assert not any("other" in q.question or "other" in q.answer for q in asked(bank, "seat-place", "role"))
    roles = asked(bank, "seat-party", "role")
    assert roles and not any("Congress" in q.question or "Congress" in q.answer for q in roles)


def test_a_relative_clause_keeps_its_auxiliary_before_the_verb(bank: QuestionBank) -> None:
    questions = [q.question for q in bank.questions if q.answer == "Marine Safety Agency"]
    assert questions and all(" has under " not in q for q in questions)


def test_a_figure_opening_a_reported_clause_loses_the_sentence_capital(bank: QuestionBank) -> None:
    quotes = asked(bank, "number-first", "quote")
    assert quotes and all(" Four of" not in q.question for q in quotes)


def test_a_figure_in_a_verb_joined_to_a_reported_one_keeps_its_source(bank: QuestionBank) -> None:
    questions = [q for q in asked(bank, "joined-claim", "number") if q.answer == "40"]
    assert questions and all(q.question.startswith("According to") for q in questions)
