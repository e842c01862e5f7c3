"""A question read without its article names the body or document "the group", "the report" or "this
research" stood for, or is not asked; a date that only counts from the day of writing, the day of a
press statement and a date asked of a bare place are not asked either."""

from __future__ import annotations

import re

import pytest
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank
from quizgen.questions.referents import REFERENT, SAYS_WHICH
from quizgen.questions.unasked import _BARE_NAME_WHEN, _FIGURE_WHEN, _PRESS_STATEMENT, _SAYS_WHAT, _UNRESOLVED

TEXTS = {
    "group": (
        "Calder Shipping Union held its annual vote in Harwick on Monday. Members of Calder Shipping Union "
        "backed a strike by a wide margin. Lena Fors, a spokeswoman, said the group would walk out on July 3."
    ),
    "prices": (
        "Ferry tickets in Harwick cost more this spring. Tom Pell, head of the Harwick Ferry Board, said the "
        "prices rose by 12% in May."
    ),
    "report": (
        "The Harwick Ferry Trust published its annual report on Monday. The Harwick Ferry Trust report said 40 "
        "ferries ran late last winter. Ann Lee, a ferry captain, said the report was a wake-up call for the port."
    ),
    "journal": (
        "Scientists at Dunmore University have decoded the genome of the marsh otter. The findings were "
        "published on May 2 in the journal Otter Biology Letters. This research was supported by the Calder "
        "Wildlife Fund and the Harwick Nature Trust."
    ),
    "panel": (
        "A panel of judges chose the winning design for the Harwick bridge. The panel met on May 3 in Dunmore "
        "and picked a steel arch, Mayor Tom Pell said."
    ),
    "sides": (
        "Tom Pell has renewed his quarrel with the Harwick Rovers coach Ann Lee. The Rovers boss said on Friday "
        "that his Dunmore counterpart had insulted her players. The two sides meet again in Dunmore on May 3."
    ),
    "envoys": (
        "Foreign Minister Tom Pell met his Italian counterpart in Harwick on Monday, and Ann Lee met her German "
        "counterpart on Tuesday. The two sides will meet again in Dunmore on May 3, his office said."
    ),
    "commission": (
        "The Calder Commission report on the ferry fire was published on Monday. The five-member panel, led by "
        "Ann Lee, found that the alarms had failed."
    ),
    "statement": (
        'Ann Lee, chief executive of Harwick Ferries, said in a statement on Tuesday: "The night ferry has '
        'served Harwick well for forty years and we will miss it."'
    ),
    "age": (
        "Tom Pell has bought Harwick Rovers. The 61-year-old former Dunmore chairman sealed the deal on Friday, "
        "and said he would keep the coach."
    ),
    "storm": (
        "Cyclone Kirra hit the coast of Velmora on Tuesday, three weeks after Cyclone Dorran flooded the north. "
        "Cyclone Kirra was the strongest storm in decades. The storm made landfall near the port of Harwick on "
        "Tuesday, and Kirra weakened overnight."
    ),
    "team": (
        "A research team from Dunmore University has mapped the migration of the marsh otter. The study was "
        "published in the journal Otter Biology Letters on May 2. The study was funded by the Calder Wildlife "
        "Fund and the Harwick Nature Trust."
    ),
    "attended": (
        "The Harwick Ferry Trust opened its new terminal on Monday. Ann Lee, director of the Harwick Ferry Trust, "
        "gave a speech. Lee said the terminal would serve 2,000 passengers a day. Tom Pell, deputy head of the "
        "Dunmore District Government, and Sam Oake, chairman of Calder Holdings, attended the ceremony."
    ),
    "vague": (
        "At the meeting, Ann Lee, director of the Harwick Ferry Trust, proposed various innovations. Lee also "
        "said the ferry fares would fall by 5% in May."
    ),
    "symposium": (
        "Engineers from 40 countries gathered for the Harwick Energy Symposium in Dover. The symposium was "
        "organized by the Nordic Grid Council. Harbour prices rose 12% as the measures took effect."
    ),
}
UNDATED = {
    "undated": "Harwick Rovers sacked coach Tom Pell last week. Harwick Rovers named Ann Lee as coach on Friday."
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def asked(bank: QuestionBank, article: str) -> dict[str, str]:
    return {q.question: q.answer for q in bank.questions if q.article == article}


def test_the_group_is_named_by_the_body_named_before_it(bank: QuestionBank) -> None:
    questions = asked(bank, "group")
    assert "Who said that the group (Calder Shipping Union) would walk out on July 3?" in questions, questions
    assert "When would Calder Shipping Union walk out?" in questions, questions  # outside a gist: the name alone
    assert not [q for q in questions if "the group" in q and "(Calder Shipping Union)" not in q]


def test_prices_of_nothing_named_are_not_asked(bank: QuestionBank) -> None:
    questions = asked(bank, "prices")
    assert [q for q in questions if "Harwick Ferry Board" in q], questions  # the article's other facts stay
    assert not [q for q in questions if "the prices" in q], questions
    assert "12%" not in questions.values()


def test_a_report_is_named_by_its_author(bank: QuestionBank) -> None:
    questions = asked(bank, "report")
    assert "Who said that the Harwick Ferry Trust's report was a wake-up call for the port?" in questions, questions


def test_research_is_named_by_where_its_scientists_work(bank: QuestionBank) -> None:
    questions = asked(bank, "journal")
    funded = [q for q in questions if "supported" in q]
    assert funded and all("the research of scientists from Dunmore University" in q for q in funded), questions
    assert "In which journal were the findings of scientists from Dunmore University published?" in questions


def test_a_gathering_is_named_by_the_one_the_article_names(bank: QuestionBank) -> None:
    questions = asked(bank, "symposium")
    assert questions.get("By which organization was the Harwick Energy Symposium organized?") == "Nordic Grid Council"
    assert not [q for q in questions if "the measures" in q], questions  # which measures, only the article says


def test_a_body_that_cannot_be_named_is_not_asked(bank: QuestionBank) -> None:
    assert not [q for q in asked(bank, "panel") if "panel" in q]


def test_the_two_sides_are_the_two_clubs_named_by_their_people(bank: QuestionBank) -> None:
    questions = asked(bank, "sides")
    assert "When do Harwick Rovers and Dunmore meet again in Dunmore?" in questions, questions
    assert not [q for q in questions if "two sides" in q or "the Rovers boss" in q], questions


def test_a_people_is_no_side(bank: QuestionBank) -> None:
    questions = asked(bank, "envoys")
    assert not [q for q in questions if "Italian and" in q or "German and" in q], questions


def test_the_panel_is_the_commission_named_before_it(bank: QuestionBank) -> None:
    questions = asked(bank, "commission")
    assert "How many members did the Calder Commission panel have?" in questions, questions


def test_a_statement_is_dated_with_what_it_said(bank: QuestionBank) -> None:
    questions = asked(bank, "statement")
    assert [q for q in questions if q.startswith("Who said")], questions
    when = [q for q in questions if q.startswith("When")]
    assert when and all("\u201cThe night ferry" in q for q in when), questions  # never "When was the statement issued?"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("When did Ann Lee say in a statement that the ferry would close?", True),
        ("When did Ann Lee say at a press briefing \u201cThe ferry will close\u201d?", True),
        ("When was the press release issued?", False),
        ("When did Harwick Ferries speak at a news conference?", False),
    ],
)
def test_a_press_statement_is_dated_only_with_what_it_said(question: str, asked: bool) -> None:
    press = _PRESS_STATEMENT.search(question)
    assert press is not None and bool(_SAYS_WHAT.match(question, press.end())) is asked


