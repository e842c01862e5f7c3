"""'The state government has objected to the dam's height. It says …': the body that took the stand
speaks in the next sentence's "It says"; a body that only acted ("posted a loss") does not."""

from __future__ import annotations

from invented_articles import asked_by_article

TEXTS = {
    "objected": (
        "The Odisha government, however, has objected to the height of the dam. It says the reservoir will "
        "submerge villages in Malkangiri district."
    ),
    "rejected": (
        "The train drivers' union Aslef has rejected the pay offer. It says the deal would leave drivers worse "
        "off by 2026."
    ),
    "acted": (
        "Harwick Ferries posted a loss for the year on Monday. It says the new route to Varna will open in the spring."
    ),
}


def test_it_says_after_a_body_took_a_stand_is_that_body() -> None:
    asked = {k: {q.question: q.answer for q in v} for k, v in asked_by_article(TEXTS, "quote").items()}
    assert asked["objected"] == {
        "Which organization says that the reservoir will submerge villages in Malkangiri district?": (
            "Odisha government"
        )
    }
    assert asked["rejected"] == {
        "Which organization says that the deal would leave drivers worse off by 2026?": "Aslef"
    }
    assert asked["acted"] == {}
