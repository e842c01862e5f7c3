"""A post that names its body ("President and CEO of Bexley") never takes the story's lead company
as its owner, even when the tagger reads the body's name as a place (sentences invented)."""

from __future__ import annotations

from invented_articles import answers_to

TEXT = (
    "Aldergate Pharma Inc. (NYSE: ALD) today announced that it has entered into a definitive agreement to "
    "acquire Bexley Therapeutics Inc. (NASDAQ: BXLY) for $38.50 per share in cash, a total equity value of "
    "approximately $4.7 billion.\n\n"
    "The price represents a premium of 62% to Bexley's closing share price on March 1, 2024.\n\n"
    '"This agreement delivers immediate and compelling value to our shareholders," said Dr. Samuel Okafor, '
    "President and CEO of Bexley."
)


def test_a_post_of_a_named_body_is_not_given_to_the_lead_company() -> None:
    asked = answers_to(TEXT, kind="role")
    assert not any("Aldergate" in q for q in asked if asked[q] == "Samuel Okafor"), asked
    assert not any("CEO of Aldergate" in q for q in asked), asked
