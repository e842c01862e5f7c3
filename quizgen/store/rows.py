"""Mapping between database rows and quizgen's types: times, schedules, reviews, questions.

No SQL here: the repository runs the queries and hands the rows to these functions.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from quizgen.models import Question
from quizgen.srs import Grade, Schedule, require_utc
from quizgen.store.records import Review, in_time_range

CONTENT_COLUMNS = (
    "question_id, article_id, article_title, kind, question, answer, aliases, choices, source, "
    "span_start, span_end, tags, shown_title"
)
"""A card's question, as `question_from_row` reads it after the row id."""
CONTENT_WIDTH = 14
"""How many values `SELECT id, CONTENT_COLUMNS` gives before any columns that follow."""
SCHEDULE_COLUMNS = "state, step, stability, difficulty, due, last_review"
"""A card's FSRS schedule, as `schedule_from_row` reads it."""


def stamp(when: dt.datetime) -> str:
    """A time as stored: fixed-width ISO 8601 in UTC, so text order is time order."""
    return require_utc(when).isoformat(timespec="microseconds")


def parse_time(text: str | None) -> dt.datetime | None:
    """A stored time; None also for one that cannot be read or is out of range (a bad row is
    passed over, not a reason for `stats` or `review` to fail for good)."""
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return when if in_time_range(when) else None


def schedule_from_row(row: Sequence[Any]) -> Schedule:
    """A stored schedule; a damaged one counts as a new card's, so the card can be learned again."""
    state, step, stability, difficulty, due, last_review = row
    try:
        return Schedule(state, step, stability, difficulty, parse_time(due), parse_time(last_review))
    except (TypeError, ValueError):
        return Schedule()


def schedule_values(schedule: Schedule) -> tuple[Any, ...]:
    """The SCHEDULE_COLUMNS values for `schedule`."""
    return (
        schedule.state,
        schedule.step,
        schedule.stability,
        schedule.difficulty,
        stamp(schedule.due) if schedule.due else None,
        stamp(schedule.last_review) if schedule.last_review else None,
    )


def review_from_row(row: Sequence[Any]) -> Review:
    at, grade, correct, mode, typed, duration_ms = row
    return Review(dt.datetime.fromisoformat(at), Grade(grade), bool(correct), mode, typed, duration_ms)


def readable_review(row: Sequence[Any]) -> Review | None:
    """`review_from_row`, or None for a row that cannot be read or has a time out of range."""
    try:
        review = review_from_row(row)
    except (TypeError, ValueError):
        return None
    return review if in_time_range(review.reviewed_at) else None


def review_key(review: Review) -> tuple[Any, ...]:
    """What makes two logged reviews the same one (importing twice adds nothing twice)."""
    return (
        stamp(review.reviewed_at),
        int(review.grade),
        review.correct,
        review.mode,
        review.typed,
        review.duration_ms,
    )


def question_values(question: Question, title: str) -> tuple[Any, ...]:
    """The CONTENT_COLUMNS values for `question` from an article titled `title`."""
    span = question.span or (None, None)
    return (
        question.id,
        question.article,
        title,
        question.kind,
        question.question,
        question.answer,
        json.dumps(list(question.aliases), ensure_ascii=False),
        json.dumps(list(question.choices), ensure_ascii=False),
        question.source,
        span[0],
        span[1],
        json.dumps(list(question.tags), ensure_ascii=False),
        question.shown_title,
    )


def question_from_row(row: Sequence[Any]) -> Question:
    """(id, question_id, article_id, article_title, kind, question, answer, aliases, choices,
    source, span_start, span_end, tags, shown_title) → Question."""
    (_, qid, article, _title, kind, text, answer, aliases, choices, source, start, end, tags, shown) = row[
        :CONTENT_WIDTH
    ]
    return Question(
        id=qid,
        article=article,
        kind=kind,
        question=text,
        answer=answer,
        aliases=strings(aliases),
        choices=strings(choices),
        source=source,
        span=(start, end) if start is not None and end is not None else None,
        tags=strings(tags),
        shown_title=shown,
    )


_DECODER = json.JSONDecoder()


def strings(text: str) -> tuple[str, ...]:
    """A stored JSON list as a tuple; the decoder is called directly (json.loads's wrapper and
    whitespace check cost more than the decoding on short lists read by the thousand)."""
    if text == "[]":
        return ()
    return tuple(_DECODER.raw_decode(text)[0])
