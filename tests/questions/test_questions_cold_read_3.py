"""Cold-read failure classes of stop 32 (invented sentences): a state office's holder asked of an
undated story, a thing the question leans on without naming, a photo caption asked as a fact."""

from __future__ import annotations

import datetime as dt

from invented_articles import answers_to

_OFFICES = (
    "LONDON, March 4 (Reuters) - Chancellor of the Exchequer Tom Harlow said on Tuesday the government "
    "would not raise taxes before the election.\n\n"
    "Mark Ellison, chief executive of Brightwell Bank, said the budget was sensible.\n\n"
    "Governor of Ohio Dana Pruitt welcomed the budget, while Labour leader Sam Coyle criticised it."
)


def test_undated_story_asks_no_holder_of_a_state_office() -> None:
    asked = answers_to(_OFFICES, None, "role")
    holders = {q: a for q, a in asked.items() if "who was" in q}
    assert "Tom Harlow" not in holders.values()  # the Chancellor changes with the government
    assert "Dana Pruitt" not in holders.values()
    assert holders.get("At the time of writing, who was the chief executive of the Brightwell Bank?") == "Mark Ellison"
    assert "Chancellor of the Exchequer" in asked.values()  # "What post did Tom Harlow hold?" stays


def test_dated_story_asks_the_holder() -> None:
    asked = answers_to(_OFFICES, dt.date(2023, 3, 4), "role")
    assert "Tom Harlow" in asked.values()
