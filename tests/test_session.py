"""Quiz session rules: order, formats, Learn rounds, re-queued misses, score and retry."""

from __future__ import annotations

import pytest

from quizgen.errors import QuizgenError
from quizgen.models import Question
from quizgen.selection import QuizOptions, parse_kinds, pick_questions
from quizgen.session import QuizSession


def _questions(n: int, *, choices: bool = True) -> list[Question]:
    out = []
    for i in range(n):
        answer = f"Person {chr(65 + i)}"
        out.append(
            Question(
                id=f"q{i}",
                article="a",
                kind="quote" if i % 2 else "role",
                question=f"Who is number {i}?",
                answer=answer,
                choices=(answer, "Wrong One", "Wrong Two", "Wrong Three") if choices else (),
            )
        )
    return out


def _right_choice(session: QuizSession) -> int:
    prompt = session.prompt
    assert prompt is not None
    return prompt.choices.index(prompt.question.answer)


def _wrong_choice(session: QuizSession) -> int:
    prompt = session.prompt
    assert prompt is not None
    return next(i for i, c in enumerate(prompt.choices) if c != prompt.question.answer)


def test_seed_fixes_question_and_choice_order() -> None:
    qs = _questions(6)
    options = QuizOptions(mode="mcq", seed=7)
    first = pick_questions(qs, options)
    assert [q.id for q in first] == [q.id for q in pick_questions(qs, options)]
    assert [q.id for q in first] != [q.id for q in pick_questions(qs, QuizOptions(mode="mcq", seed=8))]
    a, b = QuizSession(first, "mcq", seed=3), QuizSession(first, "mcq", seed=3)
    assert a.prompt == b.prompt


def test_count_and_kinds_filter() -> None:
    picked = pick_questions(_questions(6), QuizOptions(count=2, kinds=("quote",), seed=1))
    assert len(picked) == 2 and {q.kind for q in picked} == {"quote"}


def test_parse_kinds_rejects_unknown_kind() -> None:
    assert parse_kinds("quote, Role,quote") == ("quote", "role")
    with pytest.raises(QuizgenError, match="unknown question kind 'weather'"):
        parse_kinds("quote,weather")


def test_options_reject_unknown_mode() -> None:
    with pytest.raises(QuizgenError, match="unknown mode"):
        QuizOptions(mode="essay")


def test_mcq_single_pass_score_and_missed() -> None:
    qs = _questions(3)
    session = QuizSession(qs, "mcq", seed=1)
    session.answer_choice(_right_choice(session))
    session.advance()
    session.answer_choice(_wrong_choice(session))
    missed_question = session.prompt.question if session.prompt else None
    session.advance()
    session.answer_choice(_right_choice(session))
    session.advance()
    assert session.finished
    results = session.results()
    assert (results.right, results.total) == (2, 3)
    assert results.missed == (missed_question,)
    assert sum(k.total for k in results.by_kind) == 3


def test_retry_asks_only_the_missed_questions() -> None:
    session = QuizSession(_questions(3), "mcq", seed=2)
    for answer in (_wrong_choice, _right_choice, _wrong_choice):
        session.answer_choice(answer(session))
        session.advance()
    missed = session.results().missed
    retry = QuizSession(missed, "mcq", seed=2)
    asked = []
    while not retry.finished:
        assert retry.prompt is not None
        asked.append(retry.prompt.question.id)
        retry.answer_choice(_right_choice(retry))
        retry.advance()
    assert sorted(asked) == sorted(q.id for q in missed)
    assert retry.results().right == 2


def test_typed_override_counts_and_is_remembered() -> None:
    q = _questions(1)[0]
    session = QuizSession([q, *_questions(2)[1:]], "typed", seed=0)
    while session.prompt and session.prompt.question.id != "q0":
        session.answer_typed(session.prompt.question.answer)
        session.advance()
    attempt = session.answer_typed("the first person")
    assert not attempt.correct and session.can_override
    overridden = session.override()
    assert overridden.correct and overridden.overridden
    assert session.learner_aliases("q0") == ("the first person",)
    assert session.advance().correct


def test_empty_typed_answer_is_wrong_and_cannot_be_overridden() -> None:
    session = QuizSession(_questions(1), "typed")
    assert not session.answer_typed("  ").correct
    assert not session.can_override


def test_flash_grades_again_as_missed() -> None:
    session = QuizSession(_questions(2), "flash", seed=0)
    first = session.prompt.question if session.prompt else None
    assert session.answer_flash(1).correct is False
    session.advance()
    assert session.answer_flash(3).correct
    session.advance()
    assert session.finished and session.results().missed == (first,)


def test_question_without_choices_is_typed_even_in_mcq_mode() -> None:
    session = QuizSession(_questions(1, choices=False), "mcq")
    assert session.prompt is not None and session.prompt.format == "typed"


def test_learn_rounds_of_seven_mc_then_typed() -> None:
    session = QuizSession(_questions(9), "mixed", seed=4)
    formats = []
    while session.prompt is not None:
        formats.append(session.prompt.format)
        session.answer_choice(_right_choice(session))
        session.advance()
    assert formats == ["mcq"] * 7
    assert session.round_over and not session.finished
    summary = session.round_summary()
    assert (summary.round, summary.asked, summary.right, summary.familiar, summary.mastered) == (
        1,
        7,
        7,
        7,
        0,
    )
    session.next_round()
    # Round 2: the seven now familiar questions, typed.
    assert session.prompt is not None and session.prompt.format == "typed"


def test_learn_missed_question_comes_back_at_end_of_round_as_mcq() -> None:
    session = QuizSession(_questions(3), "mixed", seed=5)
    assert session.prompt is not None
    first = session.prompt.question.id
    session.answer_choice(_wrong_choice(session))
    session.advance()
    order = []
    while session.prompt is not None:
        order.append((session.prompt.question.id, session.prompt.format))
        session.answer_choice(_right_choice(session))
        session.advance()
    assert order[-1] == (first, "mcq") and len(order) == 3
    assert session.results().missed[0].id == first


def test_learn_finishes_when_every_question_typed_right() -> None:
    session = QuizSession(_questions(2), "mixed", seed=6)
    rounds = 0
    while not session.finished:
        if session.round_over:
            session.next_round()
        rounds += 1
        assert rounds < 20
        prompt = session.prompt
        assert prompt is not None
        if prompt.format == "mcq":
            session.answer_choice(_right_choice(session))
        else:
            session.answer_typed(prompt.question.answer)
        session.advance()
    results = session.results()
    assert (results.right, results.total, results.attempts) == (2, 2, 4)
    assert session.progress() == (4, 4)


def test_learn_typed_miss_goes_back_to_multiple_choice() -> None:
    session = QuizSession(_questions(1), "mixed", seed=0)
    session.answer_choice(_right_choice(session))
    session.advance()
    session.next_round()
    assert session.prompt is not None and session.prompt.format == "typed"
    session.answer_typed("nobody")
    session.advance()
    assert session.prompt is not None and session.prompt.format == "mcq"


def test_answering_twice_is_refused() -> None:
    session = QuizSession(_questions(2), "mcq")
    session.answer_choice(0)
    with pytest.raises(RuntimeError):
        session.answer_choice(0)
