"""A post that covers a list of fields is read whole, and a post between dashes is read."""

from __future__ import annotations

from invented_articles import answers, every_question_of_texts

TEXTS = {
    "fields": "Ann Sorel, the minister for trade, tourism and investment, has said the new tariff was wrong.",
    "two-posts": "Tom Vale, director of research and a member of the Harbor Board, said the tide was rising.",
    "dash": (
        "The Nordic Trade Council (NTC) will not say when it will act, but Jean-Luc Marat \u2013 NTC commissioner "
        "for political affairs, peace and security \u2013 said on Friday the decision will be taken by the bloc's "
        "leaders."
    ),
}


def test_a_post_over_a_list_of_fields_is_read_whole() -> None:
    found = answers(every_question_of_texts(TEXTS), "fields", "role")
    assert found["In 2024, what post did Ann Sorel hold?"] == "minister for trade, tourism and investment"


def test_another_post_after_and_is_not_read_as_a_field() -> None:
    found = answers(every_question_of_texts(TEXTS), "two-posts", "role")
    assert not [a for a in found.values() if "member" in a and "research" in a]


def test_a_post_between_dashes_after_a_name_is_read() -> None:
    found = answers(every_question_of_texts(TEXTS), "dash", "role")
    assert found["In 2024, what post did Jean-Luc Marat hold?"] == (
        "NTC commissioner for political affairs, peace and security"
    )
