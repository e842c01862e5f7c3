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


_CAPTIONS = (
    "The Artemis lander is seen being lowered into the vacuum chamber at Goddard in March. Engineers ran "
    "the chamber for 21 days to mimic the cold of lunar night.\n\n"
    "Technicians are pictured inspecting the lander's solar arrays in April at the Kennedy Space Center."
)


def test_caption_is_asked_as_what_it_shows() -> None:
    asked = answers_to(_CAPTIONS, None, "date")
    assert asked.get("In what month was the Artemis lander lowered into the vacuum chamber at Goddard?") == "March"
    assert not any("seen" in q or "pictured" in q for q in asked)


def test_a_witness_seeing_stays() -> None:
    from quizgen.questions.captions import uncaptioned

    asked = "When was the suspect seen leaving the court?"
    assert uncaptioned(asked, "The suspect was seen leaving the court on Monday.") == asked


_PROBLEMS = (
    "HARWICK, May 2 - The new owners said on Friday they had fixed most of the problems at Harwick Rovers "
    "after a difficult season.\n\n"
    '"Seventy percent of the problems are now fixed," chairman Alan Reece said.'
)


def test_the_problems_named_as_the_article_first_named_them() -> None:
    from quizgen.questions.named_earlier import named_earlier

    sentence = '"Seventy percent of the problems are now fixed," chairman Alan Reece said.'
    asked = "What percentage of the problems are now fixed?"
    assert (
        named_earlier(asked, sentence, _PROBLEMS) == "What percentage of the problems at Harwick Rovers are now fixed?"
    )
    assert named_earlier(asked, "Other.", "Other.") == asked  # named nowhere: left for which_one to judge
    numbers = answers_to(_PROBLEMS, None, "number")
    assert [q for q in numbers if "problems" in q] == [
        "According to Alan Reece, what percentage of the problems at Harwick Rovers are fixed?"
    ]


_MINISTRIES = (
    "SINGAPORE, April 6 - Malaysia will let 1,000 citizens return from Singapore each day, officials said.\n\n"
    "Singapore's Ministry of Health said on Monday that tests were carried out when clinically needed.\n\n"
    "Malaysian minister Ahmad Rahim said the Foreign Ministry would brief officials on Tuesday."
)


def test_ministry_answered_with_its_country() -> None:
    asked = answers_to(_MINISTRIES, None, "quote")
    assert "Singapore's Ministry of Health" in asked.values()
    assert "Ministry of Health" not in asked.values()


def test_ministry_without_country_in_a_two_country_story_is_not_asked() -> None:
    from quizgen.questions.draft import Draft
    from quizgen.questions.ministry_owner import owned_ministry

    draft = Draft(None, "who", "Which organization said the border would open?", "Foreign Ministry")  # type: ignore[arg-type]
    assert owned_ministry(draft, _MINISTRIES) is None
    assert owned_ministry(draft, "Officials in Ghana said the Foreign Ministry would brief them.") is draft