def test_a_date_counted_from_an_unknown_day_is_not_asked() -> None:
    bank = questions_of_texts(UNDATED, published=None)
    answers = [q.answer for q in bank.questions if q.kind == "date"]
    assert "Friday" in answers  # the weekday is still something to learn
    assert "last week" not in answers


@pytest.mark.parametrize(
    ("answer", "dropped"),
    [
        ("last week", True),
        ("Today", True),
        ("this year", True),
        ("two days ago", True),
        ("yesterday afternoon", True),
        ("last week (the week before March 31)", False),
        ("last Friday", False),
        ("March last year", False),
        ("May 4, 2023", False),
    ],
)
def test_unresolved_answers(answer: str, dropped: bool) -> None:
    assert bool(_UNRESOLVED.fullmatch(answer)) is dropped


@pytest.mark.parametrize(
    ("question", "dropped"),
    [
        ("When did Ann Lee say in a statement that the ferry would close?", True),
        ("When was the press release issued?", True),
        ("When did Ann Lee say at a press briefing that the ferry would close?", True),
        ("When did Harwick Ferries announce the closure?", False),
        ("When did Ann Lee make the statement of her life at the final?", False),
    ],
)
def test_press_statements(question: str, dropped: bool) -> None:
    assert bool(_PRESS_STATEMENT.search(question)) is dropped


def test_a_date_of_a_bare_name_is_read_as_a_name() -> None:
    m = _BARE_NAME_WHEN.match("When was Dunmore?")
    assert m is not None and m.group(1) == "Dunmore"
    assert _BARE_NAME_WHEN.match("When was the Dunmore ferry opened?") is None


