"""Reported speech asked whole or not at all: a clause whose aside between dashes holds a pronoun
the question cannot carry loses the aside, not its verb; a body whose name the model ended early
("The charity Ocean Rescue Now estimates …" read as "Ocean Rescue") is not asked as that
shorter name. A phrase quoted before "said" is no part of what is said ('Rather than "cautious"
forecasts, …, Berg said on a call' is not "Who said on a call?"); an "it" that points ahead ("it was
wrong for the mayor to …") is asked, unless the cut leaves nothing ("it was vital to know that talks …").
A clause cut before a pronoun it cannot carry ends at the boundary before it, whole, with no ellipsis
("… settling urgent cases quickly", not "… and hoped …"). "Saying only it is …" is asked without
an "only" that would read "only it"; 'welcomed the plan "to speed up …"' keeps its verb, the quoted
infinitive being no statement of its own. "It\u2019s a pity that …" (a curly apostrophe, which the model
reads as no "be") points ahead too.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.models import Question

ARTICLES = {
    "dash-aside-with-a-pronoun": (
        "Harbour vote row\n\n"
        "Ann Lind, the transport minister, spoke in Varna on Sunday.\n\n"
        "She said the harbour master, Oskar Berg, and the deputy harbour master, Piet Ruiz – who have "
        "also found they hold shares in the ferry company – were right to keep voting on the board "
        "until the court settles the share dispute."
    ),
    "a-name-cut-short": (
        "Check-ups missed\n\n"
        "The charity Ocean Rescue Now estimates that 9,000 fishermen have missed their yearly check-ups "
        "because the clinic at Varna closed for the winter."
    ),
    "a-phrase-quoted-before-the-attribution": (
        "Ferry results\n\n"
        'Rather than giving "cautious" forecasts, the ferry company expects to report results within its '
        "range, Chief Financial Officer Oskar Berg said on a conference call."
    ),
    "an-it-that-points-ahead": (
        "Harbour vote row\n\n"
        "Mark Abney, the minister for ports, has said it was wrong for the mayor to promise to stay away "
        "from the vote on the harbour tax.\n\n"
        "Ann Lind, asked about the fishermen's claims, said it was vital to know that talks with them "
        "were going on."
    ),
    "a-cut-at-a-clause-boundary": (
        "Harbour clerk row\n\n"
        "The harbour board of Varna met on Monday to discuss the clerk's papers.\n\n"
        "Oskar Berg, the board's chairman, said the harbour had a record of settling urgent cases quickly "
        "and hoped it would be cleared up within a couple of months."
    ),
    "saying-only": (
        "Harbour plan\n\n"
        "The Varna Ferry Company refused to discuss its fares, saying only it is hoping to run "
        '"two night ferries to Dunmore."'
    ),
    "a-phrase-quoted-after-its-noun": (
        "Harbour targets\n\n"
        'Dr Ann Lind, head of the port authority, welcomed the new plan "to speed up work on the harbour '
        'repairs before the winter storms".'
    ),
    "a-curly-its-that-points-ahead": (
        "Varna draw the derby\n\n"
        "Varna drew with Burgas in the derby on Sunday.\n\n"
        "\u2018We are gutted because we did not take anything from the game,\u2019 coach Oskar Lind said.\n\n"
        "\u2018It\u2019s a pity that there were no fans in the ground to watch such a close game, but I\u2019m "
        "sure they felt it at home.\u2019"
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_dash_aside_goes_and_the_clause_keeps_its_verb(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["dash-aside-with-a-pronoun"] if "harbour master" in q.question]
    assert "were right to keep voting" in q.question
    assert "\u2013" not in q.question and q.answer == "Ann Lind"


def test_a_body_whose_name_was_cut_short_is_not_asked_by_it(quotes: dict[str, list[Question]]) -> None:
    assert not [q for q in quotes["a-name-cut-short"] if q.answer == "Ocean Rescue"]


def test_a_phrase_quoted_before_the_verb_is_not_what_the_verb_says(quotes: dict[str, list[Question]]) -> None:
    said = quotes["a-phrase-quoted-before-the-attribution"]
    assert not [q for q in said if q.question.startswith("Who said on")]
    (q,) = [q for q in said if "report results within its range" in q.question]
    assert q.answer == "Oskar Berg"


def test_an_it_pointing_ahead_is_asked_and_one_that_leaves_nothing_is_not(quotes: dict[str, list[Question]]) -> None:
    said = quotes["an-it-that-points-ahead"]
    (q,) = [q for q in said if "wrong for the mayor to promise" in q.question]
    assert q.answer == "Mark Abney"
    assert not [q for q in said if "vital to know" in q.question]


def test_a_clause_cut_before_a_pronoun_ends_whole_at_its_boundary(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["a-cut-at-a-clause-boundary"] if "settling urgent cases" in q.question]
    assert q.question.endswith("settling urgent cases quickly?") and q.answer == "Oskar Berg"


def test_saying_only_is_asked_without_an_only_that_changes_its_sense(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["saying-only"] if "two night ferries" in q.question]
    assert "only" not in q.question and q.answer == "Varna Ferry Company"


def test_an_infinitive_quoted_after_its_noun_is_asked_with_its_verb(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["a-phrase-quoted-after-its-noun"] if "speed up work" in q.question]
    assert q.question.startswith("Who welcomed the new plan") and q.answer == "Ann Lind"


def test_a_curly_its_that_points_ahead_is_asked(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["a-curly-its-that-points-ahead"] if "no fans in the ground" in q.question]
    assert q.answer == "Oskar Lind"
