"""Wrong facts found in invented science releases and sport reports: each shape is asked truly or not at all."""

from __future__ import annotations

import pytest
from invented_articles import answers_to


def _qa(text: str, kind: str | None = None) -> dict[str, str]:
    return answers_to(text, kind=kind)


def test_the_agency_is_no_body_the_article_names_only_later() -> None:
    text = (
        "The National Aeronautics and Space Administration's Kestrel orbiter reached Titan on Tuesday.\n\n"
        'Rosa Delgado, associate administrator at NASA Headquarters, called the arrival "a triumph". '
        "She added that the agency plans to announce a second Titan mission in 2028.\n\n"
        "The European Space Agency (ESA) contributed the orbiter's spectrometer."
    )
    asked = _qa(text)
    assert not [q for q in asked if "European Space Agency plans" in q], asked


def test_a_figure_up_from_keeps_its_own_year_and_drops_the_next_count() -> None:
    text = (
        "The regional office recorded 91,400 cases of mumps in 2024, up from 40,210 in 2023, and 17 deaths, "
        "the health ministry said on Monday."
    )
    asked = _qa(text, "number")
    for question, answer in asked.items():
        if answer == "40,210":
            assert question.endswith("in 2023?") and "deaths" not in question, asked


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ethiopia's Diribe Welteka finished second in 14:31.08, with Kenya's Mary Wanjiru third.", "Diribe Welteka"),
        ("Cyriel Dessenaar headed in a 93rd-minute equaliser as Harbour Rovers drew 1-1.", "Cyriel Dessenaar"),
    ],
)
def test_a_runner_or_scorer_timed_as_people_are_is_a_person(sentence: str, name: str) -> None:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.org_people import person_as_org
    from quizgen.nlp import load_nlp

    doc = load_nlp()(sentence)
    span = doc.char_span(sentence.index(name), sentence.index(name) + len(name), label="ORG")
    assert span is not None
    doc.ents = [span]  # as the tagger gave them in a longer report: an organisation, no person named
    assert person_as_org(ArticleContext(doc), span)


def test_a_nationality_epithet_gets_an_age_only_through_its_name() -> None:
    text = (
        "Tomas Berglund beat Luca Ferrante 6-3, 7-6 on Sunday to win the Harbour Open.\n\n"
        "The 24-year-old Swede saved three set points. Ferrante, the 27-year-old Italian ranked fifth, "
        "had won their last two meetings."
    )
    asked = _qa(text, "number")
    assert not [q for q in asked if "old was Swede" in q or "old was Italian" in q or "old is Italian" in q], asked
    ages = {q: a for q, a in asked.items() if q.lower().startswith(("how old", "at the time of writing, how old"))}
    assert all("Luca Ferrante" in q and a == "27" for q, a in ages.items()), ages


def test_a_minute_a_comeback_and_a_gap_between_events_are_no_lengths() -> None:
    text = (
        "Pavel Dorn headed in a 92nd-minute equaliser as Kettering Town came from two goals down to draw 2-2 "
        "with Harbour Athletic on Saturday.\n\n"
        "The Varuna weather satellite has sent back its first pictures, five weeks after it launched from "
        "the Harbour Spaceport on 3 March."
    )
    asked = _qa(text, "number")
    assert not [a for a in asked.values() if a in ("92nd minutes", "two", "five weeks")], asked


def test_a_race_named_by_its_distance_is_no_distance_covered() -> None:
    text = (
        "Kenya's Ruth Chebet broke the world record in the women's 3000 metres at the Harbour meeting on "
        "Sunday, clocking 8 minutes 5.12 seconds. In the men's 200 metres, Dale Moss won in 19.81 seconds."
    )
    asked = _qa(text, "number")
    assert not [a for a in asked.values() if a in ("3000 metres", "200 metres")], asked


def test_an_acronym_is_not_taught_as_the_front_of_its_name() -> None:
    text = (
        "The Bureau for Harbour Safety and Navigation (BHS) said on Monday that 14 ferries had been inspected. "
        "The BHS said all passed."
    )
    asked = _qa(text, "acronym")
    assert "Bureau for Harbour Safety" not in asked.values(), asked


def test_a_score_sizing_a_hyphened_result_drops_the_adjective_whole() -> None:
    text = "Harbour Rovers kept their title hopes alive with a hard-fought 27-20 win over Kettering on Saturday."
    asked = _qa(text, "number")
    assert not [q for q in asked if "hard-" in q or "hard " in q], asked
