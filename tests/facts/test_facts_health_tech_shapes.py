"""Health and technology news (health-agency releases, hospital stories, drug approvals, product
launches, outages): shapes whose questions named the wrong body, asked of the wrong noun, or were
garbled. Each text is invented for its test."""

from __future__ import annotations

from invented_articles import questions_of_text


def _texts(text: str, kind: str | None = None) -> list[str]:
    return [f"{q.question} -> {q.answer}" for q in questions_of_text(text, kind=kind)]


def test_press_release_about_heading_is_no_part_of_the_company_name() -> None:
    text = (
        "Halcyon Unveils Dex 2, Its Smartest Glucose Patch\n\n"
        "DENVER, April 7, 2025 /PRNewswire/ -- Halcyon Devices Inc. (NASDAQ: HLCY) today announced Dex 2, "
        "a patch that tracks glucose.\n\n"
        '"Dex 2 ends finger pricks," said Lena Marsh, chief executive officer of Halcyon.\n\n'
        "About Halcyon Devices\nFounded in 2011 and headquartered in Denver, Halcyon Devices makes sensors "
        "for diabetes care.\n"
    )
    roles = _texts(text, "role")
    assert roles and not any("About" in r for r in roles), roles


def test_based_adjective_is_no_part_of_the_company_name() -> None:
    text = (
        "FDA approves first pill for postpartum depression\n\n"
        "WASHINGTON (AP) — The Food and Drug Administration on Tuesday approved the first pill to treat "
        "postpartum depression.\n\n"
        "The drug, called Calmora, is taken once a day for 14 days. It was developed by Boston-based Veritas "
        "Therapeutics, which said it would be available in pharmacies by early September.\n\n"
        "Veritas CEO Laura Bennett said the company planned to seek approval in Europe next year. Shares of "
        "Veritas rose 8% to $52.40 in afternoon trading."
    )
    roles = _texts(text, "role")
    assert any("Laura Bennett" in r for r in roles), roles
    assert not any("Boston-based" in r for r in roles), roles


def test_a_units_field_stays_in_the_post() -> None:
    text = (
        "Agency clears sleep pill\n\n"
        "The agency cleared the pill on Monday.\n\n"
        '"It will help many people," said Dr. Nora Vale, head of the agency\'s office of neurology.'
    )
    roles = _texts(text, "role")
    assert any(r.endswith("-> head of the agency's office of neurology") for r in roles), roles
    assert not any(r.endswith("office") for r in roles), roles


def test_the_kind_word_owner_of_a_post_is_the_one_body_named() -> None:
    text = (
        "Hospital waits grow\n\n"
        "Only 61 per cent of patients at Ashby Valley Hospitals NHS Trust were seen within four hours.\n\n"
        'The trust\'s chief executive, Owen Pryce, said nurses were "stretched to breaking point".'
    )
    roles = _texts(text, "role")
    assert any("Owen Pryce" in r and "Ashby Valley Hospitals NHS Trust" in r for r in roles), roles


def test_a_participle_after_a_list_of_places_is_not_asked_of_the_last_place() -> None:
    text = (
        "Band tracks blood pressure\n\n"
        "The Vita band will go on sale on May 9 in France, Spain and the United Kingdom, priced at $199."
    )
    numbers = _texts(text, "number")
    assert not any("Kingdom priced" in n or "Kingdom, priced" in n for n in numbers), numbers


def test_time_after_a_participles_agent_is_not_the_participles() -> None:
    text = (
        "Glitch hits pharmacy system\n\n"
        "A faulty patch took down the ordering system used by hundreds of pharmacies across Wales for "
        "six hours on Tuesday, leaving customers without their prescriptions."
    )
    asked = _texts(text)
    assert not any("system used" in q for q in asked), asked


def test_the_per_of_per_cent_is_no_preposition() -> None:
    text = (
        "Polio jabs fall short\n\n"
        "Coverage with the second dose of polio vaccine stood at 79 per cent in 2022, well below the 95 per "
        "cent needed to stop the disease spreading."
    )
    numbers = _texts(text, "number")
    assert not any(n.startswith("Per ") for n in numbers), numbers


def test_a_set_off_participle_does_not_leave_a_comma_open_in_a_count() -> None:
    text = "Outage hits clinics\n\nAbout 4,200 pharmacies, serving 21 million customers, use the RxLink system."
    numbers = _texts(text, "number")
    assert numbers and not any("pharmacies, serving" in n for n in numbers), numbers
