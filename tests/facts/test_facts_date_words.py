"""Date questions and answers read away from the article: no "last week" or "today" left unexplained."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions

from quizgen.facts.date_values import resolve
from quizgen.facts.date_words import absolute_days
from quizgen.facts.relative import Base
from quizgen.grading import grade_answer
from quizgen.models import Question
from quizgen.pipeline import generate_bank

PUBLISHED = dt.date(2023, 10, 4)  # a Wednesday


def wire_questions(tmp_path, body: str) -> dict[str, str]:
    """The date questions of a wire story dated "DENVER, April 9 -" with no year."""
    path = tmp_path / "wire.txt"
    path.write_text(f"MOWER MAKER SEES STRONG SPRING\n\n    DENVER, April 9 - {body}\n")
    return {q.question: q.answer for q in generate_bank([str(path)]).questions if q.kind == "date"}


@pytest.mark.parametrize(
    ("surface", "answer"),
    [
        ("last week", "last week (the week before April 9)"),
        ("next week", "next week (the week after April 9)"),
        ("earlier this week", "earlier this week (the days just before April 9)"),
        ("this fall", "this fall (September\u2013November)"),
    ],
)
def test_a_yearless_dateline_names_the_week_by_its_day(surface: str, answer: str) -> None:
    found = resolve(surface, None, future=False, base=Base.of(None, (4, 9)))
    assert found is not None and found[1] == answer


@pytest.mark.parametrize("surface", ["this year", "this week"])
def test_a_yearless_dateline_gives_no_answer_for_a_year_it_cannot_name(surface: str) -> None:
    assert resolve(surface, None, future=False, base=Base.of(None, (4, 9))) is None


@pytest.mark.parametrize("surface", ["last year", "next year"])
def test_a_yearless_dateline_answers_a_year_it_cannot_name_in_its_own_words(surface: str) -> None:
    assert resolve(surface, None, future=False, base=Base.of(None, (4, 9))) == (None, surface, [], "relative")


def test_a_wire_story_asks_last_week_with_its_dateline(tmp_path) -> None:
    found = wire_questions(tmp_path, "The Ohio plant of the mower group was closed last week.")
    assert found == {"When was the Ohio plant of the mower group closed?": "last week (the week before April 9)"}


def test_a_wire_story_without_its_year_does_not_ask_last_year(tmp_path) -> None:
    # "last year" of a dateline with no year names no year a learner could learn (issue 8)
    found = wire_questions(tmp_path, "The mower group opened a plant in Ohio last year, its chairman said.")
    assert found == {}


def test_today_inside_the_question_is_written_as_its_day() -> None:
    text = "On Monday, Harbour Ferries said it would start the new timetable on November 2 instead of today."
    found = {q.question: q.answer for q in date_questions(text)}
    said = (
        "When did Harbour Ferries say that it would start the new timetable on November 2 instead of October 4, 2023?"
    )
    assert found[said] == "Monday, October 2, 2023"


def test_today_in_an_undated_story_is_not_asked_about() -> None:
    text = "On Monday, Harbour Ferries said it would start the new timetable on November 2 instead of today."
    assert [q.question for q in date_questions(text, published=None) if "today" in q.question] == []


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("2 October 2023", True),
        ("October 2", True),
        ("October 2, 2022", False),  # the wrong year is never right
        ("October 4, 2023", False),
        ("Tuesday", False),
    ],
)
def test_the_grader_takes_what_a_learner_types_for_a_weekday_answer(typed: str, right: bool) -> None:
    (q,) = date_questions("The old lighthouse was repainted on Monday.")
    assert q.answer == "Monday, October 2, 2023"
    assert grade_answer(typed, q).correct is right


@pytest.mark.parametrize(
    ("typed", "right"),
    [("last week", True), ("the week before April 9", True), ("April 9", False), ("April 2", False)],
)
def test_the_grader_takes_the_dateline_week_but_no_single_day(tmp_path, typed: str, right: bool) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("MOWER MAKER\n\n    DENVER, April 9 - The Ohio plant of the mower group was closed last week.\n")
    (q,) = [q for q in generate_bank([str(path)]).questions if q.kind == "date"]
    assert grade_answer(typed, q).correct is right


def test_a_weekday_question_offers_other_weekdays_and_takes_on_saturday() -> None:
    (q,) = date_questions("The striker joined Harbour City on Saturday.", published=None)
    assert set(q.choices) - {"Saturday"} <= {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday"}
    assert len(q.choices) == 4
    assert grade_answer("on Saturday", q).correct
    assert not grade_answer("Sunday", q).correct


def test_a_quoted_title_cut_before_its_closing_mark_loses_the_opening_one_too() -> None:
    text = (
        "The ports signed the \u201cAccord on Fishing in Arctic Waters,\u201d which was signed in May 2019 and renewed."
    )
    found = {q.question: q.answer for q in date_questions(text)}
    assert found == {"When was the Accord on Fishing in Arctic Waters signed?": "May 2019"}


@pytest.mark.parametrize(
    "text",
    [
        "Revenue in the quarter, which ended May 30, rose 53 percent.",
        "The mayor praised the work on the bridge (finished in March 2021).",
    ],
    ids=["which-after-phrase", "participle-after-phrase"],
)
def test_a_clause_after_a_phrase_of_two_nouns_is_not_dated_to_the_wrong_one(text: str) -> None:
    # "When did revenue in the quarter end?" would date the revenue, not the quarter
    assert date_questions(text) == []


def test_a_clause_right_after_its_noun_is_still_dated() -> None:
    (q,) = date_questions("Graham Doyle, who retired in December, will chair the rowing club.")
    assert (q.question, q.answer) == ("When did Graham Doyle retire?", "December 2022")


def test_the_first_to_do_something_keeps_what_it_was_first_to_do() -> None:
    text = "In May, Harbour Ferries became the first operator in Norway to run a ferry that is fully electric."
    (q,) = date_questions(text)
    assert (
        q.question
        == "When did Harbour Ferries become the first operator in Norway to run a ferry that is fully electric?"
    )


def test_the_date_beside_a_weekday_leaves_the_question_with_it() -> None:
    text = "Dunmore Port Trust announced a deal Tuesday, Jan. 9, to rent land at the old quay."
    (q,) = date_questions(text, published=dt.date(2024, 1, 9))
    assert q.question == "When did the Dunmore Port Trust announce a deal to rent land at the old quay?"
    assert q.answer == "Tuesday, January 9, 2024"


def test_the_match_between_both_clubs_is_not_asked_away_from_its_story() -> None:
    text = "Alan Ford criticised the referee after the match between both clubs in October."
    assert date_questions(text, published=dt.date(2023, 11, 4)) == []


@pytest.mark.parametrize(
    ("typed", "right"),
    [("fall", True), ("autumn", True), ("September to November", True), ("spring", False), ("fall 1986", False)],
)
def test_the_grader_takes_the_season_a_learner_types(typed: str, right: bool) -> None:
    iso, answer, aliases, _ = resolve("this fall", None, future=True, base=Base.of(None, (3, 31)))
    q = Question(
        id="q", article="a", kind="date", question="When are the wage talks?", answer=answer, aliases=tuple(aliases)
    )
    assert grade_answer(typed, q).correct is right


@pytest.mark.parametrize(
    ("question", "base", "written"),
    [
        ("When did the mill say it would stay shut until tomorrow?", Base(PUBLISHED), "until October 5, 2023?"),
        ("When did the mill say it had reopened yesterday?", Base(PUBLISHED), "reopened on October 3, 2023?"),
        ("When did the mill say the vote was tonight?", Base.of(None, (4, 9)), "on the night of April 9?"),
        ("When did the mill tell USA Today about the fire?", Base(PUBLISHED), "tell USA Today about the fire?"),
        ('When did the mill say "we reopen today"?', Base(PUBLISHED), '"we reopen today"?'),
    ],
    ids=["until-tomorrow", "yesterday", "yearless-tonight", "a-name", "quoted"],
)
def test_day_words_are_written_as_the_day_they_mean(question: str, base: Base, written: str) -> None:
    assert absolute_days(question, base).endswith(written)
