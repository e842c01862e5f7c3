"""End to end on the founding article: properties every generated bank must have (no fixed answers)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from quizgen.locations import seed_article
from quizgen.models import KINDS, Article, Question, QuestionBank
from quizgen.pipeline import generate_bank, questions_for
from quizgen.questions.quality import normal, problem


@pytest.fixture(scope="module")
def runs() -> tuple[QuestionBank, QuestionBank]:
    path = str(seed_article())
    return generate_bank([path]), generate_bank([path])


@pytest.fixture(scope="module")
def bank(runs: tuple[QuestionBank, QuestionBank]) -> QuestionBank:
    return runs[0]


def test_many_questions_of_every_kind(bank: QuestionBank) -> None:
    kinds = Counter(q.kind for q in bank.questions)
    assert len(bank.questions) >= 25
    assert set(kinds) == set(KINDS), kinds


def test_two_runs_give_the_same_questions(runs: tuple[QuestionBank, QuestionBank]) -> None:
    first, second = runs
    assert [q.to_dict() for q in first.questions] == [q.to_dict() for q in second.questions]


def test_ids_and_texts_are_unique(bank: QuestionBank) -> None:
    ids = [q.id for q in bank.questions]
    texts = [normal(q.question) for q in bank.questions]
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts), [t for t, n in Counter(texts).items() if n > 1]


def test_every_question_passes_the_quality_gate(bank: QuestionBank) -> None:
    article_id = bank.articles[0].id
    for q in bank.questions:
        assert problem(q.question, q.answer, list(q.aliases)) is None, q.question
        assert q.article == article_id
        assert q.kind in q.tags and q.source


def test_choices_hold_the_answer_once_and_no_alias(bank: QuestionBank) -> None:
    with_choices = [q for q in bank.questions if q.choices]
    assert len(with_choices) >= len(bank.questions) // 2
    for q in with_choices:
        assert q.choices.count(q.answer) == 1, q
        assert len(set(map(normal, q.choices))) == len(q.choices), q.choices
        wrong = {normal(c) for c in q.choices if c != q.answer}
        assert not wrong & {normal(a) for a in q.aliases}, q


def test_answer_span_points_into_the_source(bank: QuestionBank) -> None:
    for q in bank.questions:
        if q.span is not None:
            start, end = q.span
            assert 0 <= start < end <= len(q.source), q


# --- our own articles of the same genre (tests/data/genre) --------------------------------------

GENRE = Path(__file__).parent / "data" / "genre"


@pytest.fixture(scope="module")
def genre() -> QuestionBank:
    return generate_bank([str(GENRE)])


def by_article(bank: QuestionBank, stem: str) -> list[Question]:
    return [q for q in bank.questions if q.article == stem]


def test_genre_articles_all_get_questions_that_pass_the_gate(genre: QuestionBank) -> None:
    assert len(genre.articles) == 6
    assert all(a.published is not None for a in genre.articles)
    for article in genre.articles:
        assert len(by_article(genre, article.id)) >= 8, article.id
    for q in genre.questions:
        assert problem(q.question, q.answer, list(q.aliases)) is None, q.question
        if q.choices:
            assert q.choices.count(q.answer) == 1, q


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("alternative is closing care homes", "Mark Reynolds"),  # "…," Mr Reynolds told the meeting
        ("building had cost", "Sarah Collins"),  # She said …
        ("paying for the council's mistakes", "Sarah Collins"),  # "…," Ms Collins added
        ("aged over 85", "Anil Kapoor"),  # He said … (after "Dr Anil Kapoor, a health economist …")
    ],
    ids=["mr-surname", "she", "ms-surname-added", "he-after-dr"],
)
def test_politics_speakers_are_resolved(genre: QuestionBank, words: str, speaker: str) -> None:
    found = [q for q in by_article(genre, "4-politics") if q.kind == "quote" and words in q.question]
    assert [q.answer for q in found] == [speaker]


def test_press_release_co_organisers_each_asked(genre: QuestionBank) -> None:
    members = {"Coastal Towns Association", "Ocean Care Foundation", "Seabright University"}
    found = {q.answer: q for q in by_article(genre, "3-gov-press-release") if "co-organized" in q.question}
    assert set(found) == members
    for answer, q in found.items():
        assert not (set(q.choices) - {answer}) & members


def test_sports_pronoun_is_not_given_to_the_wrong_person(genre: QuestionBank) -> None:
    found = [q for q in by_article(genre, "5-sports-federation") if "squad of 42 rowers" in q.question]
    assert not [q for q in found if "Graham Doyle" in q.question or q.answer == "Graham Doyle"]


def test_organisation_answers_are_never_people(genre: QuestionBank) -> None:
    for q in by_article(genre, "6-tech-earnings"):
        if q.kind in ("org-event", "number"):  # "the company" must stand for Veltrix, not its chief executive
            assert q.answer != "Reyes" and "Reyes" not in q.question, q.question


#: Question shapes that are never English: a relative pronoun left as the subject ("did who retire"),
#: and the infinitive "to" inverted like an auxiliary ("By when to the facility open?").
BROKEN = re.compile(
    r"\b(did|does|do|has|have|had|is|was|were|will|would) (who|which)\b"
    r"|^(By when|By what percentage|When|How many \w+) to (the|a|an)\b"
)


def test_genre_questions_have_no_broken_shapes(genre: QuestionBank) -> None:
    broken = [q.question for q in genre.questions if BROKEN.search(q.question)]
    assert broken == []


def test_a_long_article_is_parsed_in_pieces_and_loses_no_fact(monkeypatch: pytest.MonkeyPatch) -> None:
    """Above the piece size the article is split at paragraphs; facts from every piece survive."""
    import quizgen.nlp

    names = [
        "Maria Okafor",
        "Tomas Lindqvist",
        "Priya Raman",
        "Daniel Brooks",
        "Helen Marsh",
        "Anil Kapoor",
        "Grace Antwi",
        "Laura Pennington",
        "Michael Osei",
        "Ingrid Solberg",
        "Sarah Collins",
        "Amy Liu",
    ]
    towns = [
        "Westhaven",
        "Portmere",
        "Ashford",
        "Lucerne",
        "Tromso",
        "Harlow",
        "Seabright",
        "Accra",
        "Nottingham",
        "Cresswell",
        "Brayton",
        "Kilcoole",
    ]
    paragraphs = [
        f'"The harbour works in {town} will finish in the spring," said {name}.'
        for name, town in zip(names, towns, strict=True)
    ]
    text = "\n\n".join(paragraphs)
    monkeypatch.setattr(quizgen.nlp, "CHUNK_CHARS", len(text) // 4)
    assert len(quizgen.nlp.chunks(text, quizgen.nlp.CHUNK_CHARS)) >= 4
    bank = questions_for([Article(id="long", title="Long", published=None, path="-", text=text)])
    speakers = {q.answer for q in bank.questions if q.kind == "quote"}
    assert len(speakers) == 12


def test_chained_prefixes_and_impossible_dates_do_not_stop_generation() -> None:
    text = (
        "The council rejected a non-co-operative plan on February 29.\n\n"
        '"We will co-sponsor the new library," said Maria Okafor, mayor of Westhaven.'
    )
    bank = questions_for([Article(id="odd", title="Odd", published=dt.date(2023, 3, 1), path="-", text=text)])
    assert any(q.answer == "Maria Okafor" for q in bank.questions)


def test_progress_is_reported_after_each_article() -> None:
    texts = ['"The bridge will open in May," said Maria Okafor.', '"Fares will not rise," said Tomas Lindqvist.']
    articles = [Article(id=f"a{i}", title="T", published=None, path="-", text=t) for i, t in enumerate(texts)]
    seen: list[tuple[int, int]] = []
    bank = questions_for(articles, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    assert {q.article for q in bank.questions} == {"a0", "a1"}
