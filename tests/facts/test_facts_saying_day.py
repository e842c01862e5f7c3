"""The day or the occasion of a saying, written right after the speech verb, is the saying's, not the
reported clause's (sentences invented): "Kestrel said on Tuesday it would cut 2,500 jobs" reported
"that on Tuesday it would cut 2,500 jobs", a different claim (the cut was not on Tuesday)."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Motors said on Tuesday it would cut 2,500 jobs at its Orvik plant.",
        "Kestrel Motors said late on Friday it would cut 2,500 jobs at its Orvik plant.",
        "Kestrel Motors said in a statement it would cut 2,500 jobs at its Orvik plant.",
    ],
)
def test_the_sayings_day_stays_out_of_what_was_said(sentence: str) -> None:
    asked = [q.question for q in questions_of_text(f"Car jobs\n\n{sentence} Kestrel Motors employs 31,000 people.")]
    said = [q for q in asked if q.startswith("Which organization said")]
    assert said == ["Which organization said that it would cut 2,500 jobs at its Orvik plant?"], asked
