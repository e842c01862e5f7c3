"""Date shapes unseen news writes that went unasked or half-asked: a "who" clause hung on a town,
a particle before a counted date, two participles of one hearing, a match result's day, and a
company's "its" never read as a city's."""

from __future__ import annotations

import datetime as dt

from invented_articles import date_questions

PUBLISHED = dt.date(2023, 10, 4)  # a Wednesday


def test_a_who_clause_hung_on_a_town_tells_of_the_person_before_it() -> None:
    text = (
        "A 32-year-old engineer from Ghaziabad, who was injured in an accident at the site last month, "
        "was discharged from hospital on Wednesday."
    )
    asked = {q.question: q.answer for q in date_questions(text, PUBLISHED)}
    assert asked["When was a 32-year-old engineer from Ghaziabad injured in an accident at the site?"] == (
        "September 2023"
    )
    assert not any(q.startswith("When was Ghaziabad") for q in asked)


def test_a_who_clause_after_a_noun_of_a_noun_is_not_asked() -> None:
    """ "the driver of a van in Leeds, who …": the driver, but the parse cannot tell: nothing asked of it."""
    text = "Police questioned the driver of a van in Leeds, who was arrested on Friday."
    assert not any("Leeds" in q.question and "arrested" in q.question for q in date_questions(text, PUBLISHED))


def test_a_particle_before_a_counted_date_stays_with_its_verb() -> None:
    text = "A fisherman who turned himself in last month was arrested by harbour police."
    (q,) = [q for q in date_questions(text, PUBLISHED) if "turn" in q.question]
    assert q.question.endswith("turn himself in?")
    assert q.answer == "September 2023"


def test_two_participles_of_one_hearing_are_asked_together() -> None:
    text = "The former mayor was sentenced to six years and fined 20,000 euros on Tuesday at the Harwick court."
    (q,) = date_questions(text, PUBLISHED)
    assert q.question == "When was the former mayor sentenced to six years and fined 20,000 euros at the Harwick court?"
    assert q.answer == "Tuesday, October 3, 2023"


def test_an_arrest_and_charge_on_one_day_is_asked() -> None:
    (q,) = date_questions("Court news\n\nThree men were arrested and charged on Monday.", None)
    assert q.question == "On what day of the week were three men arrested and charged?"
    assert q.answer == "Monday"


def test_participles_of_events_apart_in_time_are_not_joined() -> None:
    """Building and launching are months apart: 1961 is the launch's year only."""
    text = "The ferry was built in Glasgow and launched in 1961."
    assert not any("built" in q.question for q in date_questions(text, PUBLISHED))


def test_a_match_result_with_its_score_is_dated() -> None:
    text = "Kingsbridge Rovers reached the cup semi-finals after a 2-1 win over Ashford Town on Monday night."
    asked = {q.question: q.answer for q in date_questions(text, PUBLISHED)}
    assert asked["When was the 2-1 win over Ashford Town?"] == "Monday, October 2, 2023"


def test_a_companys_its_is_never_named_as_a_city() -> None:
    text = (
        "Nordlys Linjer said it would appeal. Its chief executive spoke to reporters in Oslo.\n\n"
        "The Oslo exchange was closed on Monday.\n\n"
        "The company was fined 1.5 million crowns in 2022, and its licence expires in 2027."
    )
    assert not any("Oslo's" in q.question for q in date_questions(text, PUBLISHED))


def test_a_ban_until_a_weekday_after_a_past_act_is_not_given_a_week() -> None:
    """Banned on some past day "until Thursday": this week's Thursday or last week's, the story does not say."""
    assert (
        date_questions("The ministry banned gatherings of five people or more until Thursday afternoon.", PUBLISHED)
        == []
    )
    (q,) = date_questions("The ministry will ban gatherings of five people or more until Thursday.", PUBLISHED)
    assert (q.question, q.answer) == (
        "Until when will the ministry ban gatherings of five people or more?",
        "Thursday, October 5, 2023",
    )


def test_a_country_glued_to_its_weekday_is_the_subject() -> None:
    """Wire style "Japan Tuesday lifted …": the parse reads "Japan Tuesday" as one noun, with no subject."""
    (q,) = date_questions("Japan Tuesday lifted a ban on beef imports.", PUBLISHED)
    assert (q.question, q.answer) == ("When did Japan lift a ban on beef imports?", "Tuesday, October 3, 2023")


def test_a_club_named_for_a_weekday_is_no_date() -> None:
    assert date_questions("Sheffield Wednesday beat Leeds 2-0.", PUBLISHED) == []
