"""FSRS scheduling as learners meet it: right answers push cards away, wrong ones bring them back."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.srs import Grade, Schedule, Scheduler, grade_for, require_utc
from quizgen.store import ReviewStore

T0 = dt.datetime(2024, 3, 14, 12, tzinfo=dt.UTC)
MINUTE = dt.timedelta(minutes=1)
DAY = dt.timedelta(days=1)


@pytest.fixture
def scheduler() -> Scheduler:
    return Scheduler(fuzz=False)


def graduated(scheduler: Scheduler) -> Schedule:
    """A card answered right twice (learning steps done): now in review, due days later."""
    card = scheduler.review(Schedule(), Grade.GOOD, T0)
    return scheduler.review(card, Grade.GOOD, card.due)


@pytest.mark.parametrize(
    ("correct", "overridden", "grade"),
    [
        (True, False, Grade.GOOD),
        (True, True, Grade.HARD),
        (False, False, Grade.AGAIN),
        (False, True, Grade.AGAIN),
    ],
    ids=["right-good", "override-hard", "wrong-again", "wrong-even-if-flagged-again"],
)
def test_grade_for(correct: bool, overridden: bool, grade: Grade) -> None:
    assert grade_for(correct, overridden) is grade


def test_first_right_answer_moves_to_next_learning_step(scheduler: Scheduler) -> None:
    card = scheduler.review(Schedule(), Grade.GOOD, T0)
    assert card.state == "learning"
    assert card.due == T0 + 10 * MINUTE
    assert card.last_review == T0


def test_good_pushes_due_date_out_by_days_and_keeps_growing(scheduler: Scheduler) -> None:
    card = graduated(scheduler)
    assert card.state == "review"
    first_interval = card.due - card.last_review
    assert first_interval >= DAY
    again = scheduler.review(card, Grade.GOOD, card.due)
    assert again.due - again.last_review > first_interval


def test_again_brings_a_learned_card_back_within_minutes(scheduler: Scheduler) -> None:
    card = graduated(scheduler)
    lapsed = scheduler.review(card, Grade.AGAIN, card.due)
    assert lapsed.state == "relearning"
    assert card.due < lapsed.due <= card.due + 10 * MINUTE


@pytest.mark.parametrize("learned", [False, True], ids=["new-card", "review-card"])
def test_grades_order_the_next_due_date(scheduler: Scheduler, learned: bool) -> None:
    card = graduated(scheduler) if learned else Schedule()
    when = card.due or T0
    due = {grade: scheduler.review(card, grade, when).due for grade in Grade}
    assert due[Grade.AGAIN] < due[Grade.HARD] < due[Grade.GOOD] < due[Grade.EASY]


def test_scheduling_without_fuzz_is_repeatable() -> None:
    one, two = Scheduler(fuzz=False), Scheduler(fuzz=False)
    assert graduated(one) == graduated(two)


def test_naive_times_are_refused_with_a_clear_message(scheduler: Scheduler) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        scheduler.review(Schedule(), Grade.GOOD, dt.datetime(2024, 3, 14, 12))
    with ReviewStore.open(fuzz=False) as store, pytest.raises(ValueError, match="timezone-aware"):
        store.due_count(dt.datetime(2024, 3, 14, 12))


def test_other_timezones_are_converted_to_utc() -> None:
    tokyo = dt.timezone(dt.timedelta(hours=9))
    assert require_utc(dt.datetime(2024, 3, 14, 21, tzinfo=tokyo)) == T0
    assert require_utc(dt.datetime(2024, 3, 14, 21, tzinfo=tokyo)).tzinfo is dt.UTC


def test_schedule_round_trips_through_dict(scheduler: Scheduler) -> None:
    card = graduated(scheduler)
    assert Schedule.from_dict(card.to_dict()) == card


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stability", -2.0),
        ("stability", 0.0),
        ("stability", float("inf")),
        ("difficulty", 0.5),
        ("difficulty", 10.5),
        ("difficulty", float("nan")),
        ("step", -1),
    ],
    ids=[
        "negative-stability",
        "zero-stability",
        "infinite-stability",
        "difficulty-below-1",
        "difficulty-above-10",
        "difficulty-nan",
        "negative-step",
    ],
)
def test_schedule_outside_fsrs_range_is_refused(scheduler: Scheduler, field: str, value: float) -> None:
    """A hand-edited history must fail on import, not at the card's next review."""
    data = {**graduated(scheduler).to_dict(), field: value}
    with pytest.raises(ValueError, match=field):
        Schedule.from_dict(data)


def test_schedule_at_the_edges_of_fsrs_range_is_reviewed(scheduler: Scheduler) -> None:
    edge = Schedule.from_dict({**graduated(scheduler).to_dict(), "stability": 0.001, "difficulty": 10})
    after = scheduler.review(edge, Grade.GOOD, edge.due)
    assert after.due is not None and after.due > edge.due


def test_store_schedules_with_fsrs(sample_questions) -> None:
    """The store's due date after a review is the scheduler's."""
    question = sample_questions[0]
    with ReviewStore.open(fuzz=False) as store:
        due = store.record_review(question, Grade.GOOD, T0, correct=True, mode="mcq")
        assert due == T0 + 10 * MINUTE
        assert store.due_count(T0 + 9 * MINUTE) == 0
        assert store.due_count(due) == 1
        due = store.record_review(question, Grade.GOOD, due, correct=True, mode="mcq")
        assert due - (T0 + 10 * MINUTE) >= DAY
        assert store.schedule(question.id).state == "review"
        due = store.record_review(question, Grade.AGAIN, due, correct=False, mode="typed", typed="Okafur")
        assert store.schedule(question.id).state == "relearning"
        assert store.due_count(due) == 1


def test_fuzzing_is_on_by_default() -> None:
    """Real use spreads intervals; the same card reviewed many times does not always land on one day."""
    fuzzy = Scheduler()
    card = graduated(Scheduler(fuzz=False))
    later = card.due + 30 * DAY  # a long interval, where fuzz spans several days
    dues = {fuzzy.review(card, Grade.GOOD, later).due for _ in range(40)}
    assert len(dues) > 1
