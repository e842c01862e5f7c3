"""A weekday the tagger glued to a name ("On Sunday Marsh said …" → "Sunday Marsh") is no person."""

from __future__ import annotations

from quizgen.questions.answer_types import clean_person
from quizgen.questions.quality import problem


def test_a_speaker_named_with_a_weekday_is_not_asked() -> None:
    assert problem('Who said "the plan is a costly mistake"?', "Sunday Marsh", []) is not None


def test_weekday_dates_and_real_names_are_still_answers() -> None:
    for answer in ("Sunday night", "Sunday, March 3", "Sunday March", "May Chen", "Paul Marsh"):
        assert problem("When did the board meet?", answer, []) is None, answer


def test_a_weekday_glued_name_is_no_false_option() -> None:
    assert clean_person("Sunday Marsh") is None
    assert clean_person("Paul Marsh") == "Paul Marsh"


def test_a_scale_word_alone_is_no_answer() -> None:
    # "A million women missed screening" must not be asked with the answer "million"
    assert problem("How many women missed screening?", "million", []) is not None
    assert problem("How many women missed screening?", "a million", []) is None
