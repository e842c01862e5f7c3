"""Names the small model tags wrongly: storms, "<body> of <place>", firms and clubs as people, and bare
former offices (invented sentences)."""

from __future__ import annotations

from invented_articles import answers_to, questions_of_text


def _ents(text: str) -> dict[str, str]:
    from quizgen.nlp import load_nlp

    return {e.text: e.label_ for e in load_nlp()(text).ents}


def test_a_named_storm_is_an_event_never_a_person_or_a_body() -> None:
    ents = _ents(
        "Cyclone Larkin swept across the islands on Tuesday. Storm Orla flooded 300 homes in Galway. "
        "Typhoon Mirae struck the coast at dawn, and Larkin later weakened over the sea."
    )
    for name in ("Cyclone Larkin", "Storm Orla", "Typhoon Mirae", "Larkin"):
        assert ents.get(name) == "EVENT", (name, ents)


def test_a_body_named_after_storms_stays_a_body() -> None:
    ents = _ents("The National Hurricane Center said the storm would reach Florida on Sunday.")
    assert ents.get("The National Hurricane Center") == "ORG"


def test_a_storm_is_no_speaker() -> None:
    text = (
        "TOKYO, Sept 9 (Reuters) - Typhoon Mirae has killed at least 14 people in Japan, the fire agency said on "
        "Monday.\n\nTyphoon Mirae struck Chiba on Sunday night. Chief Cabinet Secretary Aiko Tanabe said 9,000 "
        "troops had joined the search."
    )
    answers = answers_to(text)
    assert not any("Mirae" in a for a in answers.values()), answers


def test_a_body_of_a_place_keeps_its_whole_name() -> None:
    text = (
        "Norway is joining a crowded race to watch the Arctic from orbit.\n\nThe Space Agency of Norway said on "
        "Thursday it would launch a weather satellite in 2028. The Development Bank of Velmora said separately "
        "that it would lend 40 million dollars to farmers."
    )
    answers = answers_to(text, kind="quote")
    orgs = [a for q, a in answers.items() if q.startswith("Which organization")]
    assert "Space Agency of Norway" in orgs and "Space Agency" not in orgs, answers
    assert all(not a.endswith(("Agency", "Bank")) for a in orgs), answers


def test_a_university_of_the_country_is_not_grown_with_the_country() -> None:
    ents = _ents("Researchers from Dunmore State University of the US joined the team last year.")
    assert not any(name.endswith("of the US") for name in ents), ents


def test_a_firm_tagged_a_person_holds_no_post() -> None:
    text = (
        "Dunmore Rovers signed winger Sam Keane on Friday. Kestrel Holdings, the club's owner, said it would "
        'spend 3 million pounds on a new stand. Rovers manager Paul Brady said: "He is quick and brave."'
    )
    questions = questions_of_text(text, kind="role")
    assert not any("Kestrel Holdings" in q.question for q in questions), [q.question for q in questions]


def test_a_bare_former_president_is_not_asked_as_a_post() -> None:
    text = (
        "Former president Amos Dlamini appeared in court on Tuesday to face fraud charges, his lawyers said. "
        "Dlamini, 74, denies the nine charges.\n\nFormer finance minister Grace Mbeki said the case had taken "
        "too long."
    )
    answers = answers_to(text, kind="role")
    assert "former president" not in {a.lower() for a in answers.values()}, answers


def test_a_placed_former_office_is_still_a_post() -> None:
    from quizgen.questions.post_worth import former_office_unplaced

    assert former_office_unplaced("former president") and former_office_unplaced("ex-Minister")
    assert not former_office_unplaced("former Brazilian president")
    assert not former_office_unplaced("former finance minister")
    assert not former_office_unplaced("president")


def test_a_former_office_the_article_gives_a_body_is_still_asked() -> None:
    from quizgen.questions.post_worth import former_office_unplaced

    text = "The vote for a new union president is set for Monday, after former president Lena Ruiz quit."
    assert not former_office_unplaced("former president", text)
    assert former_office_unplaced("former president", "Former president Lena Ruiz quit on Monday.")


def test_the_storm_is_never_the_forecasting_centre_named_after_storms() -> None:
    text = (
        "Gulf storm to weaken, forecasters say\n\nA tropical storm formed in the Gulf of Mexico on Tuesday and "
        "moved north towards the coast.\n\nThe Hurricane Center said the storm would weaken by Thursday."
    )
    asked = answers_to(text)
    assert asked.get("Which organization said that the storm would weaken by Thursday?") == "Hurricane Center", asked
    assert not [q for q in asked if "Hurricane Center" in q], asked
