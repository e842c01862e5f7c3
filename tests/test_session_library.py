"""Session rules behind the learner's controls: undo, suspend mid-sitting, I don't know, resume."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Question
from quizgen.session import Learning, QuizSession
from quizgen.tui.widgets.flash_card import short_interval


def questions(n: int) -> list[Question]:
    return [
        Question(
            id=f"q{i}",
            article="a",
            kind="role",
            question=f"Who is number {i}?",
            answer=f"Person {i}",
            choices=(f"Person {i}", "Wrong One", "Wrong Two", "Wrong Three"),
        )
        for i in range(n)
    ]


def right(session: QuizSession) -> int:
    assert session.prompt is not None
    return session.prompt.choices.index(session.prompt.question.answer)


def test_undo_puts_back_the_question_order_and_score_exactly() -> None:
    session = QuizSession(questions(4), "mixed", seed=1)
    session.answer_choice(right(session))
    session.advance()
    before = (session.prompt, session.tally(), session.progress(), session.level(session.prompt.question.id))
    wrong = next(i for i in range(4) if i != right(session))
    session.answer_choice(wrong)
    session.advance()
    attempt, settled = session.undo()
    assert settled and not attempt.correct
    assert (session.prompt, session.tally(), session.progress(), session.level(session.prompt.question.id)) == before
    session.answer_choice(right(session))
    attempt, settled = session.undo()  # only on screen: nothing to put back
    assert not settled and session.pending is None and session.prompt == before[0]


def test_nothing_to_undo_at_the_start() -> None:
    session = QuizSession(questions(2), "mcq", seed=1)
    assert not session.can_undo
    with pytest.raises(RuntimeError):
        session.undo()


def test_a_dropped_question_is_not_asked_again_nor_scored() -> None:
    session = QuizSession(questions(3), "mixed", seed=1)
    dropped = session.drop_current()
    asked = []
    while not session.finished:
        if session.round_over:
            session.next_round()
            continue
        assert session.prompt is not None
        asked.append(session.prompt.question.id)
        if session.prompt.format == "mcq":
            session.answer_choice(right(session))
        else:
            session.answer_typed(session.prompt.question.answer)
        session.advance()
    assert dropped.id not in asked and session.results().total == 2


def test_i_dont_know_is_wrong_and_sends_the_question_back() -> None:
    session = QuizSession(questions(2), "mixed", seed=1)
    first = session.prompt.question  # type: ignore[union-attr]
    attempt = session.dont_know()
    assert not attempt.correct and attempt.response is None
    session.advance()
    assert session.level(first.id) == Learning.MISSED
    assert session.tally() == (0, 1)


def test_a_learn_session_resumes_from_known_levels_unless_all_were_recalled() -> None:
    qs = questions(3)
    resumed = QuizSession(qs, "mixed", seed=1, known={"q0": 2, "q1": 1})
    assert resumed.round_summary().mastered == 1
    assert resumed.prompt is not None and resumed.prompt.question.id != "q0"
    assert [resumed.level(q.id) for q in qs] == [2, 1, 0]
    fresh = QuizSession(qs, "mixed", seed=1, known={"q0": 2, "q1": 2, "q2": 2})
    assert fresh.round_summary().mastered == 0


@pytest.mark.parametrize(
    ("delta", "shown"),
    [
        (dt.timedelta(seconds=20), "1m"),
        (dt.timedelta(minutes=10), "10m"),
        (dt.timedelta(hours=5), "5h"),
        (dt.timedelta(days=4), "4d"),
        (dt.timedelta(days=45), "1.5mo"),
        (dt.timedelta(days=730), "2y"),
    ],
)
def test_intervals_are_shown_as_anki_does(delta: dt.timedelta, shown: str) -> None:
    assert short_interval(delta) == shown
