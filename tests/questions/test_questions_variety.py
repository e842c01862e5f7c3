"""Fewer near-duplicates: two questions at most about one person's posts; reverse pairs in different sittings."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.giveaways import apart, reverse_pair
from quizgen.models import Article, Question
from quizgen.pipeline import questions_for
from quizgen.questions import variety
from quizgen.selection import QuizOptions, pick_questions

TWO_POSTS = Article(
    id="ferry",
    title="Ferry terminal opens",
    published=dt.date(2024, 6, 10),
    path="-",
    text="Lena Fischer, chief executive of the Harbour Transit Authority and chairwoman of the Coastal Towns "
    "Association, opened the new ferry terminal in Westhaven on Monday.\n\n"
    '"The terminal will serve 4,000 passengers a day," Fischer said.',
)


def _about_fischer(questions: list[Question]) -> list[Question]:
    return [q for q in questions if q.kind == "role" and "Lena Fischer" in _texts(q)]


def _texts(q: Question) -> str:
    return f"{q.question} {q.answer}"


def test_at_most_two_questions_about_one_persons_posts_one_per_post(monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _about_fischer(list(questions_for([TWO_POSTS]).questions))
    assert len(kept) == 2
    assert any("Harbour Transit" in _texts(q) for q in kept) and any("Coastal Towns" in _texts(q) for q in kept)
    monkeypatch.setattr(variety, "MAX_PER_PERSON", 10)
    assert len(_about_fischer(list(questions_for([TWO_POSTS]).questions))) > 2


def _q(qid: str, question: str, answer: str, article: str = "a", *aliases: str) -> Question:
    return Question(id=qid, article=article, kind="role", question=question, answer=answer, aliases=aliases)


POST = _q("post", "What post does Omar Haddad hold at the Harbour Trust?", "chairman")
HOLDER = _q("holder", "Who is the chairman of the Harbour Trust?", "Omar Haddad", "a", "Haddad")
ORG = _q("org", "Which organization is Omar Haddad the chairman of?", "Harbour Trust")
OTHER = _q("other", "Who is the mayor of Westhaven?", "Grace Ellison")


@pytest.mark.parametrize(
    ("a", "b", "pair"),
    [
        (POST, HOLDER, True),
        (HOLDER, ORG, True),
        (POST, OTHER, False),
        (HOLDER, OTHER, False),
        (POST, _q("holder", HOLDER.question, HOLDER.answer, "another-article"), False),
    ],
    ids=["post-and-holder", "holder-and-org", "unrelated", "other-person", "other-article"],
)
def test_reverse_pair(a: Question, b: Question, pair: bool) -> None:
    assert reverse_pair(a, b) is pair
    assert reverse_pair(b, a) is pair


@pytest.mark.parametrize("seed", range(12))
def test_a_sitting_never_asks_both_halves_of_a_reverse_pair(seed: int) -> None:
    picked = pick_questions([POST, HOLDER, OTHER], QuizOptions(seed=seed))
    assert OTHER in picked and len(picked) == 2
    assert pick_questions([POST, HOLDER, OTHER], QuizOptions(seed=seed, count=1))[0] in (POST, HOLDER, OTHER)


FIRST = _q("first", "Which of these organizations is the fair funded by?", "Port Board")
BESIDES = _q("besides", "Besides the Port Board, which of these organizations is the fair funded by?", "Lune Trust")
SAID = _q("said", "Who said the ferry fares would rise?", "Omar Haddad", "a", "Haddad")
DATED = _q("dated", "When did Omar Haddad say the ferry fares would rise?", "Tuesday")
THEN_POST = _q("then-post", "At the time of writing, what post did Haddad hold?", "chairman")
THEN_HOLDER = _q("then-holder", "At the time of writing, who was the chairman of the Port Board?", "Lena Ortiz")


@pytest.mark.parametrize(
    ("a", "b", "kept_apart"),
    [
        (BESIDES, FIRST, True),
        (DATED, SAID, True),
        (POST, SAID, False),
        (BESIDES, OTHER, False),
        (THEN_HOLDER, THEN_POST, False),
    ],
    ids=[
        "besides-names-the-first-answer",
        "date-names-the-speaker",
        "same-person-other-matter",
        "unrelated",
        "same-post-other-body",
    ],
)
def test_a_question_naming_anothers_answer_about_the_same_matter_is_kept_apart(
    a: Question, b: Question, kept_apart: bool
) -> None:
    """One way is enough: met first, "Besides the Port Board, …?" tells the answer of "Which of these …?"."""
    assert apart(a, b) is kept_apart
    assert apart(b, a) is kept_apart


@pytest.mark.parametrize("seed", range(12))
def test_a_sitting_never_asks_a_question_with_one_that_gives_its_answer_away(seed: int) -> None:
    picked = pick_questions([FIRST, BESIDES, SAID, DATED, POST], QuizOptions(seed=seed))
    assert len(picked) == 3 and POST in picked
    assert not {FIRST, BESIDES} <= set(picked) and not {SAID, DATED} <= set(picked)
