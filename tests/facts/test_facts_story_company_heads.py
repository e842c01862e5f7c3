"""A company story names its own officers without "of": "its chief executive, X" and "said X,
chairman, president and chief executive" are the story company's posts, even when another body is
named in passing just before, or the company's name holds a shorter one (sentences invented)."""

from __future__ import annotations

from invented_articles import answers_to

RESULTS = (
    "Brentmoor Inc. reported a 31 percent rise in its second-quarter profit on Tuesday, beating Wall "
    "Street's expectations as sales at its furniture stores climbed.\n\n"
    "Analysts surveyed by research firm Pellham Data had expected earnings of 35 cents per share.\n\n"
    '"Our customers responded well to the new ranges," said Alan Pryce, chairman, president and chief '
    "executive."
)
DEPARTURE = (
    "Harwick Media Group announces departure of chief executive\n\n"
    "Harwick Media Group has announced that its chief executive, Maria Lopez, has decided to leave the "
    "company at the end of September.\n\n"
    "Lopez joined the owner of the Harwick Courier as chief executive in 2021."
)
PASSING_ANALYST = (
    "Brentmoor Inc. reported a 31 percent rise in its second-quarter profit on Tuesday.\n\n"
    "Analysts surveyed by research firm Pellham Data had expected earnings of 35 cents per share.\n\n"
    '"The guidance was cautious," said Joan Ferris, director.'
)


def test_a_head_quoted_without_a_body_is_the_story_company_s() -> None:
    asked = answers_to(RESULTS, kind="role")
    assert asked.get("At the time of writing, who was the chairman of Brentmoor Inc?") == "Alan Pryce", asked
    assert not any("Pellham" in q or a == "Pellham Data" for q, a in asked.items()), asked


def test_its_chief_executive_belongs_to_the_company_whose_name_holds_another() -> None:
    asked = answers_to(DEPARTURE, kind="role")
    question = "At the time of writing, who was the chief executive of Harwick Media Group?"
    assert asked.get(question) == "Maria Lopez", asked


def test_a_lesser_bare_post_after_a_passing_body_is_not_given_an_owner() -> None:
    asked = answers_to(PASSING_ANALYST, kind="role")
    assert not any(a in ("director", "Brentmoor Inc.", "Pellham Data") for a in asked.values()), asked


SHARES = (
    "Tidewell Group shares rose 8 percent on Wednesday after the engineering firm reported a first-half profit "
    "well above forecasts.\n\n"
    "A poll of analysts by Pellham Data had forecast a profit of 120 million pounds.\n\n"
    "Chief executive Sarah Lind said demand for its offshore wind services remained strong.\n\n"
    "Tidewell also said its finance director, Paul Grey, would retire at the end of the year."
)


def test_a_story_opening_on_a_company_s_shares_is_about_that_company() -> None:
    asked = answers_to(SHARES, kind="role")
    assert asked.get("At the time of writing, who was the chief executive of the Tidewell Group?") == "Sarah Lind"


def test_its_post_belongs_to_the_company_the_article_also_calls_by_its_first_word() -> None:
    asked = answers_to(SHARES, kind="role")
    assert asked.get("At the time of writing, what post did Paul Grey hold at the Tidewell Group?") == (
        "finance director"
    ), asked


OTHER_CLUB = (
    "The 70-year-old former Ashford chairman sealed the takeover of Kestrel Town on Friday. He has bought a "
    "half stake in the club.\n\n"
    "Outgoing chairman Gary Holt said the deal secured the club's future."
)


def test_a_body_named_in_a_post_is_no_story_company() -> None:
    asked = answers_to(OTHER_CLUB, kind="role")
    assert not any("Ashford" in q or a == "Ashford" for q, a in asked.items()), asked
