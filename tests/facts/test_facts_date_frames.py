"""A verb that frames the clause before it ("…, a court heard on Tuesday") is no event a question can
ask alone: "When did a court hear?" loses what was heard, so it is not asked."""

from __future__ import annotations

from invented_articles import date_questions


def test_a_frame_verb_without_what_it_frames_is_not_asked() -> None:
    text = "The Redford Hospitals NHS Trust broke safety rules on its wards, a court heard on Monday."
    assert not [q for q in date_questions(text) if q.question.rstrip("?").endswith(("hear", "heard"))]


def test_a_saying_verb_keeps_what_was_said() -> None:
    text = (
        "Fares will rise next month, the Orvia transport ministry said on Monday. The ministry runs the rail network."
    )
    assert "When did the Orvia transport ministry say that fares will rise next month?" in {
        q.question for q in date_questions(text)
    }
