"""Number shapes of wire copy from outlets the generator was not built on (sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "named-beside": (
        "Quarterly results beat forecasts\n\n"
        "The phone maker Acme Devices posted a 21 percent increase in quarterly profit on Thursday.\n\n"
        "The company earned $212 million, or 45 cents a share, in the quarter, up from $180.5 million, "
        "or 38 cents a share, a year earlier."
    ),
    "tolls": (
        "Storms hit the islands\n\n"
        "The worst storm of the year was Typhoon Kora, which slammed into the coast on Monday, "
        "leaving 54 dead and three missing.\n\n"
        "A false fire alarm in Harbour City left one person dead.\n\n"
        "The blast, which hit the market at noon, left at least 9 people dead."
    ),
    "toll-in-relative": (
        "Riot in Halden\n\n"
        "Police in Halden have arrested 12 suspects following violent protests that left four people dead and "
        "dozens injured on Monday."
    ),
    "distances": (
        "Quake shakes the north\n\n"
        "The quake struck near Tarvo, 40 kilometres north of Valka, on Sunday.\n\n"
        "Floods hit the town of Elm, about 120 miles (193 km) west of Denver."
    ),
    "ages": (
        "Mayor detained\n\n"
        "Mayor Ann Ruiz, 58, who was elected in 2019, was detained at her home on Friday.\n\n"
        "The singer Tom Vale, 71, died on Sunday."
    ),
    "totals": (
        "Dengue spreads\n\nThe health agency reported a total of 18 suspected cases of dengue across the province."
    ),
    "rupees": (
        "Metro gets funds\n\n"
        "The state government sanctioned Rs 450 crore for the new metro line.\n\n"
        "The council spent ₹12 lakh on repairs to the school."
    ),
    "tune": (
        "Flood relief reaches the valley\n\n"
        "The ministry distributed flood relief to the tune of $3.1 million.\n\n"
        "More than 400 rare beetles have been found in the valley so far."
    ),
    "depths": (
        "Miners rescued\n\n"
        "The miners were trapped about 700 metres below ground for a week.\n\n"
        "Researchers detected a plume of oil at least 12 miles long and more than 2,000 feet below the surface."
    ),
    "scores": (
        "Hawks edge Kings\n\n"
        "The Harbour Hawks held off the Valka Kings, 98-95, on Sunday night.\n\n"
        "After the Kings' 2-1 loss against the Ferry Rovers last week, the coach blamed the referee.\n\n"
        "Tom Vale won the final 6-4, 3-6, 7-5 in three hours."
    ),
    "costs": (
        "Minister visits works\n\n"
        "The minister inspected the construction of a car park at a cost of $9.6 million, the Port Vell library at "
        "a cost of $3.3 million, and the renovation of the market at a cost of $1.5 million.\n\n"
        "The city plans the Tarvo bridge at a cost of $8 million."
    ),
    "owned": (
        "Bank grows abroad\n\n"
        "Velmora Trust's 14 foreign branches include offices in Lima and Oslo.\n\n"
        "Ann Ruiz said she laid out the progress made to raise the sales tax to 10 percent in 2025."
    ),
    "sentence-start": (
        "Storm season\n\nOfficials in Port Elm met on Monday. At least 15 typhoons hit the Velmora Islands each year."
    ),
    "out-of": (
        "Fever in the valley\n\n"
        "Eight out of the 12 samples collected from patients in Port Elm tested positive for the fever."
    ),
    "participle": (
        "Vaccines reach the north\n\n"
        "The vaccination campaign, targeting over 20,000 children in Port Elm, is being run by the health ministry.\n\n"
        "A drill, involving 3,000 troops, began on Monday."
    ),
    "scored-points": (
        "Hawks win again\n\nStephen Lowe had 29 points and 12 assists, and Carl Mott scored 31 for the Hawks."
    ),
    "scored-runs": ("Tigers win the Test\n\nTom Vale scored a solid 76 before lunch, and his side won by 40 runs."),
    "scored-unsure": "Cup final\n\nTom Vale scored 3 for Port Elm on Sunday.",
    "bare-of": ("Talks resume\n\nThe two sides met again in Port Elm after passage of one year of talks."),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


def test_the_company_is_the_name_set_beside_an_earlier_subject(bank: QuestionBank) -> None:
    got = answers(bank, "named-beside", "number")
    assert got.get("How much did Acme Devices earn in the quarter?") == "$212 million"
    assert got.get("How much per share did Acme Devices earn a year earlier?") == "38 cents"
    assert not any("the company" in q.lower() for q in got), got


def test_a_periodic_adjective_stays_with_the_figure_it_names(bank: QuestionBank) -> None:
    got = answers(bank, "named-beside", "number")
    assert got.get("What percentage increase in quarterly profit did the phone maker post on Thursday?") == "21 percent"


def test_each_count_of_a_toll_is_asked_with_its_state_and_what_left_it(bank: QuestionBank) -> None:
    got = answers(bank, "tolls", "number")
    assert got.get("How many people did Typhoon Kora leave dead?") == "54"
    assert got.get("How many people did Typhoon Kora leave missing?") == "three"
    assert got.get("How many people did a false fire alarm in Harbour City leave dead?") == "one"
    # the parse hangs "left" on "the blast" with no subject: what left the toll is unsure, so nothing
    assert not any("9" in a for a in got.values()), got


def test_a_distance_locates_the_place_before_it(bank: QuestionBank) -> None:
    got = answers(bank, "distances", "number")
    assert got.get("How far north of Valka is Tarvo?") == "40 kilometres"
    assert got.get("About how far west of Denver is Elm?") == "120 miles"
    assert not any(q.startswith("How many kilometres") or q.startswith("How many miles") for q in got), got


def test_an_age_set_off_after_a_name_is_asked_but_not_an_age_at_death(bank: QuestionBank) -> None:
    assert answers(bank, "ages", "number").get("In 2024, how old was Ann Ruiz?") == "58"
    assert "71" not in answers(bank, "ages", "number").values()


def test_a_total_of_counts_the_noun_after_it(bank: QuestionBank) -> None:
    got = answers(bank, "totals", "number")
    assert got.get("How many suspected cases of dengue did the health agency report across the province?") == "18"


def test_crore_and_lakh_are_scales_of_a_rupee_amount(bank: QuestionBank) -> None:
    got = answers(bank, "rupees", "number")
    assert got.get("How much did the state government sanction for the new metro line?") == "Rs 450 crore"
    assert "₹12 lakh" in got.values(), got
    assert not any("how many crore" in q.lower() for q in got), got


def test_to_the_tune_of_sizes_the_object_before_it(bank: QuestionBank) -> None:
    got = answers(bank, "tune", "number")
    assert got.get("How much flood relief did the ministry distribute?") == "$3.1 million"
    assert not any("tune" in q for q in got), got


def test_a_count_whose_wh_phrase_says_what_it_counts_is_not_too_vague(bank: QuestionBank) -> None:
    got = answers(bank, "tune", "number")
    assert got.get("More than how many rare beetles have been found in the valley so far?") == "400"


def test_a_depth_is_asked_how_far_below_and_never_as_a_count_of_feet(bank: QuestionBank) -> None:
    got = answers(bank, "depths", "number")
    assert got.get("About how far below ground were the miners trapped for a week?") == "700 metres"
    assert not any(q.startswith("How many feet") for q in got), got


def test_a_score_is_one_answer_asked_by_its_result(bank: QuestionBank) -> None:
    got = answers(bank, "scores", "number")
    assert got.get("By what score did the Harbour Hawks hold off the Valka Kings on Sunday night?") == "98-95"
    assert got.get("What was the score in the Kings' loss against the Ferry Rovers?") == "2-1"
    # one side of a score is never a count, and one set of a match is no result
    assert not any(a in ("98", "95", "2", "6", "7-5", "6-4") for a in got.values()), got


def test_at_a_cost_of_is_asked_as_what_the_thing_cost(bank: QuestionBank) -> None:
    got = answers(bank, "costs", "number")
    assert got.get("How much did the Port Vell library cost?") == "$3.3 million"
    assert got.get("How much did the renovation of the market cost?") == "$1.5 million"
    assert got.get("How much will the Tarvo bridge cost?") == "$8 million"
    # the parse hangs the first cost on "inspected", which has two objects: whose cost it is, unsure
    assert "$9.6 million" not in got.values(), got
    assert not any(q.startswith("At a cost") for q in got), got


def test_a_subject_count_with_a_named_owner_is_asked_as_what_the_owner_has(bank: QuestionBank) -> None:
    got = answers(bank, "owned", "number")
    assert got.get("How many foreign branches does Velmora Trust have?") == "14"
    assert not any("include" in q for q in got), got


def test_a_figure_of_a_verb_that_describes_a_noun_is_not_asked_from_the_outer_clause(bank: QuestionBank) -> None:
    assert "10 percent" not in answers(bank, "owned", "number").values()


def test_a_count_opening_a_sentence_is_no_rank_after_the_full_stop_before_it(bank: QuestionBank) -> None:
    assert (
        answers(bank, "sentence-start", "number").get("At least how many typhoons hit the Velmora Islands each year?")
        == "15"
    )


def test_a_part_out_of_a_whole_is_asked_as_how_many_out_of_it(bank: QuestionBank) -> None:
    got = answers(bank, "out-of", "number")
    assert got == {
        "How many out of the 12 samples collected from patients in Port Elm tested positive for the fever?": "Eight"
    }, got


def test_a_count_in_a_participle_after_the_subject_says_what_the_subject_does(bank: QuestionBank) -> None:
    got = answers(bank, "participle", "number")
    assert got.get("More than how many children does the vaccination campaign target?") == "20,000"
    assert "3,000" not in got.values(), got  # "a drill": which one, the question could not say


def test_a_bare_figure_scored_is_asked_in_the_unit_the_article_counts_in(bank: QuestionBank) -> None:
    assert answers(bank, "scored-points", "number").get("How many points did Carl Mott score for the Hawks?") == "31"
    assert answers(bank, "scored-runs", "number").get("How many runs did Tom Vale score before lunch?") == "76"
    assert answers(bank, "scored-unsure", "number") == {}  # neither points nor runs named: goals? nothing is asked


def test_a_bare_noun_before_of_is_not_pied_with_the_question(bank: QuestionBank) -> None:
    got = answers(bank, "bare-of", "number")
    assert not any("passage of how many" in q.lower() for q in got), got


def test_a_toll_in_a_relative_clause_names_its_noun_alone(bank: QuestionBank) -> None:
    """ "protests that left four dead and dozens injured": the parser hangs "dozens injured" on "protests"."""
    got = answers(bank, "toll-in-relative", "number")
    assert got.get("How many people did violent protests leave dead?") == "four", got
