"""A claim whose claimant is a pronoun or a hedge is asked as the claimant's word, or not at all:
"They estimated that …" after "Researchers at X …" is the researchers', "She said …" the minister's,
"Reports may be correct that …" the reports'; never a bare "By what percentage would …?"."""

from __future__ import annotations

import datetime as dt

from invented_articles import answers_to

PUBLISHED = dt.date(2024, 5, 14)


def _asked(text: str, answer: str) -> list[str]:
    return [q for q, a in answers_to(text, PUBLISHED).items() if a.startswith(answer)]


def test_they_after_a_plural_subject_is_that_subject() -> None:
    text = (
        "Researchers at the Norland Institute for Crop Science published a study on Tuesday about grain. "
        "They estimated that by 2050 the warming would raise global grain demand by 60 per cent."
    )
    asked = _asked(text, "60 per cent")
    assert asked and all(q.startswith("According to researchers at the Norland Institute") for q in asked), asked
    assert not _asked(text, "2050")  # a forecast's year is no date the story states


def test_they_for_critics_asks_the_date_as_theirs() -> None:
    text = (
        "The Harbour Museum in Kellan closed in 2019 after a fire. Critics of the town council have attacked "
        "the slow rebuilding. They say the museum will reopen in 2030."
    )
    asked = _asked(text, "2030")
    assert asked and all(q.startswith("According to critics of the town council") for q in asked), asked


def test_they_with_no_plural_subject_before_is_not_asked() -> None:
    text = "The Harbour Museum closed in 2019 after a fire. They estimated that repairs would cost $9 million."
    assert not _asked(text, "$9 million")


def test_they_after_a_plural_of_things_is_no_claimant() -> None:
    """ "The talks ended. They said …": talks make no claims, so no "According to the talks"."""
    text = "The pay talks ended without a deal on Friday. They said the strike would involve 4,000 workers."
    assert not [q for q in _asked(text, "4,000") if "According to the" in q], _asked(text, "4,000")


def test_she_said_names_the_minister() -> None:
    text = (
        "Health Minister Orla Benning said on Monday that clinics would open longer hours. "
        "But she said the waiting target for surgery would remain at 14 weeks for the coming year."
    )
    asked = _asked(text, "14 weeks")
    assert asked and all(q.startswith("According to Orla Benning") for q in asked), asked


def test_a_weighed_report_is_asked_as_the_reports() -> None:
    text = (
        "Floods swept through the eastern province last week. Reports may be correct that 40 people died "
        "in the town of Velmar, where rescue teams are still searching."
    )
    asked = _asked(text, "40")
    assert asked and all(q.startswith("According to reports,") for q in asked), asked


def test_odds_with_no_source_are_not_asked() -> None:
    text = "Floods swept through the province last week. It is likely that 40 people died in the town of Velmar."
    assert not _asked(text, "40")


def test_a_plural_claimant_opening_a_paragraph_keeps_no_capital() -> None:
    text = (
        "Road plan draws fire\n\nCampaigners said the new bypass would cut through ancient woodland near Darrow.\n\n"
        "Campaigners, who have gathered 8,000 signatures, said the council had ignored 5,000 objections."
    )
    asked = _asked(text, "5,000")
    assert asked and all(q.startswith("According to campaigners,") for q in asked), asked
