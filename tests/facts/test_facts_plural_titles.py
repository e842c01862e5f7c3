"""A plural title before a list of names is each name's title: "the Greens senators A and B"."""

from __future__ import annotations

from invented_articles import asked, every_question_of_texts

TEXTS = {
    "plural": "The parliament has referred the Greens senators Ann Waters and Tom Ludd to the court on Monday.",
    "singular": "Mayor Ann Berg and Tom Lund met the traders on Monday to discuss the market.",
}


def test_a_plural_title_falls_to_every_name_of_the_list() -> None:
    bank = every_question_of_texts(TEXTS)
    posts = {q.question: q.answer for q in asked(bank, "plural", "role") if "what post" in q.question}
    assert posts == {
        "In 2024, what post did Ann Waters hold?": "Greens senator",
        "In 2024, what post did Tom Ludd hold?": "Greens senator",
    }
    # "Mayor A and B": the title is A's alone
    assert not [q for q in asked(bank, "singular", "role") if "Tom Lund" in q.question or q.answer == "Tom Lund"]
