"""Someone a sentence says attended, and who speaks in it ("X, who also attended the event, said …"),
is a speaker, not one of a list of guests: their post is asked (sentences invented)."""

from __future__ import annotations

from invented_articles import answers_to

TEXT = (
    "Union Health Minister Ravi Deshpande on Sunday opened a 120-bed cancer wing at a hospital in Pune.\n\n"
    "Chief Minister Sunita Pawar, who also attended the event, said the state had set aside Rs 300 crore "
    "for the project.\n\n"
    "Deshpande said ten more such units would follow."
)
LISTED = (
    "Union Health Minister Ravi Deshpande on Sunday opened a 120-bed cancer wing at a hospital in Pune.\n\n"
    "The event was attended by Mayor Kiran Joshi and local lawmakers, the ministry said.\n\n"
    "Deshpande said ten more such units would follow."
)


def test_a_speaker_who_also_attended_has_her_post_asked() -> None:
    asked = answers_to(TEXT, kind="role")
    assert "Chief Minister" in asked.values(), asked


def test_a_guest_only_listed_as_attending_is_still_not_asked() -> None:
    asked = answers_to(LISTED, kind="role")
    assert "Mayor" not in asked.values(), asked
