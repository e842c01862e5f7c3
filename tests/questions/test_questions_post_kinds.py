"""Posts and organizations a teacher would ask about, with options of their own kind: an office is
never offered beside "political analyst", "LLC" is no company, a body's field is part of the post,
and labels ("chief"), bare academic ranks, the sentencing judge and a hosting venue are not asked."""

from __future__ import annotations

import pytest
from invented_articles import every_question_of_texts

from quizgen.models import Question, QuestionBank
from quizgen.questions.quality import problem

TEXTS = {
    "offices": (
        "Tom Vell, a private political analyst, said the vote was close. "
        "Dana Orr, health analyst at Wexford Partners, said costs would rise. "
        "Mia Lund, finance director of Harwick Steel, said profits fell. "
        "Carl Bent, the chairman of Harwick Steel, said the board met on Monday. "
        "Lea Moss, professor of economics at Kestrel University, said the figures were weak."
    ),
    "suffix": (
        '"Buyers are cautious," said Walt Pike, co-head of research at BTIG LLC in New York. '
        "Landmark Power LLC said it would close the plant. Harwick Steel sold 40 million tonnes last year."
    ),
    "one-body": (
        "NASA and the Orvell A&M University System signed a lease on Monday. The A&M System will build a test "
        "centre. Orvell A&M University will run the labs. The Kestrel Institute and Harwick University will lend "
        "staff. The A&M System will lease the land from NASA for 20 years."
    ),
    "labels": (
        '"Nurses are the backbone of care," WHO chief John Hale said in a statement. '
        "Lea Moss, an assistant professor at Harwick University, led the study. "
        "Judge Paul Varga, passing sentence, said both men were guilty. "
        "During that game in May, Arsenal striker Dan Moss scored twice. "
        "The plan was unveiled at the Kestrel-hosted Harbour Trade Forum in Oslo."
    ),
    "field": (
        "Ian Rusk, Professor of Renal Medicine at the Royal Brompton, said the delays were worrying. "
        "Omar Lenz, Director of Research at the Kestrel Institute, said the data were clear."
    ),
    "country": "The landslide win for Portugal's new president Ada Fenn is a warning to the two main parties.",
    "charity": (
        "The charity Bone Health Now estimates that 40,000 patients are waiting for scans because clinics "
        "closed during the pandemic."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return every_question_of_texts(TEXTS)


def of(bank: QuestionBank, article: str, kind: str | None = None) -> list[Question]:
    return [q for q in bank.questions if q.article == article and (kind is None or q.kind == kind)]


def post(bank: QuestionBank, article: str, person: str) -> Question:
    (found,) = [q for q in of(bank, article, "role") if f"what post did {person} hold" in q.question]
    return found


def test_an_office_is_never_offered_beside_a_description(bank: QuestionBank) -> None:
    for person in ("Mia Lund", "Carl Bent"):
        choices = set(post(bank, "offices", person).choices)
        assert choices and not {c for c in choices if "analyst" in c or "professor" in c}
    analyst = post(bank, "offices", "Tom Vell")
    assert not set(analyst.choices) & {"finance director", "chairman", "professor of economics"}


def test_a_company_suffix_alone_is_no_organization(bank: QuestionBank) -> None:
    questions = of(bank, "suffix")
    assert not [q for q in questions if q.answer == "LLC" or "LLC" in q.choices or " at LLC" in q.question]
    assert post(bank, "suffix", "Walt Pike").question.endswith("at BTIG LLC?")


def test_two_names_of_one_body_are_not_rival_options(bank: QuestionBank) -> None:
    asked = [q for q in of(bank, "one-body", "org-event") if q.choices]
    assert asked
    for q in asked:
        names = {q.answer, *q.choices}
        assert not {"A&M System", "Orvell A&M University"} <= names, (q.question, q.choices)


def test_labels_ranks_judges_and_hosts_are_not_asked(bank: QuestionBank) -> None:
    questions = of(bank, "labels")
    answers = {q.answer for q in questions}
    assert not answers & {"chief", "assistant professor", "Judge", "striker", "Kestrel"}
    texts = " ".join(q.question for q in questions)
    assert "John Hale the chief of?" in texts  # the body is asked instead of the label
    assert "Lea Moss an assistant professor at?" in texts
    assert "Which team did Dan Moss play for?" in texts
    assert "hosted" not in texts


def test_the_field_of_a_post_is_no_organization(bank: QuestionBank) -> None:
    rusk = post(bank, "field", "Ian Rusk")
    assert (rusk.question, rusk.answer) == (
        "In 2024, what post did Ian Rusk hold at the Royal Brompton?",
        "Professor of Renal Medicine",
    )
    assert post(bank, "field", "Omar Lenz").question.endswith("hold at the Kestrel Institute?")


def test_a_countrys_post_reads_as_a_teacher_writes_it(bank: QuestionBank) -> None:
    asked = {q.question: q.answer for q in of(bank, "country", "role")}
    assert asked.get("In 2024, who was the president of Portugal?") == "Ada Fenn"  # "new" says only when
    assert not [q for q in asked if "Portugal new" in q]


def test_a_name_ending_in_an_adverb_is_read_whole(bank: QuestionBank) -> None:
    (count,) = of(bank, "charity", "number")
    assert count.question.startswith("According to the charity Bone Health Now, ")


def test_a_body_named_by_the_answers_initials_gives_it_away() -> None:
    assert problem("Who confirmed that his IKT party would back the government?", "Ivo Kastel", []) is not None
    assert problem("Who said the IMF would back the government?", "Ivo Kastel", []) is None


TYPED = {
    "typed": (
        "Lea Moss, an assistant professor at Harwick University, led the study. "
        "Omar Lenz, a fellow at the Kestrel Institute, helped. "
        "The plan was unveiled at the Harbour Trade Forum, and the Nordic Trade Council backed it. "
        "Later, Arsenal striker Dan Moss scored twice, and Rovers midfielder Ian Holt scored once. "
        "WHO chief John Hale watched from the stand."
    )
}


def test_an_institution_is_offered_beside_institutions_and_a_team_beside_teams() -> None:
    questions = every_question_of_texts(TYPED).questions
    (school,) = [q for q in questions if "which institution was Lea Moss" in q.question]
    assert "Kestrel Institute" in school.choices
    assert not {"Harbour Trade Forum", "Arsenal", "Rovers", "WHO"} & set(school.choices)
    (team,) = [q for q in questions if q.question == "Which team did Dan Moss play for?"]
    assert set(team.choices) <= {"Arsenal", "Rovers"}