@pytest.mark.parametrize(
    ("question", "needs_a_name"),
    [
        ("When did the group set its ceiling?", True),
        ("Who said the Kolkata-based side would win?", True),
        ("Which of these bodies funded this research?", True),
        ("How many members does the panel have?", True),
        ("When was the report on ferry safety published?", False),
        ("When was the study published in the journal Lumen?", False),
        ("Who led the group of seven nations?", False),
        ("When did the Harwick group meet?", False),
    ],
)
def test_descriptions_that_need_a_name(question: str, needs_a_name: bool) -> None:
    found = [m for m in REFERENT.finditer(question) if not SAYS_WHICH.match(question, m.end())]
    assert bool(found) is needs_a_name, re.sub(r"\s+", " ", question)


def test_a_person_called_by_age_is_named(bank: QuestionBank) -> None:
    questions = asked(bank, "age")
    assert "In 2024, how old was Tom Pell?" in questions, questions
    assert "When did Tom Pell seal the deal?" in questions, questions


def test_the_storm_is_the_one_its_sentences_name(bank: QuestionBank) -> None:
    questions = asked(bank, "storm")
    assert "When did Cyclone Kirra make landfall near the port of Harwick?" in questions, questions
    assert not [q for q in questions if "the storm" in q]


def test_a_study_is_named_by_its_researchers(bank: QuestionBank) -> None:
    questions = asked(bank, "team")
    assert "In which journal was the study by researchers from Dunmore University published?" in questions, questions
    funded = [q for q in questions if "funded" in q]
    assert funded and all("the study by researchers from Dunmore University" in q for q in funded), questions


def test_a_post_of_someone_who_only_attended_is_not_asked(bank: QuestionBank) -> None:
    questions = asked(bank, "attended")
    assert "In 2024, who was the director of the Harwick Ferry Trust?" in questions, questions  # she spoke
    assert not [q for q in questions if "Tom Pell" in q or "Sam Oake" in q or "deputy head" in q], questions


def test_a_vague_gist_is_not_asked(bank: QuestionBank) -> None:
    questions = asked(bank, "vague")
    assert "Who said that the ferry fares would fall by 5% in May?" in questions, questions
    assert "Who proposed various innovations?" not in questions


@pytest.mark.parametrize(
    ("question", "dropped"),
    [("When was the four pct?", True), ("When were the 300 tonnes?", True), ("When was the 2019 fair held?", False)],
)
def test_a_date_of_a_bare_figure(question: str, dropped: bool) -> None:
    assert bool(_FIGURE_WHEN.match(question)) is dropped


def test_a_study_named_by_its_journal_leaves_the_month_out() -> None:
    text = (
        "Seals return to the bay\n\nGrey seals have returned to Orvik Bay, according to a study published in the "
        "journal Harbour Science Letters in May.\n\nThe study was funded by the Nordic Marine Trust."
    )
    funded = [q.question for q in questions_of_texts({"j": text}).questions if "funded" in q.question]
    assert funded == ["By which organization was the study published in Harbour Science Letters funded?"], funded


def test_the_state_is_the_one_named_as_a_state_just_before() -> None:
    """ "brought to the state of Tasmania. As of Monday, the state had …": the question names Tasmania.
    A city named further back ("the port city of Pen") is not the story's "the city", so it stays."""
    bank = questions_of_texts(
        {
            "state": (
                "Students to return\n\nThe first students will be flown to the state of Tasmania, which has "
                "curbed its outbreak. By Monday, the state had counted 23 new infections since early June."
            ),
            "city": (
                "Storm spares the capital\n\nThe port city of Pen also suffered damage on Tuesday.\n\n"
                "Officials said shops reopened.\n\nThe last deadly storm to hit the city was in 1948."
            ),
        }
    )
    asked = {q.answer: q.question for q in bank.questions}
    assert asked["23"] == "How many new infections had Tasmania counted since early June?"
    assert "Pen" not in asked["1948"]


def test_an_object_it_the_question_does_not_name_is_not_asked() -> None:
    """ "How much will Harwick Council spend on it?": the name before "it" is the subject's, so "it"
    (the tram of the sentence before) is no part of the question."""
    bank = questions_of_texts(
        {
            "object": "Tram plan\n\nHarwick Council plans a tram. Harwick Council will spend 40 million pounds on it.",
            "named": "Tram plan\n\nHarwick Council plans a tram. Harwick Council will spend 40 million pounds on rail.",
        }
    )
    asked = {q.article: q.question for q in bank.questions if q.answer == "40 million pounds"}
    assert asked == {"named": "How much will Harwick Council spend on rail?"}
