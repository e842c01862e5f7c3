"""Classes a cold reader failed: a member's seat offered beside a minister's post, a body's own site or
a cut name among organizations, a caption's present kept for a past date, "the vice chairman" of a
body that has several, and a quotation cut down to its bare "if" clause."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_text

from quizgen.facts.date_tense import past_when_over
from quizgen.questions.length import shorten
from quizgen.questions.org_parts import full_name, owned_site, site_owner
from quizgen.questions.post_options import _implied_by


def test_a_member_seat_is_no_false_option_beside_a_post_held_from_among_members() -> None:
    assert _implied_by("Liberal MP", "Minister for Harbours")
    assert _implied_by("Councilmember", "acting President")
    assert _implied_by("Councilwoman", "Deputy Speaker")
    assert not _implied_by("Liberal MP", "Councilmember")  # a seat beside a seat is a real choice
    assert not _implied_by("Treasury spokesman", "Minister for Harbours")
    assert not _implied_by("Liberal MP", "harbour pilot")
    assert not _implied_by("Conservative MP", "Labour leader")  # another party's seat: false indeed
    assert not _implied_by("Liberal MP", "Harbours Board spokeswoman")  # a body's spokeswoman holds no seat


def test_a_body_s_own_site_is_no_rival_organization() -> None:
    text = "As the home of Ridgeway Control Center, the Orvane Space Agency trains its crews on site."
    assert owned_site("Ridgeway Control Center", text)
    assert owned_site("Halden Propulsion Laboratory", "the agency's Halden Propulsion Laboratory in Vell")
    assert not owned_site("Ridgeway Control Center", "Ridgeway Control Center signed the lease.")
    assert not owned_site("Orvane Space Agency", text)  # no site's name


def test_the_body_whose_site_houses_the_answer_is_no_rival() -> None:
    text = "The Survey Office at the Orvane Space Agency's Kell Flight Center runs the mission."
    assert site_owner("Orvane Space Agency", "Survey Office", text)
    assert not site_owner("Kell Rail Board", "Survey Office", text)


def test_a_cut_name_gives_way_to_the_full_one() -> None:
    names = ["Orvell University Board of Regents", "Orvane Space Agency", "Board of Regents"]
    assert full_name("Board of Regents", names) == "Orvell University Board of Regents"
    assert full_name("Orvane Space Agency", names) is None
    two = ["Kell College Board of Trustees", "Mora Institute Board of Trustees"]
    assert full_name("Board of Trustees", two) == ""  # whose board? no option


def test_a_caption_s_present_is_asked_in_the_past() -> None:
    caption = "Watch as fitters lower the Tamsin probe into the test tank in March 2023."
    asked = "When do fitters lower the Tamsin probe into the test tank?"
    assert (
        past_when_over(asked, "2023-03", None, caption) == "When did fitters lower the Tamsin probe into the test tank?"
    )
    seen = "In what month is the Tamsin probe seen in the test tank?"
    caption = "The Tamsin probe is seen in the test tank in March."
    assert past_when_over(seen, "XXXX-03", None, caption) == "In what month was the Tamsin probe seen in the test tank?"


def test_a_present_before_the_story_is_asked_in_the_past_and_a_plan_is_not() -> None:
    sent = "Fitters lower the probe into the tank in March 2023."
    published = dt.date(2023, 9, 1)
    assert past_when_over("When do fitters lower the probe?", "2023-03", published, sent).startswith("When did ")
    assert past_when_over("When do fitters lower the probe?", "2024-03", published, sent).startswith("When do ")
    plan = "When is the probe due in the tank?"
    assert past_when_over(plan, "2023-03", published, "The probe is due in the tank in March 2023.") == plan


def test_a_quotation_keeps_its_main_clause_after_an_if_clause() -> None:
    question = (
        "Who said “if the port board decides to sell the old ferry terminal this spring, the town will lose "
        "its last public pier and the fishing fleet with it”?"
    )
    short = shorten(question)
    assert "the town will" in short and short != question


def test_a_quotation_keeps_its_main_clause_after_a_despite_phrase() -> None:
    question = (
        "Who said “Despite a rise in the number of lorries on the bypass and longer opening hours, noise levels "
        "have fallen by a third across the valley since the new surface was laid”?"
    )
    short = shorten(question)
    assert "noise levels have fallen" in short and short != question


def test_a_lower_case_vice_post_asks_for_one_of_several() -> None:
    text = (
        "KELLSBY, May 4 - Mara Ostrand, vice chairman of the Kellsby regional government, said on Monday "
        "the new bridge would open in 2026. Tomas Reyl, governor of the Kellsby region, said the bridge "
        "would cost 40 million crowns."
    )
    asked = [q.question for q in questions_of_text(text, dt.date(2025, 5, 4), "role")]
    assert not [q for q in asked if "the vice chairman of" in q]
    assert [q for q in asked if "a vice chairman of the Kellsby regional government" in q]


def test_a_starting_level_is_asked_about_the_level_not_fronted() -> None:
    text = (
        "OTTAWA, March 3 - Norland's trade gap widened sharply last year as the deficit in the services "
        "account rose to a record 6.4 billion crowns from the previous year's shortfall of 912 million crowns, "
        "the statistics office said on Tuesday."
    )
    asked = [q.question for q in questions_of_text(text, dt.date(2025, 3, 3), "number")]
    assert not [q for q in asked if q.startswith("From ") and " of how " in q]


def test_an_appointment_keeps_its_task_when_no_post_is_named() -> None:
    text = (
        "KELL, May 4 - The bishop was appointed by the synod in 2016 to reform the church's property holdings "
        "but lost the post last year after a scandal."
    )
    asked = [q.question for q in questions_of_text(text, dt.date(2024, 5, 4), "date")]
    assert "In what year was the bishop appointed by the synod to reform the church's property holdings?" in asked
