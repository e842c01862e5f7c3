"""Dates a story counts from its own day, asked when the story's day is unknown (answered in the
article's words), and the sayings whose day is worth asking even on the story's own day."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions, questions_of_text


def asked(text: str, published: dt.date | None = None) -> dict[str, str]:
    return {q.question: q.answer for q in date_questions(text, published)}


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("The ferry service resumed last month.", "When did the ferry service resume?", "last month"),
        ("The ferry service will resume next month.", "When will the ferry service resume?", "next month"),
        (
            "The Dunmore council closed the pier two years ago.",
            "When did the Dunmore council close the pier?",
            "two years ago",
        ),
        (
            "The Dunmore council closed the pier last October.",
            "When did the Dunmore council close the pier?",
            "last October",
        ),
        (
            "The Dunmore council froze rents earlier this month.",
            "When did the Dunmore council freeze rents?",
            "earlier this month",
        ),
    ],
    ids=["past", "future", "ago", "last-month-name", "earlier-this-month"],
)
def test_an_undated_story_answers_with_the_words_that_carry_the_direction(
    text: str, question: str, answer: str
) -> None:
    # the story's year is unknown: neither a bare offset nor a month counted from it ("last October")
    # is something a learner can place, so none is asked (issue 8)
    assert asked(text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "The ferry service has been busy this year.",  # the ongoing year: no event's time
        "Shares fell further on the strength of today's closing price.",  # the present price, no event
        "How are the two harbour masters feeling today? Nervous, probably.",  # a question states nothing
        "Rumours of a rift are louder than there were two years ago.",  # the time of a comparison
        "The harbour master said yesterday that the pier was safe.",  # a passing remark is not the news
        "Rents have risen since last year.",  # "Since when … — last year" bounds nothing a learner can name
    ],
    ids=["this-year", "todays", "asked", "than", "said", "since"],
)
def test_an_undated_story_asks_no_relative_date_that_dates_no_event(text: str) -> None:
    assert asked(text) == {}


def test_a_question_in_a_dated_story_dates_nothing() -> None:
    assert asked("Will the harbour reopen in May? Nobody can say.", dt.date(2023, 10, 4)) == {}


STORY_DAY = dt.date(2023, 10, 4)  # a Wednesday
LEAD = "Northgate Bank opened a new branch in Dunmore in May.\n\n"


@pytest.mark.parametrize(
    ("said", "question"),
    [
        (  # the day of a press statement is not asked (issue 8); an interview is an occasion of its own
            "Ann Ruiz said in an interview on Wednesday that fees would fall.",
            "When did Ann Ruiz say in an interview that fees would fall?",
        ),
        (
            "Ann Ruiz told the BBC on Wednesday that fees would fall.",
            "When did Ann Ruiz tell the BBC that fees would fall?",
        ),
    ],
    ids=["interview", "named-outlet"],
)
def test_a_remark_on_record_on_the_storys_day_is_asked(said: str, question: str) -> None:
    assert asked(LEAD + said, STORY_DAY).get(question) == "Wednesday, October 4, 2023"


@pytest.mark.parametrize(
    "said",
    [
        "Ann Ruiz said on Wednesday that fees would fall.",
        "Ann Ruiz told reporters on Wednesday that fees would fall.",
    ],
    ids=["said", "told-reporters"],
)
def test_a_passing_remark_on_the_storys_day_is_not_asked(said: str) -> None:
    assert [q for q in asked(LEAD + said, STORY_DAY) if "fees" in q] == []


def test_founded_is_asked_in_the_passive_of_what_was_founded() -> None:
    # "did … found …" reads as "find"; a teacher asks when the firm was founded
    found = asked("Tom Northgate founded Northgate Finance in 2013.", STORY_DAY)
    assert found == {"In what year was Northgate Finance founded?": "2013"}


def test_founded_keeps_its_founder_when_the_passive_would_lose_which_one() -> None:
    found = asked("Ann Ruiz founded the trust in 2001.", STORY_DAY)
    assert found == {"In what year did Ann Ruiz found the trust?": "2001"}


def test_his_after_a_named_subject_is_left_as_written() -> None:
    # the latest name before "his" is the club, yet the offer is the bidder's: never "Harwick United's offer"
    text = (
        "Tom Briggs of Harwick United said the club was for sale. Ruiz Capital was near a deal for "
        "Harwick but withdrew his offer last week."
    )
    questions = [q.question for q in questions_of_text(text, None, "date")]
    assert not any("Harwick United's" in q for q in questions), questions


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "The clerk sold customer records from November 2017 to March 2018, when she was arrested.",
            "When did the clerk sell customer records?",
            "November 2017\u2013March 2018",
        ),
        (
            "Between March and July, some 5,000 fewer patients were referred to a specialist.",
            "When were some 5,000 fewer patients referred to a specialist?",
            "March\u2013July 2023",
        ),
    ],
    ids=["from-to", "between"],
)
def test_a_span_of_months_is_one_answer(text: str, question: str, answer: str) -> None:
    # (the arrest was at one end of the span: "When was she arrested?" is not answered by both ends)
    assert asked(text, STORY_DAY) == {question: answer}


def test_a_span_of_months_without_a_year_to_come_is_not_placed() -> None:
    assert asked("Between March and July, the pier will be shut.", STORY_DAY) == {}


def test_months_joined_by_and_are_no_span() -> None:
    assert "March and July" not in str(asked("The pier was shut in March and July.", STORY_DAY).values())


@pytest.mark.parametrize(
    ("published", "answer"),
    [(STORY_DAY, "Wednesday, October 4, 2023"), (None, None)],
    ids=["dated", "undated"],
)
def test_early_this_morning_is_the_storys_day(published: dt.date | None, answer: str | None) -> None:
    # undated, "this morning" names no day a learner could learn: not asked (issue 8)
    found = asked("Early this morning, the assembly passed the harbour budget.", published)
    assert found == ({"When did the assembly pass the harbour budget?": answer} if answer else {})


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("The Dunmore regatta was first held in 1987.", "In what year was the Dunmore regatta first held?"),
        ("The Dunmore pier was last repaired in 1990.", "In what year was the Dunmore pier last repaired?"),
        ("The harbour museum officially opened in May 2001.", "When did the harbour museum officially open?"),
    ],
    ids=["first", "last", "officially"],
)
def test_the_word_saying_which_time_stays_in_the_question(text: str, question: str) -> None:
    # without it, "When was the regatta held?" would teach 1987 as the date of every regatta
    assert list(asked(text, STORY_DAY)) == [question]


def test_a_date_after_through_is_an_end_not_when_it_happened() -> None:
    # "funded through December" → "When were the offices funded? — December" would be wrong
    assert asked("The stopgap bill keeps the harbour offices funded through the middle of December.", STORY_DAY) == {}


@pytest.mark.parametrize(
    ("published", "answer"), [(STORY_DAY, "mid November 2023"), (None, "mid-November")], ids=["dated", "undated"]
)
def test_mid_month_written_with_a_hyphen_is_that_month(published: dt.date | None, answer: str) -> None:
    assert asked("The Dunmore ferry line will close in mid-November.", published) == {
        "When will the Dunmore ferry line close?": answer
    }


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("The Dunmore club taped the final in May 2019.", "When did the Dunmore club tape the final?"),
        (
            "The council had piped water to the island in 2020.",
            "In what year did the council pipe water to the island?",
        ),
        ("The Dunmore club tapped the old well in May 2019.", "When did the Dunmore club tap the old well?"),
    ],
    ids=["taped", "had-piped", "tapped"],
)
def test_a_verb_is_asked_in_its_own_base_form(text: str, question: str) -> None:
    # spaCy reads "taped" as "tap"; the undoubled consonant says it is "tape" ("tap" gives "tapped")
    assert list(asked(text, STORY_DAY)) == [question]


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "The Dunmore ferry line will close in mid-November.",
            "When will the Dunmore ferry line close?",
            "mid November 2023",
        ),
        (
            "The Dunmore ferry line closed in mid-November.",
            "When did the Dunmore ferry line close?",
            "mid November 2022",
        ),
    ],
    ids=["future", "past"],
)
def test_mid_month_points_the_way_its_clause_does(text: str, question: str, answer: str) -> None:
    # in a story of October 4, 2023 the November to come is 2023's, the one gone 2022's
    assert asked(text, STORY_DAY) == {question: answer}


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Ann Ruiz worked at the Dunmore branch from 2009.", "When did Ann Ruiz start to work at the Dunmore branch?"),
        ("The new Dunmore fares will apply from January 1.", "From when will the new Dunmore fares apply?"),
        (
            "Dunmore's 5,000 residents were kept indoors, with Ann Ruiz shutting down the old pier from March 2.",
            "When did Ann Ruiz start shutting down the old pier?",
        ),
    ],
    ids=["past", "future", "gerund"],
)
def test_from_when_of_a_past_span_is_asked_as_when_it_started(text: str, question: str) -> None:
    assert list(asked(text, STORY_DAY)) == [question]
