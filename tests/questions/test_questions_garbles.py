"""Questions a teacher would write: no score torn at its dash, no restated figure or list of figures
glued on, no tally's other side, no set-off "his fifth ODI hundred", a party's capital kept and a
post's sentence capital dropped, no post left unnamed, no maturity asked as a length."""

from __future__ import annotations

from invented_articles import questions_of_texts

TEXTS = {
    "draw": (
        "By Sam Hill, BBC Sport\n\n"
        "Alder Vale drew 0-0 with Kestrel Rovers on Saturday, leaving them third in the table."
    ),
    "ton": (
        "COLOMBO, Aug 12 (PTI) - Rohan Mehta's 112 helped India beat Sri Lanka on Sunday.\n\n"
        "Mehta scored 112 in his 118-ball innings, his fifth ODI hundred, as India won by six wickets."
    ),
    "stocks": (
        "NEW YORK, March 4 (Reuters) - The benchmark Tarrow 300 index edged down 0.4%, or 2.9 points, on Tuesday "
        "as investors weighed fresh inflation data.\n\n"
        "The Vellum Composite fell 1.1%, or 150 points, to 13,420.\n\n"
        "The yield on benchmark 10-year Treasury notes rose to 4.3% from 4.2% late on Monday."
    ),
    "budget": (
        "WASHINGTON, May 10 (AP) - The state Senate on Thursday passed the $1.2 billion budget 18 votes to 8, "
        "sending it to Governor Linda Carr.\n\n"
        "The measure includes $40 billion for Ukraine, $14 billion for Israel and $9 billion for humanitarian "
        "aid, said Senator Paul Ortiz."
    ),
    "posts": (
        "SYDNEY, Feb 2 (AAP) - Warming seas damaged a third of the reef last year, a study found.\n\n"
        "Lead author Mei Tanaka of James Cook University said the damage was severe. Tanaka, who works at "
        "James Cook University, led a team of 12.\n\n"
        "Labour won the seat in 2019. Labour candidate John Reid lost in 2015.\n\n"
        "Sofia Brandt has held a position at the agency since 2019."
    ),
    "society": (
        "NAIROBI, July 5 (AFP) - Red Cross Society of Kenya Secretary General Asha Mwangi said aid was on its "
        "way.\n\nMwangi visited the camp at Garissa on Friday."
    ),
}


def _asked() -> dict[str, dict[str, str]]:
    bank = questions_of_texts(TEXTS)
    out: dict[str, dict[str, str]] = {key: {} for key in TEXTS}
    for q in bank.questions:
        out[q.article][q.question] = q.answer
    return out


ASKED = _asked()


def test_a_goalless_score_keeps_its_dash() -> None:
    asked = ASKED["draw"]
    assert not any(" 0 0 " in q or q.endswith(" 0?") for q in asked), asked
    assert any(" draw 0-0 with Kestrel Rovers?" in q for q in asked), asked


def test_a_set_off_milestone_is_left_out_of_the_count() -> None:
    asked = ASKED["ton"]
    assert not any("hundred" in q for q in asked), asked
    assert asked.get("How many runs did Rohan Mehta score in his 118-ball innings?") == "112", asked


def test_a_change_restated_in_points_is_left_out() -> None:
    asked = ASKED["stocks"]
    assert not any("edge down, or" in q or "1.1%, or" in q for q in asked), asked
    assert asked.get("By what percentage did the benchmark Tarrow 300 index edge down on Tuesday?") == "0.4%", asked
    assert asked.get("How many points did the benchmark Tarrow 300 index edge down on Tuesday?") == "2.9", asked


def test_a_maturity_is_never_asked_as_a_length() -> None:
    assert not any(q.startswith("How long") for q in ASKED["stocks"]), ASKED["stocks"]


def test_a_tally_and_a_list_of_figures_are_not_asked_one_side_at_a_time() -> None:
    asked = ASKED["budget"]
    assert not any(q.startswith("How many votes") for q in asked), asked
    assert not any("for Ukraine, $14 billion" in q for q in asked if q.startswith("How much")), asked


def test_a_post_loses_its_sentence_capital_and_a_party_keeps_its_own() -> None:
    asked = ASKED["posts"]
    assert not any("Lead author" in q for q in asked), asked
    assert not any("labour" in q for q in asked), asked
    assert "In what year did Labour candidate John Reid lose?" in asked, asked


def test_a_post_never_named_is_not_dated() -> None:
    assert not any("a position" in q for q in ASKED["posts"]), ASKED["posts"]


def test_a_place_that_ends_a_body_s_name_is_not_the_post_s_owner() -> None:
    asked = ASKED["society"]
    assert not any(q.endswith("Secretary General of Kenya?") for q in asked), asked
    assert "Kenya" not in [a for q, a in asked.items() if "post" in q], asked
