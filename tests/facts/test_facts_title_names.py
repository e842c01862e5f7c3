"""Titles the tagger cuts or tears before a name (sentences invented): a wire rank it took for a name
("Sgt."), a centre of an agency it took for a person ("NASA Johnson Director"), a team name ending in a
post-like word ("Chennai Kings head coach"), and titles joined by "to" or "in" ("Ambassador to Japan",
"Acting Minister in the Presidency")."""

from __future__ import annotations

import datetime as dt

from invented_articles import answers_to


def _roles(text: str) -> dict[str, str]:
    return answers_to(text, published=dt.date(2024, 6, 12), kind="role")


def test_a_wire_rank_cut_off_by_the_tokenizer_gives_the_force() -> None:
    asked = _roles("Harwick police Sgt. Dana Oduya said the van was found near the depot on Tuesday.")
    assert asked == {"In 2024, which organization was Dana Oduya a sergeant of?": "Harwick police"}, asked


def test_a_rank_after_a_post_is_the_title_and_never_glued_to_it() -> None:
    asked = _roles("Police spokesman Lt. Omar Baines said two men were held.")
    assert not [a for a in asked.values() if "spokesman" in a.lower() and "Lieutenant" in a], asked


def test_a_centre_of_an_agency_is_the_body_of_its_director() -> None:
    asked = _roles("ESA Kourou Director Ines Valdez said the launch pad would reopen in July.")
    assert asked.get("In 2024, who was the Director of ESA Kourou?") == "Ines Valdez", asked


def test_a_team_name_ending_in_a_post_word_is_not_torn() -> None:
    text = (
        "Harbour Royals beat Delta Kings by 25 runs at the Riverside Oval on Sunday.\n\n"
        "Delta Kings head coach Owen Tasker said his bowlers had been too short."
    )
    assert not [a for a in _roles(text).values() if a.startswith("Kings")], _roles(text)


def test_a_title_joined_by_in_is_read_whole() -> None:
    asked = _roles("Acting Minister in the Presidency Nomvula Khumalo will now lead contact with the media.")
    assert asked.get("In 2024, what post did Nomvula Khumalo hold?") == "acting Minister in the Presidency", asked


def test_an_ambassador_to_a_country_is_not_asked_as_the_one() -> None:
    asked = _roles("Ambassador to Japan Chua Wen Keat said citizens abroad should register with the embassy.")
    assert asked.get("In 2024, what post did Chua Wen Keat hold?") == "ambassador to Japan", asked
    assert "Chua Wen Keat" not in asked.values(), asked  # whose ambassador, the sentence does not say


def test_an_adviser_to_the_president_is_not_the_president() -> None:
    asked = _roles("Adviser to the President Tom Vale said the talks had stalled.")
    assert "President" not in asked.values(), asked
