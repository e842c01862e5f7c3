"""A quotation that opens with its own verb is asked with the subject the article set before it."""

from __future__ import annotations

from invented_articles import questions_of_texts


def test_the_subject_outside_the_quotation_marks_comes_back() -> None:
    bank = questions_of_texts(
        {"ferry": 'Harbour councillor Ann Ruiz said the timetable "is a disgrace - and everyone knows it."'}
    )
    asked = [q.question for q in bank.questions if q.answer == "Ann Ruiz"]
    assert any("said the timetable \u201cis a disgrace" in q or 'said the timetable "is a disgrace' in q for q in asked)
    assert not any(q.startswith(("Who said \u201cis", 'Who said "is')) for q in asked), asked


def test_a_that_clause_keeps_its_that() -> None:
    from quizgen.questions.quoted_subject import with_quoted_subject

    source = 'Holm admitted on Monday that the new hull, which cost 2 million, "could have failed in a storm".'
    asked = with_quoted_subject("When did Holm admit \u201ccould have failed in a storm\u201d?", source)
    assert asked == "When did Holm admit that the new hull \u201ccould have failed in a storm\u201d?"


def test_a_quotation_that_already_has_its_subject_is_left_alone() -> None:
    from quizgen.questions.quoted_subject import with_quoted_subject

    question = 'Who said that the mayor "is the only person trying this at the moment"?'
    source = 'Ruiz said that the mayor "is the only person trying this at the moment".'
    assert with_quoted_subject(question, source) == question
