"""Every card highlights what it asks about: the answer's own occurrence in the evidence sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizgen.facts.fact_types import QuoteFact, Speaker
from quizgen.grading import accepted_texts
from quizgen.locations import seed_article
from quizgen.models import Article, Question, QuestionBank
from quizgen.pipeline import generate_bank
from quizgen.questions.draft import Draft
from quizgen.questions.highlight import answer_occurrence
from quizgen.questions.quality import finalize
from quizgen.text import normalize

ROLE = "Zhao Minghui, a researcher at Lakeside Polytechnic, opened the lab."


def _shown(sentence: str, span: tuple[int, int] | None) -> str | None:
    return sentence[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("sentence", "answer", "aliases", "hint", "shown"),
    [
        (ROLE, "Lakeside Polytechnic", (), (16, 26), "Lakeside Polytechnic"),  # hint: "researcher"
        (ROLE, "researcher", (), (16, 26), "researcher"),
        (ROLE, "Zhao Minghui", ("Zhao",), (5, 12), "Zhao Minghui"),  # hint: the name's last word
        ("Delegates of the Coastal Arts Society of Tampere (CAST) met the CAS team.", "CAS", (), None, "CAS"),
        ("He said the ferry would run all winter.", "Tom Hale", ("Hale",), (0, 2), "He"),
        ("The mayor said the ferry would run.", "Tom Hale", ("Hale",), (4, 9), None),
        ("Hale said the ferry would run.", "Tom Hale", ("Hale",), None, "Hale"),
        ("It was organised by the Harbour Trust.", "Harbour Trust", (), (20, 37), "Harbour Trust"),
        ("The WHO warned of a shortage.", "World Health Organization (WHO)", (), None, "WHO"),
    ],
    ids=[
        "org-not-post",
        "post",
        "full-name-not-last-word",
        "not-inside-a-longer-acronym",
        "pronoun",
        "other-person-word",
        "alias",
        "without-the",
        "acronym-part",
    ],
)
def test_answer_occurrence(
    sentence: str, answer: str, aliases: tuple[str, ...], hint: tuple[int, int] | None, shown: str | None
) -> None:
    assert _shown(sentence, answer_occurrence(sentence, answer, aliases, hint)) == shown


def test_a_date_read_from_other_words_highlights_those_words() -> None:
    sentence = "The bridge reopened on Friday."
    span = answer_occurrence(sentence, "May 29, 2020", ("2020-05-29",), (23, 29), hint_is_value=True)
    assert _shown(sentence, span) == "Friday"


@pytest.fixture(scope="module")
def banks() -> list[QuestionBank]:
    genre = Path(__file__).parents[1] / "data" / "genre"
    return [generate_bank([str(seed_article())]), generate_bank([str(genre)])]


def _is_the_answer(question: Question, shown: str) -> bool:
    if normalize(shown) in {normalize(t) for t in accepted_texts(question)}:
        return True
    if question.kind in ("date", "number"):
        return True  # the value as the sentence words it ("on Friday")
    return question.kind == "quote" and shown.casefold() in ("he", "she", "they", "it", "we")


def test_generated_cards_highlight_their_own_answer(banks: list[QuestionBank]) -> None:
    questions = [q for bank in banks for q in bank.questions]
    wrong = [
        (q.question, q.answer, _shown(q.source, q.span))
        for q in questions
        if q.span and not _is_the_answer(q, q.source[q.span[0] : q.span[1]])
    ]
    missing = [q.question for q in questions if q.span is None]
    assert wrong == []
    assert len(missing) <= len(questions) // 20, missing


def test_no_answer_has_an_unbalanced_bracket(banks: list[QuestionBank]) -> None:
    for q in (q for bank in banks for q in bank.questions):
        for text in (q.answer, *q.choices):
            assert text.count("(") == text.count(")"), q


def test_an_answer_cut_short_by_the_parser_gets_its_bracket_back() -> None:
    sentence = "The Coastal Fisheries Authority (CFA) warned that stocks are falling."
    speaker = Speaker("Coastal Fisheries Authority", ("CFA",), "Which organization", "cfa")
    fact = QuoteFact(
        key="quote|cfa|stocks",
        sentence=sentence,
        answer_span=(4, 36),
        speaker=speaker,
        text="stocks are falling",
        predicate="warned that stocks are falling",
        direct=False,
    )
    draft = Draft(
        fact,
        "who",
        "Which organization warned that stocks are falling?",
        "Coastal Fisheries Authority (CFA",
        [],
        "org",
        choices=["Marine Trade Council", "Coastal Fisheries Authority (CFA"],
    )
    (question,) = finalize(Article("a", "A", None, "a.txt", ""), [draft])
    assert question.answer == "Coastal Fisheries Authority (CFA)"
    assert question.choices == ("Marine Trade Council", "Coastal Fisheries Authority (CFA)")
    assert _shown(sentence, question.span) == "Coastal Fisheries Authority (CFA)"
