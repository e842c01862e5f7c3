"""A bare "the rules", "the vote", "the case" stands when the headline shown above it names that one thing."""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.questions.headline_things import nouns_of

PARKING = (
    "Residents of Fenwick will pay up to £4 an hour to park from June after councillors approved the plan. "
    "Council leader Sarah Penhale said the new rules would ease congestion in the town centre.\n\n"
    "Opposition councillor Tom Briggs said the rules would drive shoppers to retail parks."
)
VOTE = (
    "Members of the Opposition staged a walkout in the Assembly on Thursday after the Speaker refused a division.\n\n"
    "Farmers' leader Kurubur Shanthakumar said the vote would be challenged in the High Court."
)
CASE = (
    "The Court of Appeal on Monday began hearing an appeal by developer Kestrel Land against an award.\n\n"
    "Senior Counsel Davinder Singh, for Kestrel, said the case turned on a single clause of the sale contract."
)
MAN = (
    "A flare was thrown onto the pitch at the derby on Saturday.\n\n"
    "Police chief Anne Marlow said the man had been released on bail pending further inquiries."
)
TEXTS = {
    "Council approves new parking rules for town centre": PARKING,
    "Residents protest as council meets": PARKING,  # no rules named above it
    "Opposition walks out of Assembly over farm Bill vote": VOTE,
    "Opposition walks out of Assembly": VOTE,
    "Assembly walkout: Opposition to demand second vote on farm Bill": VOTE,
    "Court hears appeal in Harbour City land case": CASE,
    "Man held after flare thrown in derby": MAN,
}


@pytest.fixture(scope="module")
def asked() -> dict[str, list[str]]:
    return {k: [q.question for q in qs] for k, qs in asked_by_article(TEXTS, "quote").items()}


def test_a_headline_naming_the_rules_places_them(asked: dict[str, list[str]]) -> None:
    under = asked["Council approves new parking rules for town centre"]
    assert "Who said that the new rules would ease congestion in the town centre?" in under
    assert "Who said that the rules would drive shoppers to retail parks?" in under
    assert not any("rules" in q for q in asked["Residents protest as council meets"])


def test_a_headline_naming_the_vote_places_it(asked: dict[str, list[str]]) -> None:
    assert (
        "Who said that the vote would be challenged in the High Court?"
        in asked["Opposition walks out of Assembly over farm Bill vote"]
    )
    assert not any("the vote" in q for q in asked["Opposition walks out of Assembly"])
    # a "second vote" above it says there is more than one: "the vote" is not placed
    assert not any("the vote" in q for q in asked["Assembly walkout: Opposition to demand second vote on farm Bill"])


def test_a_headline_naming_the_case_places_it(asked: dict[str, list[str]]) -> None:
    assert (
        "Who said that the case turned on a single clause of the sale contract?"
        in asked["Court hears appeal in Harbour City land case"]
    )


def test_a_person_needs_a_name_whatever_the_headline(asked: dict[str, list[str]]) -> None:
    assert not any("the man" in q for q in asked["Man held after flare thrown in derby"])


def test_headline_nouns_are_read_as_nouns() -> None:
    assert "rules" in nouns_of("Council approves new parking rules")
    assert {"strike", "deal"} <= set(nouns_of("Pilots' union threatens strike over pay deal"))
    assert "rules" not in nouns_of("Court rules against ferry operator")
    assert "rules" in nouns_of("Council Approves New Parking Rules For Town Centre")
