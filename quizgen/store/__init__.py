"""The review store: cards, FSRS schedules and the review log in one SQLite file.

`store/` holds the only SQL in quizgen; callers get `quizgen.models` and `quizgen.srs` types.
"""

from quizgen.store.records import CardHistory, Review
from quizgen.store.repository import ReviewStore
from quizgen.store.transfer import MergeResult

__all__ = ["CardHistory", "MergeResult", "Review", "ReviewStore"]
