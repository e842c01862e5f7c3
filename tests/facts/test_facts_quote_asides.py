"""An attribution set between commas inside the statement ("The repair, he said, will …"), and a
"he said" after a post spoke in a sentence that also met someone else ("with X, the minister said"),
"While X said that …, …", and "its"/"their" after the reported clause's own noun subject.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "aside-pronoun": (
        "Harbour Minister Tomas Brenner met the island mayors on Friday.\n\n"
        "The repair, he said, would take most of the winter and cost more than the council had planned."
    ),
    "aside-name": (
        "Harbour Minister Tomas Brenner met the island mayors on Friday.\n\n"
        "The repair of the breakwater, Brenner said, would take most of the winter and cost more than planned."
    ),
    "aside-nobody": (
        "The ferry strike ended on Monday.\n\n"
        "The repair, he said, would take most of the winter and cost more than the council had planned."
    ),
    "post-after-with": (
        "OSLO: Finance Minister Tomas Brenner has said that repairs to the northern breakwater will begin soon.\n\n"
        "Speaking at a joint press conference with Fisheries Minister Erik Dahl, the Finance Minister said that "
        "the storms had damaged more than half of the old wall.\n\n"
        '"It was a long and useful meeting. We talked about the repairs and about the money the towns need."\n\n'
        "He said that the first task is to protect the houses of the lower town."
    ),
    "its-after-subject": (
        "Clara Voss has led the ferry company Northline since 2019.\n\n"
        "Voss said the island would lose its only ferry if the council cut the subsidy again."
    ),
    "their-after-subject": (
        "Clara Voss has led the ferry company Northline since 2019.\n\n"
        "Voss warned that the small harbours could lose their winter service unless fuel prices fell."
    ),
    "its-with-nothing-before": (
        "Clara Voss has led the ferry company Northline since 2019.\n\n"
        "Voss said its boats had carried more passengers this year than in any year before."
    ),
    "while-said": (
        "Clara Voss has led the ferry company Northline since 2019.\n\n"
        "While Voss said that the winter timetable is an important part of the service, the council "
        "wants two crossings cut in January."
    ),
    "two-subjects": (
        "Finance Minister Tomas Brenner and Fisheries Minister Erik Dahl met the mayors on Friday.\n\n"
        "He said that the first task is to protect the houses of the lower town."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def _asked(quotes: list[Question], words: str) -> list[Question]:
    return [q for q in quotes if words in q.question]


@pytest.mark.parametrize("key", ["aside-pronoun", "aside-name"])
def test_an_aside_attribution_gives_the_statement_without_it(quotes, key):
    found = _asked(quotes[key], "would take most of the winter")
    assert [q.answer for q in found] == ["Tomas Brenner"]
    assert "said," not in found[0].question and " he " not in found[0].question
    assert "repair" in found[0].question  # the subject before the aside is kept


def test_an_aside_with_no_one_named_asks_nothing(quotes):
    assert quotes["aside-nobody"] == []


def test_he_after_a_post_that_spoke_beside_someone_met_is_the_post_holder(quotes):
    found = _asked(quotes["post-after-with"], "first task is to protect the houses")
    assert [q.answer for q in found] == ["Tomas Brenner"]
    assert [q.answer for q in _asked(quotes["post-after-with"], "storms had damaged")] == ["Tomas Brenner"]


def test_he_after_two_people_acting_together_stays_unknown(quotes):
    assert _asked(quotes["two-subjects"], "first task") == []


@pytest.mark.parametrize(
    ("key", "words"),
    [("its-after-subject", "would lose its only ferry if"), ("their-after-subject", "could lose their winter service")],
)
def test_its_after_the_clause_subject_keeps_the_clause_whole(quotes, key, words):
    found = _asked(quotes[key], words)
    assert [q.answer for q in found] == ["Clara Voss"]
    assert "\u2026" not in found[0].question


def test_its_with_no_noun_before_it_is_not_asked(quotes):
    assert _asked(quotes["its-with-nothing-before"], "its boats") == []


def test_while_x_said_gives_x_the_reported_clause_only(quotes):
    found = _asked(quotes["while-said"], "winter timetable is an important part of the service")
    assert [q.answer for q in found] == ["Clara Voss"]
    assert "council" not in found[0].question  # the main clause is the story's, not hers
