"""A date answers "When …?" only for the event it belongs to; decades and undated stories."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import date_questions, questions_of_texts

from quizgen.facts.date_values import resolve

PUBLISHED = dt.date(2023, 10, 4)  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "The Port Board said on Monday it approved a new ferry route.",
        "The Port Board said Monday it approved a new ferry route.",
    ],
)
def test_the_day_of_a_saying_is_never_asked_as_the_day_of_what_was_said(text: str) -> None:
    """The board spoke on Monday; it may have approved the route weeks before."""
    for q in date_questions(text):
        assert q.question == "When did the Port Board say that it approved a new ferry route?"
        assert q.answer == "Monday, October 2, 2023"


def test_a_date_inside_the_reported_clause_stays_with_it() -> None:
    (q,) = date_questions("The Port Board said that on Monday it approved a new ferry route.")
    assert q.question.lower() == "when did the port board approve a new ferry route?"


@pytest.mark.parametrize(
    "text",
    [
        "The inspectors found leaks in the tunnel by 2035 exceeded the safety limit.",
        "The scientists found losses of wheat by 2050 reached a tenth of the harvest.",
    ],
    ids=["tunnel", "wheat"],
)
def test_a_past_event_is_never_dated_after_the_story(text: str) -> None:
    # "By when did the inspectors find leaks?" -> 2035 would be a finding in the future
    assert date_questions(text) == []


@pytest.mark.parametrize("surface", ["the 1980s", "1990s", "the '60s", "his 30s", "the eighties", "mid-1970s"])
def test_decades_and_ages_are_not_dates(surface: str) -> None:
    assert resolve(surface, PUBLISHED) is None


def test_a_decade_is_not_asked_as_a_day() -> None:
    assert date_questions("The rowing club was founded in the 1890s.") == []


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The striker joined Harbour City on Saturday.", "Saturday"),
        ("The striker joined Harbour City last Friday.", "last Friday"),  # the article's words; "Friday" is right too
    ],
    ids=["weekday", "last-weekday"],
)
def test_an_undated_story_asks_only_for_the_day_of_the_week(text: str, answer: str) -> None:
    (q,) = date_questions(text, published=None)
    assert q.question == "On what day of the week did the striker join Harbour City?"
    assert q.answer == answer


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("The striker signed a new contract yesterday.", "When did the striker sign a new contract?", None),
        ("The striker left Harbour City last week.", "When did the striker leave Harbour City?", None),
        ("The striker joined Harbour City in March last year.", "When did the striker join Harbour City?", None),
    ],
    ids=["yesterday", "last-week", "month-last-year"],
)
def test_an_undated_story_answers_an_offset_from_its_day_in_its_own_words(
    text: str, question: str, answer: str | None
) -> None:
    # the story's day is unknown, so no date is guessed, and an offset from it ("yesterday", "last week",
    # "March last year") gives the learner nothing to place: none is asked (issue 8)
    found = date_questions(text, published=None)
    if answer is None:
        assert found == []
        return
    (q,) = found
    assert (q.question, q.answer, q.choices) == (question, answer, ())


def test_a_when_clause_after_the_date_is_dated_by_it_too() -> None:
    found = {
        q.question: q.answer for q in date_questions("The bridge was closed on Monday, when engineers found cracks.")
    }
    assert found == {
        "When was the bridge closed?": "Monday, October 2, 2023",
        "When did engineers find cracks?": "Monday, October 2, 2023",
    }


def test_a_when_clause_whose_subject_is_it_reads_it_as_the_sentence_subject() -> None:
    # "it" is the ferry company; read against the sentence before, it would be "the fare"
    text = "The fare rose sharply. Norfolk Ferries has run the crossing since 1998 when it bought the old harbour."
    # (the "since" clause is the same event seen from its start: one question, for the event)
    assert [q.question for q in date_questions(text)] == ["When did Norfolk Ferries buy the old harbour?"]


def test_the_time_of_what_an_event_is_for_is_not_the_events_time() -> None:
    # the remarks were made on Monday; the apology may have come later
    assert date_questions("The minister apologised for the remarks on Monday.") == []


@pytest.mark.parametrize(
    "text",
    ["Back in 2019, the bakery opened a second shop.", "The bakery opened a second shop back in 2019."],
    ids=["leading", "trailing"],
)
def test_an_adverb_leading_a_date_in_goes_with_the_date(text: str) -> None:
    (q,) = date_questions(text)
    assert (q.question, q.answer) == ("In what year did the bakery open a second shop?", "2019")


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        pytest.param(  # the storm was in August; the valley's being free of floods was not
            "The valley was almost free of floods until a heavy storm on the coast in August.",
            "When was the heavy storm on the coast?",
            "August 2023",
            id="a-date-on-a-noun-dates-that-noun-only",
        ),
        pytest.param(
            "The minister spoke to reporters on Monday about the flood in April.",
            "When did the minister speak to reporters about the flood?",
            "Monday, October 2, 2023",
            id="the-time-of-a-topic-is-not-the-time-of-the-saying",
        ),
        pytest.param(
            "The harbour festival will be held at the old quay from June 3 to 5.",
            "When will the harbour festival be held at the old quay?",
            "June 3\u20135, 2024",
            id="a-date-on-the-place-of-the-event-still-dates-it",
        ),
        pytest.param(
            "The port will open a second terminal by the year 2030.",
            "By when will the port open a second terminal?",
            "2030",
            id="the-year-written-out-is-a-year",
        ),
        pytest.param(  # the coming Monday: the clause is future
            "The airline will charge for checked bags starting Monday.",
            "From when will the airline charge for checked bags?",
            "Monday, October 9, 2023",
            id="a-start-date-asks-from-when-in-the-clauses-tense",
        ),
        pytest.param(
            "Rainfall declined from 1990 to 2015 across the valley.",
            "When did rainfall decline?",
            "1990\u20132015",
            id="from-one-year-to-another-is-the-whole-span",
        ),
        pytest.param(
            "The new bus fares will apply from January 1.",
            "From when will the new bus fares apply?",
            "January 1, 2024",
            id="a-date-after-from-is-a-start",
        ),
        pytest.param(
            "The ferry museum was closed from 2019 to 2021 for repairs.",
            "When was the ferry museum closed for repairs?",
            "2019\u20132021",
            id="unless-a-span-follows",
        ),
        pytest.param(
            "Rents in the valley rose from 1990 to 2015.",
            "When did rents in the valley rise?",
            "1990\u20132015",
            id="a-spans-end-leaves-the-question",
        ),
        pytest.param(
            "The minister spoke at the 2019 conference on ocean plastics.",
            "When was the conference on ocean plastics?",
            "2019",
            id="a-date-before-an-event-noun-past-conference",
        ),
        pytest.param(
            "The envoy will stay in Oslo until the May 4-6 summit of coastal states.",
            "When is the summit of coastal states?",
            "May 4\u20136, 2024",
            id="a-date-before-an-event-noun-summit-to-come",
        ),
    ],
)
def test_the_one_date_question_of_a_sentence_is_about_the_event_the_date_belongs_to(
    text: str, question: str, answer: str
) -> None:
    (q,) = date_questions(text)
    assert (q.question, q.answer) == (question, answer)


@pytest.mark.parametrize(
    "text",
    [
        "He is eager to speak at the April 12 conference in Geneva.",  # no year, no tense: past or to come?
        "The mayor praised the 2019 plan for the harbour.",  # a plan is no event with a time of its own
        "The team lost the March 3 final against the visitors.",  # "When was the final?" names no one final
    ],
    ids=["tense-unknown", "not-an-event", "bare-noun"],
)
def test_a_date_before_a_noun_is_asked_only_for_a_named_event_in_a_known_tense(text: str) -> None:
    assert date_questions(text) == []


@pytest.mark.parametrize(
    ("surface", "iso", "answer"),
    [
        ("2011/12", "2011/2012", "2011/12"),
        ("fiscal 2011/12", "2011/2012", "fiscal 2011/12"),
        ("1999/2000", "1999/2000", "1999/2000"),
        ("2010 - 2040", "2010/2040", "2010\u20132040"),
    ],
    ids=["season", "fiscal", "century-turn", "dash"],
)
def test_a_fiscal_year_or_span_of_years_keeps_both_ends(surface: str, iso: str, answer: str) -> None:
    found = resolve(surface, PUBLISHED)
    assert found is not None and (found[0], found[1]) == (iso, answer)


def test_a_slash_that_joins_no_two_following_years_is_no_span() -> None:
    assert resolve("2011/14", PUBLISHED) is None  # not October 14, 2011


@pytest.mark.parametrize(
    "text",
    [
        "Rainfall declined from 1990 to 2035 across the valley.",  # a past decline cannot run past the story
        "The team studied the effects of heat over 2010 - 2060 on the harvest.",  # the effects' span, not the study's
    ],
    ids=["ends-after-story", "span-of-the-topic"],
)
def test_a_span_that_ends_after_the_story_dates_no_past_event(text: str) -> None:
    assert date_questions(text) == []


def test_two_years_that_name_levels_date_nothing() -> None:
    assert date_questions("Rainfall fell from 2015 to 1990 levels across the valley.") == []


def test_a_date_after_an_expected_event_dates_that_event_not_the_expecting() -> None:
    # the unions expect now; the talks are next month
    (q,) = date_questions("Unions expect bitter talks next month over the new pay deal.")
    assert (q.question, q.answer) == ("When are the bitter talks over the new pay deal?", "November 2023")


def test_an_expected_thing_that_is_no_event_gets_no_date_question() -> None:
    assert date_questions("The firm expects higher profits next year.") == []


def test_a_season_answer_spells_out_its_months() -> None:
    (q,) = date_questions("Analysts say the quarrel forebodes tough talks this fall over a fresh pay deal.")
    assert q.question == "When are the tough talks over a fresh pay deal?"
    assert q.answer == "fall 2023 (September\u2013November)"


def test_a_when_clause_about_it_names_the_organisation_that_is_the_sentence_subject() -> None:
    questions = date_questions(
        "Harbour Trust, the city's oldest lender, has operated abroad since 1931 when it opened a branch in Paris."
    )
    assert ("When did Harbour Trust open a branch in Paris?", "1931") in [(q.question, q.answer) for q in questions]


@pytest.mark.parametrize(
    "text",
    [
        "The bank has operated abroad since 1931, when it opened a branch in Paris.",  # no named organisation
        "Harbour Trust has grown since 1931, when it was a small firm.",  # a state, not an event
    ],
    ids=["unnamed", "state"],
)
def test_a_when_clause_about_it_is_not_asked_without_a_named_subject_and_an_event(text: str) -> None:
    assert not [q for q in date_questions(text) if q.question.startswith("When did")]


def test_days_of_one_month_in_an_undated_story_keep_both_ends_without_a_year() -> None:
    (q,) = date_questions("The envoy will stay in Oslo until the May 4-6 summit of coastal states.", published=None)
    assert (q.question, q.answer) == ("When is the summit of coastal states?", "May 4\u20136")


def test_a_fiscal_year_before_the_subject_asks_which_years_event_it_was() -> None:
    (q,) = date_questions("The 2011/12 budget raised the duty on fuel by two pence.")
    assert (q.question, q.answer) == ("Which year's budget raised the duty on fuel by two pence?", "2011/12")


def test_a_fraction_like_number_before_a_noun_is_no_fiscal_year() -> None:
    assert date_questions("The 3/4 majority raised the duty on fuel.") == []


def test_no_date_question_from_a_clause_whose_object_is_the_noun_it_describes() -> None:
    text = "The lab is the third such facility Norway has built in Kenya since 2019, the embassy said."
    asked = [q.question for q in questions_of_texts({"lab": text}).questions if q.kind == "date"]
    assert not [q for q in asked if q.rstrip("?").endswith(("built in Kenya", "built"))], asked


def test_a_body_asked_when_it_spoke_keeps_its_the() -> None:
    text = (
        "The Coastal Survey Agency said on Monday that the marshes had lost a fifth of their area.\n\n"
        "The Coastal Survey Agency was founded in 2003."
    )
    asked = [q.question for q in questions_of_texts({"marsh": text}).questions if q.kind == "date"]
    spoke = [q for q in asked if " say that " in q]
    assert spoke and all(" the Coastal Survey Agency say" in q for q in spoke), asked


def test_a_sentence_opening_with_a_keeps_it_lower_case_inside_the_question() -> None:
    text = "A joint solar laboratory opened in Nairobi on Tuesday, the first of its kind in the region."
    asked = [q.question for q in questions_of_texts({"lab": text}).questions if q.kind == "date"]
    assert asked and not [q for q in asked if " A joint" in q], asked


def test_his_stays_his_when_it_is_the_subjects_own() -> None:
    text = (
        "Treasury Secretary Paul Marsh met bankers in Oslo.\n\n"
        "He voiced his displeasure with the central bank's policy on Monday."
    )
    asked = [q.question for q in questions_of_texts({"bank": text}).questions if q.kind == "date"]
    assert any("Paul Marsh voice his displeasure" in q for q in asked), asked


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ferry firms in Devon must file their safety plans by March.", "March 2024"),
        ("Ferry firms in Devon have to file their safety plans by March.", "March 2024"),
        ("The harbour board is due to decide by March.", "March 2024"),
        ("Ferry firms in Devon had to file their safety plans by March.", "March 2023"),
        ("Ferry firms in Devon should have filed their safety plans by March.", "March 2023"),
    ],
    ids=["must", "have-to", "due-to", "had-to", "should-have"],
)
def test_a_deadline_still_owed_is_the_next_one(text: str, answer: str) -> None:
    # the story is of October 2023: a duty still to be met falls in the coming March
    (q,) = date_questions(text)
    assert q.answer == answer, q.question


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The new ferry terminal at Dunmore opens in May.", "May 2024"),
        ("Ann Ruiz takes office as harbour master on January 1.", "January 1, 2024"),
        ("The harbour board meets on Friday to decide on the fares.", "Friday, October 6, 2023"),
        ("The Dunmore ferry terminal opened in May.", "May 2023"),
    ],
    ids=["opens-in-may", "takes-office", "meets-on-friday", "past-stays-past"],
)
def test_a_date_in_the_plain_present_is_the_one_ahead(text: str, answer: str) -> None:
    # the story is of Wednesday, October 4, 2023; its first line is its headline
    (q,) = date_questions("Harbour news\n\n" + text)
    assert q.answer == answer, q.question


def test_a_plan_made_in_the_past_dates_its_month_in_the_storys_year() -> None:
    # October 2023: "had planned to open in June" is this June's plan, not next June's
    (q,) = date_questions("The Dunmore harbour board had planned to open the new terminal in June.")
    assert q.answer == "June 2023"


def test_a_change_from_one_day_to_another_dates_nothing() -> None:
    assert date_questions("The Dunmore council vote was moved from Tuesday to Thursday.") == []


def test_a_participle_that_shares_a_passive_is_not_asked_as_active() -> None:
    asked = [q.question for q in date_questions("The Dunmore ferry was built in 1990 and refitted in 2012.")]
    assert "In what year did the Dunmore ferry refit?" not in asked
    assert "In what year was the Dunmore ferry built?" in asked
    sank = [q.question for q in date_questions("The Dunmore ferry was built in 1990 and sank in 2012.")]
    assert "In what year did the Dunmore ferry sink?" in sank


def test_a_hyphen_inside_a_word_does_not_cut_the_event_it_names() -> None:
    """ "Thursday's killing of two workers from the Leeds-based shipping firm": the tokenizer splits
    "Leeds-based", and cutting there left "… from the Leeds?"."""
    text = (
        "A union leader read out a statement on Friday, condemning Thursday's killing of two workers "
        "from the Leeds-based Northwind shipping company, as police looked on."
    )
    asked = {q.answer: q.question for q in date_questions(text, published=None)}
    assert asked["Thursday"] == (
        "On what day of the week was the killing of two workers from the Leeds-based Northwind shipping company?"
    )
