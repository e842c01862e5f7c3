"""An undated story's weekday question opens "On what day of the week …": its own "the week" is no
week the sentence introduced, so "a week after the flood" in the sentence does not stop it."""

from __future__ import annotations

from invented_articles import date_questions


def test_a_week_in_the_sentence_does_not_block_the_weekday_question() -> None:
    text = (
        "Lindmoor district council on Wednesday reopened the Old Mill bridge to cyclists, "
        "a week after engineers found rust in its main span."
    )
    asked = {q.question: q.answer for q in date_questions(text, None)}
    question = "On what day of the week did Lindmoor district council reopen the Old Mill bridge to cyclists?"
    assert asked == {question: "Wednesday"}
