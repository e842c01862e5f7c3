"""A title word that is also a given name ("Dean", "Earl") names a post only where the article writes it
as one ("the dean said", "Dean of Law"); otherwise "Police arrested Dean Collier" is a man called Dean.
Invented articles."""

from __future__ import annotations

from invented_articles import answers_to

ARRESTED = (
    "Man held over warehouse fire\n\nPolice arrested Dean Walsh on Saturday after a fire destroyed a "
    "grain store in Selby.\n\nWalsh, 34, was charged with arson, police said."
)
FACULTY = (
    "Law school to grow\n\nDean Marta Oyelaran of the Faculty of Law said on Monday the school would admit 40 "
    "more students.\n\nThe dean said fees would not rise."
)


def test_a_given_name_is_never_asked_as_a_post() -> None:
    asked = answers_to(ARRESTED, kind="role")
    assert "Dean" not in asked.values(), asked


def test_a_dean_the_article_calls_one_keeps_the_post() -> None:
    asked = answers_to(FACULTY, kind="role")
    assert "Dean" in asked.values(), asked


def test_a_rank_between_a_post_and_a_name_is_not_part_of_the_post() -> None:
    text = (
        "Generals meet\n\nRAWALPINDI, May 2 (Reuters) - Navy chief Admiral Tariq Hameed met ex-Vatican envoy "
        "Archbishop Paolo Renzi on Tuesday, the military said."
    )
    posts = set(answers_to(text, kind="role").values())
    assert "Navy chief" in posts and not {p for p in posts if p.endswith(("Admiral", "Archbishop"))}, posts
