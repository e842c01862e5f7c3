"""A plural title before a list of names is each name's title: "the Greens senators A and B"."""

from __future__ import annotations

from invented_articles import asked, every_question_of_texts

TEXTS = {
    "plural": "The parliament has referred the Greens senators Ann Waters and Tom Ludd to the court on Monday.",
    "description": (
        "In the March issue of the journal Ocean Letters, researchers Tara Holm and Dr. Leo Park of the Harwick "
        "Marine Institute (HMI) show that tube worms shape the rocks. Dr. Leo Park, marine geologist with HMI, "
        "has built a new drill."
    ),
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


def test_a_plural_description_is_no_post_for_the_rest_of_the_list() -> None:
    """ "researchers A and B": a description of the group; B's post is the one said of B."""
    bank = every_question_of_texts(TEXTS)
    assert not [q for q in asked(bank, "description", "role") if "Leo Park" in q.question and q.answer == "researcher"]


def test_a_plural_title_in_ies_is_no_part_of_the_names_and_falls_to_each() -> None:
    """ "Cabinet Secretaries A and B": the title is cut from the first name and made singular."""
    bank = every_question_of_texts(
        {"ies": "Cabinet Secretaries Rosa Mbeki and Otto Kanu opened the new ferry pier at Lindi on Monday."}
    )
    posts = {q.question: q.answer for q in asked(bank, "ies", "role") if "what post" in q.question}
    assert posts == {
        "In 2024, what post did Rosa Mbeki hold?": "Cabinet Secretary",
        "In 2024, what post did Otto Kanu hold?": "Cabinet Secretary",
    }
    assert not [q for q in bank.questions if "Secretaries" in q.answer]
