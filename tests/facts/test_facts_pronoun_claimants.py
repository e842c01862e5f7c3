"""A claim whose claimant is a pronoun or a hedge is asked as the claimant's word, or not at all:
"They estimated that …" after "Researchers at X …" is the researchers', "She said …" the minister's,
"Reports may be correct that …" the reports'; never a bare "By what percentage would …?"."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import answers_to

PUBLISHED = dt.date(2024, 5, 14)


def _asked(text: str, answer: str) -> list[str]:
    return [q for q, a in answers_to(text, PUBLISHED).items() if a.startswith(answer)]


def test_they_with_no_plural_subject_before_is_not_asked() -> None:
    text = "The Harbour Museum closed in 2019 after a fire. They estimated that repairs would cost $9 million."
    assert not _asked(text, "$9 million")


def test_they_after_a_plural_of_things_is_no_claimant() -> None:
    """ "The talks ended. They said …": talks make no claims, so no "According to the talks"."""
    text = "The pay talks ended without a deal on Friday. They said the strike would involve 4,000 workers."
    assert not [q for q in _asked(text, "4,000") if "According to the" in q], _asked(text, "4,000")


def test_odds_with_no_source_are_not_asked() -> None:
    text = "Floods swept through the province last week. It is likely that 40 people died in the town of Velmar."
    assert not _asked(text, "40")


GROWN = (
    "Researchers at the Norland Institute for Crop Science published a study on Tuesday about grain. "
    "They estimated that by 2050 the warming would raise global grain demand by 60 per cent."
)


@pytest.mark.parametrize(
    ("text", "answer", "claimant"),
    [
        (GROWN, "60 per cent", "According to researchers at the Norland Institute"),  # "they": the plural before
        (
            "The Harbour Museum in Kellan closed in 2019 after a fire. Critics of the town council have attacked "
            "the slow rebuilding. They say the museum will reopen in 2030.",
            "2030",
            "According to critics of the town council",
        ),
        (
            "Health Minister Orla Benning said on Monday that clinics would open longer hours. "
            "But she said the waiting target for surgery would remain at 14 weeks for the coming year.",
            "14 weeks",
            "According to Orla Benning",
        ),
        (  # a weighed report is the reports' word
            "Floods swept through the eastern province last week. Reports may be correct that 40 people died "
            "in the town of Velmar, where rescue teams are still searching.",
            "40",
            "According to reports,",
        ),
        (  # a plural opening a paragraph keeps no capital, and its "who" clause stays out
            "Road plan draws fire\n\nCampaigners said the new bypass would cut through ancient woodland near "
            "Darrow.\n\nCampaigners, who have gathered 8,000 signatures, said the council had ignored "
            "5,000 objections.",
            "5,000",
            "According to campaigners,",
        ),
    ],
)
def test_a_claim_is_asked_as_its_claimants(text: str, answer: str, claimant: str) -> None:
    asked = _asked(text, answer)
    assert asked and all(q.startswith(claimant) for q in asked), asked


def test_a_forecasts_year_is_no_date_the_story_states() -> None:
    assert not _asked(GROWN, "2050")
