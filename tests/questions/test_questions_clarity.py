"""Questions read away from their article: a bare "the accord" is named or the question is not asked,
a person's own posts are never offered as false options, names keep
their capitals, a cut aside leaves no comma, the source of "she said" shows who she is, and an
unnamed source or an aim with nothing to check is not asked."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.facts.fact_types import RoleFact
from quizgen.models import Article, Question, QuestionBank
from quizgen.pipeline import questions_for
from quizgen.questions.cased import stray_commas
from quizgen.questions.descriptions import _named
from quizgen.questions.draft import Draft
from quizgen.questions.own_posts import bare_post_accepted, own_posts
from quizgen.questions.speaker_source import with_speaker_named
from quizgen.questions.vague import worth_asking

ROCKET = (
    "A rocket carrying two weather satellites lifted off from Dunmore on Tuesday. Ann Lee, head of the "
    "Velmora Space Agency, said the rocket reached orbit 12 minutes later."
)
ARTICLES = {
    "accord": (
        "Currencies steady after talks",
        "Finance ministers of five nations signed the Harwick accord in March to steady their currencies. Tom "
        "Pell, the finance minister of Velmora, said on Monday that the accord was still working and that "
        "rates would hold.",
    ),
    "rocket": ("Velmora launches two weather satellites", ROCKET),
    "headline": ("Velmora rocket lifts two weather satellites", ROCKET),
    "capital": (
        "Velmora slows",
        "Velmoran economic growth is expected to slow further in 2025, economists said. The Velmoran "
        "government said exports fell 4% in May.",
    ),
    "speaker": (
        "Ferry fares to fall",
        "Ann Lee, director of the Harwick Ferry Trust, visited the new pier on Monday. The fares will fall by "
        "5% in May, she said.",
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    articles = [
        Article(id=key, title=title, published=dt.date(2024, 6, 12), path=f"{key}.txt", text=text)
        for key, (title, text) in ARTICLES.items()
    ]
    return questions_for(articles)


def asked(bank: QuestionBank, article: str) -> dict[str, Question]:
    return {q.question: q for q in bank.questions if q.article == article}


def test_the_accord_is_named_by_the_one_accord_the_article_names(bank: QuestionBank) -> None:
    questions = asked(bank, "accord")
    assert "Who said that the Harwick accord was still working and that rates would hold?" in questions, questions
    assert not [q for q in questions if "the accord" in q], questions


def test_a_bare_rocket_is_asked_only_under_a_headline_that_names_it(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "rocket") if "the rocket" in q]
    assert "Who said that the rocket reached orbit 12 minutes later?" in asked(bank, "headline")


@pytest.mark.parametrize(
    ("question", "title", "text", "asked_as"),
    [
        (
            "When was the ranking released?",
            "x",
            "The annual Harwick Ports Index ranks 40 ports.",
            "the Harwick Ports Index",
        ),
        (
            "When did the rocket reach orbit?",
            "Dunmore satellites",
            "The Calder 5 rocket lifted off.",
            "the Calder 5 rocket",
        ),
        ("When did the rocket reach orbit?", "Dunmore satellites", "The rocket lifted off.", None),
        ("On how many scores is the ranking based?", "Velmora tops the index", "Ports were ranked.", "the ranking"),
        ("When did the rocket engine fail?", "Dunmore satellites", "The rocket lifted off.", "the rocket engine"),
        ("When was the treaty on fishing signed?", "x", "The treaty came on Monday.", "the treaty on fishing"),
    ],
)
def test_described_things(question: str, title: str, text: str, asked_as: str | None) -> None:
    article = Article(id="a", title=title, published=None, path="a.txt", text=text)
    named = _named(question, article)  # named from the article, kept under a headline that names it, else None
    assert (named is None) if asked_as is None else (named is not None and asked_as in named), named


def test_proper_adjectives_keep_their_capitals(bank: QuestionBank) -> None:
    questions = asked(bank, "capital")
    assert "In what year is Velmoran economic growth expected to slow further?" in questions, questions


def test_a_comma_of_a_cut_aside_goes_with_it() -> None:
    sentence = "The agency said output, the sum of all goods sold, grew 3 pct in May."
    assert stray_commas("Which agency said that output, grew 3 pct in May?", sentence) == (
        "Which agency said that output grew 3 pct in May?"
    )
    assert stray_commas("In May, how much did output grow?", "In May, output grew 3 pct.") == (
        "In May, how much did output grow?"
    )


def test_the_source_of_she_said_shows_the_sentence_naming_her(bank: QuestionBank) -> None:
    q = asked(bank, "speaker")["Who said that the fares will fall by 5% in May?"]
    assert q.source.startswith("Ann Lee, director of the Harwick Ferry Trust, visited") and q.source.endswith(
        "she said."
    )
    assert q.span is not None and q.source[q.span[0] : q.span[1]] == "Ann Lee"


def test_a_far_naming_sentence_is_joined_with_an_ellipsis() -> None:
    text = "Ann Lee runs the Harwick Ferry Trust. Ferries were late all winter. Fares will fall, she said."
    article = Article(id="a", title="t", published=None, path="a.txt", text=text)
    q = Question(id="q", article="a", kind="quote", question="Who said that fares will fall?", answer="Ann Lee",
                 source="Fares will fall, she said.")  # fmt: skip
    (shown,) = with_speaker_named(article, [q])
    assert shown.source == "Ann Lee runs the Harwick Ferry Trust. … Fares will fall, she said."


def _role(person: str, role: str, *others: str) -> RoleFact:
    return RoleFact(key=f"role|{person}|{role}", sentence="", answer_span=None, person=person,
                    person_aliases=(person.split()[-1],), role=role, role_display=None, org=None, org_aliases=(),
                    org_prep="of", head=role.split()[-1], shared=False, org_is_place=False, qualified=True,
                    other_posts=others)  # fmt: skip


@pytest.mark.parametrize("post", ["former mayor of Dunmore", "then mayor of Dunmore", "late mayor of Dunmore"])
def test_a_post_held_once_also_accepts_the_post_without_former(post: str) -> None:
    fact = _role("Sam Oake", post)
    draft = Draft(fact, "post", "What post did Sam Oake hold?", post, [], "role")
    bare_post_accepted(draft)
    assert draft.answer == post and "mayor of Dunmore" in draft.aliases


def test_the_persons_own_posts_are_never_false_options() -> None:
    fact = _role("Sam Oake", "former mayor of Dunmore")
    other = _role("Oake", "chairman of Calder Holdings")
    draft = Draft(fact, "post", "What post did Sam Oake hold?", "former mayor of Dunmore", [], "role")
    kept_out = own_posts(draft, [fact, other, _role("Ann Lee", "governor of Velmora")])
    assert "chairman of Calder Holdings" in kept_out and "governor of Velmora" not in kept_out


@pytest.mark.parametrize(
    ("question", "answer", "kept"),
    [
        ("Who said that output fell in May?", "a source close to the ministry", False),
        ("Who said that output fell in May?", "Ann Lee", True),
        ('Which organization said it was striving to become a "top-class player"?', "Calder Holdings", False),
        ("Which organization said it was striving to become a \u201cTop-class player\u201d?", "Calder Holdings", False),
        ("Which organization said it is hoping to become the largest ferry operator in Velmora?", "Calder", True),
        ("Which organization said it is aiming to be profitable by 2026?", "Calder Holdings", True),
    ],
)
def test_vague_statements(question: str, answer: str, kept: bool) -> None:
    q = Question(id="q", article="a", kind="quote", question=question, answer=answer)
    assert bool(worth_asking([q])) is kept
