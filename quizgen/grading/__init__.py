"""Is this typed answer right? Lenient where learners expect it, strict where it matters.

Three parts: `verdict` (the ordered checks and `grade_answer`), `values` (numbers and dates,
compared as values) and `diff` (the character diff the feedback panel shows). Headless: no
Textual; dateparser is imported on first use.
"""

from __future__ import annotations

from quizgen.grading.diff import DiffPart, diff_answer
from quizgen.grading.values import DateValue, parse_date_value, parse_number, warm_up
from quizgen.grading.verdict import (
    PERSON_KINDS,
    PERSON_TITLES,
    Verdict,
    accepted_forms,
    accepted_texts,
    acronym,
    asks_for_person,
    edit_budget,
    grade_answer,
)
from quizgen.text import normalize

__all__ = [
    "PERSON_KINDS",
    "PERSON_TITLES",
    "DateValue",
    "DiffPart",
    "Verdict",
    "accepted_forms",
    "accepted_texts",
    "acronym",
    "asks_for_person",
    "diff_answer",
    "edit_budget",
    "grade_answer",
    "normalize",
    "parse_date_value",
    "parse_number",
    "warm_up",
]
