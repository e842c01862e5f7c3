"""A holder's given name is never glued onto the portfolio before it: "Minister for Education Rana
Tanveer Hussain" holds "Minister for Education", and "Minister for Fisheries and Oceans Ann Lind"
is Ann Lind, not "Oceans Ann Lind"."""

from __future__ import annotations

import datetime as dt

from invented_articles import answers_to

PUBLISHED = dt.date(2025, 3, 8)


def test_a_given_name_after_a_field_belongs_to_the_holder() -> None:
    text = (
        "Senate backs new college\n\nThe Senate on Friday passed a bill to found a college in Turbat, "
        "Federal Minister for Education Rana Tanveer Hussain said.\n"
        '"Our students deserve a campus close to home," Hussain said.\n'
    )
    asked = answers_to(text, PUBLISHED)
    posts = [a for q, a in asked.items() if "what post" in q]
    assert posts == ["Federal Minister for Education"], asked
    assert "Rana Tanveer Hussain" in asked.values(), asked


def test_a_portfolios_last_word_is_no_part_of_the_name() -> None:
    text = (
        "Quota cut for trawlers\n\nOTTAWA - Cod quotas will fall by 12 per cent next year, Minister for "
        'Fisheries and Oceans Ann Lindqvist said on Monday.\n\n"The stocks need time," Lindqvist told reporters.\n'
    )
    asked = answers_to(text, PUBLISHED)
    assert not any(a.startswith("Oceans") for a in asked.values()), asked
    assert "Ann Lindqvist" in asked.values(), asked
