"""Dates asked for the right event and at the right scope: a month of last year under a year-less
wire dateline keeps "last year"; a span that spells out a noun of time, one of two days, and the
day an appointment takes effect are not asked; a part of a year is asked "When …?"."""

from __future__ import annotations

import pytest
from invented_articles import date_questions

from quizgen.facts.date_values import resolve
from quizgen.facts.relative import Base
from quizgen.pipeline import generate_bank


def wire_dates(tmp_path, dateline: str, body: str) -> dict[str, str]:
    """The date questions of a wire story under `dateline` ("OSLO, Nov 2"), which has no year."""
    path = tmp_path / "wire.txt"
    path.write_text(f"FERRY LINE NAMES NEW HEAD\n\n    {dateline} - {body}\n")
    return {q.question: q.answer for q in generate_bank([str(path)]).questions if q.kind == "date"}


def test_a_month_of_last_year_under_a_yearless_dateline_is_not_asked(tmp_path) -> None:
    # (the dateline gives no year, so "March last year" cannot be placed: only the written year is asked)
    body = "Its founder, Ola Brekke, took over in May 2003 and stepped down in March last year."
    found = wire_dates(tmp_path, "OSLO, Nov 2", body)
    assert found == {"When did Ola Brekke take over?": "May 2003"}


@pytest.mark.parametrize(
    ("dateline", "surface", "answer"),
    [
        ((3, 4), "March last year", "March last year"),
        ((3, 4), "last November", "last November"),  # the November before the dateline's March
        ((12, 20), "last November", "November"),  # this year's November: the month alone is right
        ((12, 20), "next month", "next month (January)"),
        ((3, 4), "next month", "April"),
    ],
)
def test_a_yearless_dateline_names_another_years_month_in_the_articles_words(
    dateline: tuple[int, int], surface: str, answer: str
) -> None:
    found = resolve(surface, None, future=None, base=Base.of(None, dateline))
    assert found is not None and found[1] == answer


def test_a_span_that_spells_out_every_year_is_not_when_the_act_happens() -> None:
    text = "The new mayor has promised to publish the harbour board's accounts for every year from 2001 to 2019."
    assert [q.answer for q in date_questions(text)] == []


def test_a_span_of_years_on_the_verb_is_still_asked() -> None:
    (q,) = date_questions("The surveyors mapped the northern coastline from 1995 to 2003.")
    assert q.answer == "1995\u20132003"


def test_an_event_named_with_a_noun_of_time_is_asked_when_it_is_held() -> None:
    said = "The Ministry of Ports will hold the first National Harbour Clean-Up Week from May 4 to 10, 2025."
    (q,) = date_questions(said)  # the model calls "Week" a date: still the event's name, not a stretch of time
    assert q.answer == "May 4\u201310, 2025"


def test_one_of_two_days_is_not_asked_alone() -> None:
    text = "The new readings of the comet were taken on February 11 and 12."
    assert [q.answer for q in date_questions(text)] == []


def test_an_appointment_effective_later_is_not_asked_as_from_when_it_was_made() -> None:
    text = "Harbour Ferries said on Monday it had appointed Mia Lund as chief executive, effective January 1."
    asked = [q.question for q in date_questions(text) if q.answer.startswith("January 1")]
    assert asked == ["From when will Mia Lund serve as chief executive?"]  # when she starts, never "appoint"


def test_a_rule_that_takes_effect_later_is_still_asked_from_when() -> None:
    found = {q.question: q.answer for q in date_questions("The new ferry fares will apply effective January 1.")}
    assert found == {"From when will the new ferry fares apply?": "January 1, 2024"}


@pytest.mark.parametrize(("said", "answer"), [("in early 2006", "early 2006"), ("in 2006", "2006")])
def test_a_part_of_a_year_is_asked_when_and_a_bare_year_in_what_year(said: str, answer: str) -> None:
    (q,) = date_questions(f"Mia Lund joined the ferry company {said} from a rival shipping group.")
    wh = "When" if answer.startswith("early") else "In what year"
    assert (q.question, q.answer) == (f"{wh} did Mia Lund join the ferry company from a rival shipping group?", answer)


def test_an_acronym_in_brackets_leaves_the_relative_clause_to_the_name() -> None:
    text = "The Harbour Safety Board (HSB), which was set up in 1996, will run the new patrols."
    assert {q.question: q.answer for q in date_questions(text)} == {
        "In what year was the Harbour Safety Board set up?": "1996"
    }


def test_a_second_past_verb_the_tagger_reads_as_a_participle_is_asked_in_the_past() -> None:
    found = {q.question: q.answer for q in date_questions("The paper mill opened in 1962 and closed in 2004.")}
    assert found["In what year did the paper mill close?"] == "2004"


def test_a_passive_second_verb_without_its_own_be_is_not_asked_as_an_act() -> None:
    found = {q.question: q.answer for q in date_questions("The pier was built in 1901 and retired in 1988.")}
    assert "In what year did the pier retire?" not in found


def test_a_conjoined_verb_with_its_own_date_leaves_the_question() -> None:
    text = (
        "Harbour Mills plans to launch its broadband service in early 2024"
        " and to switch off its old network by the end of 2025."
    )
    found = {q.question: q.answer for q in date_questions(text)}
    assert found == {  # each infinitive asked with its own date, the other left out
        "When does Harbour Mills plan to launch its broadband service?": "early 2024",
        "By when does Harbour Mills plan to switch off its old network?": "end of 2025",
    }


def test_what_happened_at_a_dated_occasion_takes_its_date() -> None:
    text = "The harbour mayor was badly beaten in last November's elections."
    found = {q.question: q.answer for q in date_questions(text)}
    assert found == {"When was the harbour mayor badly beaten?": "November 2022"}


def test_a_saying_at_a_dated_occasion_is_not_asked_by_its_date() -> None:
    text = "The harbour mayor said in last week's debate that the ferry pier would close."
    assert [q.question for q in date_questions(text) if q.question.startswith("When did the harbour mayor say")] == []


def test_a_post_named_by_its_holder_asks_of_the_holder() -> None:
    text = "The Harbour Safety Board will run the patrols. Its chief executive, Dan Orrin, took office in June 2020."
    found = {q.question: q.answer for q in date_questions(text)}
    assert found["When did Dan Orrin take office?"] == "June 2020"
