"""Date shapes of news English: a span "between" two years, a weekday with its part of the day,
a year that names which one of an event, and a participle whose noun is in doubt."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions

from quizgen.facts.date_values import resolve

PUBLISHED = dt.date(2023, 10, 4)  # a Wednesday


@pytest.mark.parametrize("published", [PUBLISHED, None], ids=["dated", "undated"])
def test_between_two_years_is_one_span_with_both_ends(published: dt.date | None) -> None:
    (q,) = date_questions("The surveyors mapped the northern coastline between 1995 and 2003.", published)
    assert (q.question, q.answer) == ("When did the surveyors map the northern coastline?", "1995\u20132003")


def test_two_years_joined_by_and_without_between_are_no_span() -> None:
    assert resolve("1998 and 2003", PUBLISHED) is None
    assert resolve("between 1998 and 2003", PUBLISHED)[0] == "1998/2003"


@pytest.mark.parametrize(
    ("published", "question", "answer"),
    [
        (PUBLISHED, "When did the mayor open the new footbridge?", "Tuesday, October 3, 2023"),
        (None, "When did the mayor open the new footbridge?", "Tuesday morning"),
    ],
    ids=["dated", "undated"],
)
def test_a_weekday_with_its_part_of_the_day_is_that_day(published: dt.date | None, question: str, answer: str) -> None:
    # spaCy reads "Tuesday morning" as a DATE and a TIME, "Sunday night" as one TIME
    (q,) = date_questions("The mayor opened the new footbridge on Tuesday morning.", published)
    assert (q.question, q.answer) == (question, answer)


def test_a_weekday_night_in_an_undated_story_is_answered_in_the_articles_words() -> None:
    text = "The Harbour City Sharks held off the Valley Rovers, 98-91, on Sunday night."
    (q,) = date_questions(text, published=None)
    assert q.question.startswith("When did the Harbour City Sharks hold off the Valley Rovers")
    assert (q.answer, "Sunday" in q.aliases) == ("Sunday night", True)


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "Spread across four towns, the 2030 Island Games will cost the region $2 billion.",
            "Which year's Island Games will cost the region $2 billion?",
            "2030",
        ),
        (
            "The 1995 merger of the two banks created the country's largest lender.",
            "Which year's merger of the two banks created the country's largest lender?",
            "1995",
        ),
        (  # the parse hangs both objects on the verb: their ", and" must stay between them
            "The 2031/32 budget included a small cut in fuel duty, and a two billion pound rise in school funding.",
            "Which year's budget included a small cut in fuel duty, and a two billion pound rise in school funding?",
            "2031/32",
        ),
    ],
    ids=["named-event", "known-noun", "two-objects-keep-their-and"],
)
def test_a_year_that_names_the_subject_asks_which_years(text: str, question: str, answer: str) -> None:
    (q,) = date_questions(text, published=None)
    assert (q.question, q.answer) == (question, answer)


@pytest.mark.parametrize(
    "text",
    [
        "The 2000 runners finished the race in heavy rain.",  # a count the parse may take for a year
        "The 2031 Harbour Forum will open at the exhibition centre on May 4.",  # the forum's own date is asked
        "The Harbour Agency's 2019 report found that the river was cleaner.",  # whose report would be lost
    ],
    ids=["count", "dated-event", "owned"],
)
def test_a_year_before_the_subject_is_not_asked_for_a_count_or_beside_a_date(text: str) -> None:
    assert all(not q.question.startswith("Which year's") for q in date_questions(text, published=None))


@pytest.mark.parametrize(
    "text",
    [
        "The team studied a map of the valley drawn in 1850.",  # the map was drawn, not the valley
        "The council published a list of the buildings damaged in 2019.",  # the buildings, not the list
    ],
    ids=["map", "list"],
)
def test_a_participle_after_a_noun_of_a_noun_is_not_dated(text: str) -> None:
    assert date_questions(text) == []


@pytest.mark.parametrize(
    ("text", "question", "answer", "words"),
    [
        (
            "The harbour board approved the budget this morning.",
            "When did the harbour board approve the budget?",
            "Wednesday, October 4, 2023",
            "this morning",
        ),
        (
            "The council approved the new ferry timetable yesterday afternoon.",
            "When did the council approve the new ferry timetable?",
            "Tuesday, October 3, 2023",
            "yesterday afternoon",
        ),
        (
            "The minister will address the assembly tonight.",
            "When will the minister address the assembly?",
            "Wednesday, October 4, 2023",
            "tonight",
        ),
    ],
    ids=["this-morning", "yesterday-afternoon", "tonight"],
)
def test_a_part_of_a_day_counted_from_the_story_is_that_day(text: str, question: str, answer: str, words: str) -> None:
    (q,) = date_questions(text)
    assert (q.question, q.answer) == (question, answer)
    # no story date: no day to name, and the words alone ("tonight") teach nothing (issue 8)
    assert date_questions(text, published=None) == [], words


@pytest.mark.parametrize(
    ("surface", "future", "iso"),
    [
        ("Friday, June 21", True, "2024-06-21"),  # in 2023 June 21 is a Wednesday; in 2024 a Friday
        ("Wednesday, June 21", None, "2023-06-21"),
        ("June 21 of next year", True, "2024-06-21"),
        ("Friday, June 21 of next year", True, "2024-06-21"),
        ("Thursday, June 21, 2024", None, None),  # the weekday and the written date disagree
    ],
    ids=["weekday-picks-the-year", "weekday-fits-this-year", "of-next-year", "weekday-of-next-year", "disagree"],
)
def test_a_weekday_beside_a_day_places_its_year(surface: str, future: bool | None, iso: str | None) -> None:
    found = resolve(surface, PUBLISHED, future=future)
    assert (found[0] if found else None) == iso
    if found and "day," in surface:
        assert found[1].startswith(surface.split(",")[0])  # the answer's weekday is the article's


def test_a_date_something_is_scheduled_for_asks_when_it_is_scheduled() -> None:
    text = "The harbour festival drew crowds. The first ferry race is planned for Friday, June 21 of next year."
    (q,) = date_questions(text)
    assert (q.question, q.answer) == ("When is the first ferry race planned?", "Friday, June 21, 2024")


def test_a_date_something_was_scheduled_for_is_not_asked() -> None:
    # when it was scheduled, or for when: "When was the vote scheduled?" could mean either
    assert date_questions("The harbour festival drew crowds. The vote was scheduled for Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        (
            "The ferry union said Dunmore Shipping Ltd was sailing well below the 40-trip limit it set in August.",
            "When did Dunmore Shipping Ltd set the 40-trip limit?",
            "August 2023",
        ),
        (
            "Wardens counted the birds again. The 14 osprey nests rangers have counted since last March were a record.",
            "Since when have rangers counted the 14 osprey nests?",
            "March 2023",
        ),
    ],
    ids=["it-is-the-host-subject", "own-subject"],
)
def test_a_date_in_a_clause_about_its_noun_puts_the_noun_back(text: str, question: str, answer: str) -> None:
    assert [(q.question, q.answer) for q in date_questions(text)] == [(question, answer)]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry union said Dunmore Shipping was sailing below its 40-trip limit it set in August.",
        "The ferry union said they were sailing below the 40-trip limit it set in August.",
        "The harbour minister criticised the ferry plan it unveiled in May.",
    ],
    ids=["whose-limit", "it-is-not-the-host", "it-is-never-a-person"],
)
def test_a_gapped_clause_with_a_doer_in_doubt_is_not_asked(text: str) -> None:
    assert date_questions(text) == []


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            'The sanctuary trained otters. Its first "graduate", Rosa Fen, was released into the river in May 2019.',
            "When was Rosa Fen released into the river?",
        ),
        (
            "Ann Ruiz ran the port for a decade. Her deputy, Colm Byrne, resigned in March 2020.",
            "When did Colm Byrne resign?",
        ),
    ],
    ids=["its", "her"],
)
def test_a_description_owned_by_a_pronoun_is_asked_by_the_name_beside_it(text: str, question: str) -> None:
    assert [q.question for q in date_questions(text)] == [question]


def test_an_ing_adjunct_with_a_pronoun_leaves_the_question_not_the_date() -> None:
    text = "Two keepers at Dunmore Zoo carried the young otter to the river on Tuesday before releasing her."
    assert [q.question for q in date_questions(text)] == [
        "When did two keepers at Dunmore Zoo carry the young otter to the river?"
    ]


def test_a_dateline_left_inside_a_later_paragraph_is_not_read_as_the_subject() -> None:
    text = "A keeper holds a cub. PHOTO BY ANN RUIZ\n\nDUNMORE - Visitors to the zoo cheered the new cub on Tuesday."
    assert all("DUNMORE" not in q.question for q in date_questions(text))


def test_a_surname_opening_its_sentence_keeps_its_capital() -> None:
    """The small model may tag "Benning" a common noun when it opens a sentence; the article's "Carl
    Benning" says it is a name, while "Construction" is only the sentence's capital."""
    text = (
        '"The pier is unsafe," harbour master Carl Benning told reporters. Benning spoke on Friday to the '
        "council. Construction will begin in May, the council said."
    )
    asked = {q.question for q in date_questions(text, PUBLISHED)}
    assert "When did Benning speak to the council?" in asked, asked
    assert "When will construction begin?" in asked, asked


def test_a_subject_after_a_wire_dateline_takes_the_capital_of_a_sentence_start() -> None:
    """ "VARNA: The Border Security Force (BSF) seized …": "The" is capitalised for the sentence only."""
    text = (
        "VARNA: The Border Security Force (BSF) seized 40 kg of heroin and arrested two others in a raid in Tarvo "
        "district on Sunday night, officials said."
    )
    asked = [q.question for q in date_questions(text)]
    assert asked and all("the Border Security Force" in q for q in asked), asked


def test_a_span_closing_the_sentence_is_not_asked_of_the_participle_before_it() -> None:
    """ "approved payments to companies linked to his relatives between 2016 and 2018": the years date the
    approvals, though the parser hangs them on "linked"; "When were firms linked …?" would be false."""
    text = (
        "A Halden court on Thursday jailed Tomas Varga, a former county finance officer, for ten years.\n\n"
        "The Harbour Anti-Graft Commission (HAGC) had told the court that Varga approved payments of Sh40 million "
        "to companies linked to his relatives between 2016 and 2018."
    )
    assert not [q for q in date_questions(text) if "linked" in q.question]
