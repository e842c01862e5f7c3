"""Counts inside clauses with no subject of their own are asked with the clause's verb and the
subject of the verb above it, which stays when it carries the meaning ("was convicted of",
"plans to"). Invented sentences."""

from __future__ import annotations

from functools import cache

from invented_articles import asked_by_article

TEXTS = {
    "convicted": "Choir case\n\nA former choirmaster, Dennis Harlow, was convicted of assaulting four pupils.",
    "charged": "Crash\n\nA delivery driver from Wexford was charged with killing three cyclists on Sunday.",
    "suspicion": "Theft\n\nTwo teenagers were arrested on suspicion of stealing 14 laptops from a school in Tralee.",
    "plans_and": (
        "Retail\n\nThe Ostermann chain plans to close 18 stores and cut about 3,000 jobs, its chief executive said."
    ),
    "plans_and_to": "Buses\n\nThe Vellore transport board wants to buy 500 electric buses and to build 20 depots.",
    "crowd": "Football\n\nBrampton Rovers beat Ashdown City 3-2 in front of a crowd of 24,000 on Saturday.",
    "crowd_before": "Rugby\n\nThe Harlequin Colts won the final before a crowd of 31,000 at Twickenham.",
    "arson": "Arson\n\nA fisherman from Dunmore was charged on Wednesday with setting fire to three trawlers.",
    "risk": "Jobs\n\nThe union leader Ann Pryce warned of the risk of losing 2,000 jobs at the Kelso plant.",
    "sank_killing": (
        "Ferry\n\nA court in Mwanza on Tuesday gave police five days to question the captain of a ferry that "
        "sank on the lake last week, killing at least 27 people."
    ),
    "hit_killing": "Storm\n\nThe storm hit the eastern coast on Monday, killing 14 people and destroying 200 homes.",
}


@cache
def _asked() -> dict[str, dict[str, str]]:
    return {key: {q.answer: q.question for q in qs} for key, qs in asked_by_article(TEXTS, "number").items()}


def asked(key: str) -> dict[str, str]:
    return _asked()[key]


def test_a_gerund_after_a_charge_verb_is_asked_with_that_verb() -> None:
    assert asked("convicted")["four"] == "How many pupils was a former choirmaster convicted of assaulting?"
    assert asked("charged")["three"] == (
        "How many cyclists was a delivery driver from Wexford charged with killing on Sunday?"
    )
    assert asked("suspicion")["14"] == (
        "How many laptops were two teenagers arrested on suspicion of stealing from a school in Tralee?"
    )


def test_the_second_of_two_joined_infinitives_is_asked_alone() -> None:
    assert asked("plans_and")["3,000"] == "About how many jobs does the Ostermann chain plan to cut?"
    assert asked("plans_and_to")["20"] == "How many depots does the Vellore transport board want to build?"


def test_a_crowd_watching_the_event_is_asked_with_its_preposition() -> None:
    assert asked("crowd")["24,000"] == ("In front of how large a crowd did Rovers beat Ashdown City 3-2 on Saturday?")
    assert asked("crowd_before")["31,000"].startswith("Before how large a crowd did the Harlequin Colts win")


def test_a_gerund_after_a_noun_of_no_charge_is_not_climbed_over() -> None:
    """ "warned of the risk of losing 2,000 jobs": the loss is nobody's act, never "did Ann Pryce lose"."""
    assert "2,000" not in asked("risk")


def test_a_count_in_a_short_purpose_clause_keeps_the_act_it_serves() -> None:
    texts = {"purpose": "Parking\n\nThe Kenton council raised parking fees to hire 200 wardens, officials said."}
    (asked,) = asked_by_article(texts, "number")["purpose"]
    assert asked.question == "How many wardens did the Kenton council raise parking fees to hire?"


def test_a_phrase_inside_a_charge_gerund_is_not_fronted() -> None:
    assert not any(q.startswith("To how many") for q in asked("arson").values()), asked("arson")


def test_a_trailing_participle_after_a_clause_of_its_own_is_not_the_main_subjects_act() -> None:
    assert not any("kill" in q for q in asked("sank_killing").values()), asked("sank_killing")
    assert asked("hit_killing")["14"] == "How many people did the storm kill?"
