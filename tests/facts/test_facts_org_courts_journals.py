"""A court named where a person was sentenced is asked as the court that sentenced; a court is asked
"Which court" among courts; a study that "appears in The Journal of X" is asked; a deed done "around the
area" is asked without the vague place; a "which" clause after a list is never asked of its last member."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

SHAPES = {
    "sentenced": (
        "Zhao Lirong, a former deputy director of the Ningbo port authority, was sentenced to 11 years in prison "
        "and fined 3 million yuan on Wednesday at the Ningbo Intermediate People's Court for taking bribes.\n\n"
        "In a separate case, a former bank manager was jailed for six years by the Hangzhou Intermediate "
        "People's Court last month."
    ),
    "appeal": (
        "The Court of Appeal has overturned the acquittal of a former harbour master.\n\n"
        "Mr Reyes was sentenced to nine years in prison at the Lendon Crown Court in 2021."
    ),
    "pronoun": "He was sentenced to four years in prison at the Orvell Crown Court on Friday.",
    "journal": (
        "The team followed 420 infants at six hospitals between 2018 and 2022. Their study appears in The "
        "Journal of Pediatric Nursing.\n\nA separate analysis, published in the Journal of Perinatal Care in May, "
        "found similar results."
    ),
    "list-which": (
        "The clinic is the result of a partnership among the Harwick Health Foundation, the Kestrel Medical Group "
        "and the Orvell Trust, which together pledged $4.2 million."
    ),
    "area": (
        "PHOENIX (AP) — The state Department of Public Safety has shut down roads around the area after a dam "
        "upstream failed on Tuesday night."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(SHAPES)


def test_the_court_a_named_person_was_sentenced_at_is_asked(bank: QuestionBank) -> None:
    found = answers(bank, "sentenced", "org-event")
    assert found.get("Which court sentenced Zhao Lirong to 11 years in prison?") == "Ningbo Intermediate People's Court"
    assert found.get("By which court was a former bank manager jailed for six years?") == (
        "Hangzhou Intermediate People's Court"
    )


def test_a_sentence_passed_on_a_pronoun_is_not_asked(bank: QuestionBank) -> None:
    assert not [q for q in answers(bank, "pronoun", "org-event") if q.startswith("Which court")]


def test_a_study_appearing_in_the_journal_of_x_is_asked(bank: QuestionBank) -> None:
    found = answers(bank, "journal", "org-event")
    assert found.get("In which journal does the study appear?") == "Journal of Pediatric Nursing"
    assert found.get("In which journal was a separate analysis published?") == "Journal of Perinatal Care"


def test_a_deed_around_the_area_is_asked_without_the_place(bank: QuestionBank) -> None:
    assert answers(bank, "area", "org-event").get("Which organization has shut down roads?") == (
        "Department of Public Safety"
    )


def test_a_which_clause_after_a_list_is_not_asked_of_its_last_member(bank: QuestionBank) -> None:
    assert not [q for q in answers(bank, "list-which", "org-event") if "pledged" in q]


def test_a_court_is_asked_among_courts(bank: QuestionBank) -> None:
    asked = [q for q in bank.questions if q.article == "appeal" and q.answer == "Court of Appeal"]
    assert [q.question for q in asked] == ["Which court has overturned the acquittal of a former harbour master?"]
    assert all("Court" in c for c in asked[0].choices)
