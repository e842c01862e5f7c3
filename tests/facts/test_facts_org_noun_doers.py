"""Which body did it, when news says so inside a noun phrase ("Larkfield's decision to close …"), by a
trade's word ("the steelmaker"), as a side the tagger missed ("Harlow Town beat …"), or as the passive's
agent of a phrase about its own meeting; and a study's research never credited to a body whose study the
story tells of only later."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "decision": (
        "CHICAGO, March 14 (Reuters) - Larkfield Foods Inc said on Thursday it would cut about 400 jobs.\n\n"
        "Larkfield's decision to close the plant follows a review of its snack business."
    ),
    "decision-by": (
        "CHENNAI: Tata Steel signed a deal with a local college on Wednesday.\n\n"
        "The decision by the Ministry of New and Renewable Energy to fund a matching Rs 60 crore was "
        "announced at the signing."
    ),
    "decision-criticised": "Unions criticised the Harwick Trust's decision to sell the old depot to Delmar Homes.",
    "decision-not": (
        "Velmark Steel Ltd posted a loss on Monday.\n\nVelmark's decision not to shut the Orwen mill follows "
        "weeks of talks with unions."
    ),
    "separate-study": (
        "The Orlan Soil Institute will open a seed bank in May.\n\n"
        "A study by the institute last year found that drought cut maize yields by 15 percent.\n\n"
        "The Corvel Growers Union said on Friday the study overstated losses, and a separate study by the "
        "Tessaly Farm Institute found losses of 6 percent."
    ),
    "any-decision": "Shareholders would welcome any decision by the Harwick Trust to raise its dividend.",
    "person-decision": (
        "Berg Holdings hired Anna Berg in May.\n\nAnna Berg's decision to quit the firm in June surprised staff."
    ),
    "steelmaker": (
        "Tata Steel and a local college signed an agreement to set up a research centre.\n\n"
        "The steelmaker will invest Rs 120 crore over five years in the new hydrogen centre."
    ),
    "two-steelmakers": (
        "Jindal Steel and Tata Steel both bid for the iron ore mine.\n\n"
        "The steelmaker will invest Rs 120 crore in a new blast furnace."
    ),
    "side": "Rain fell all day. Harlow Town beat Kingsbridge Rovers 3-1 at Brookfield Park on Saturday.",
    "player": "Rain fell all day. Carlos Alcaraz beat Jannik Sinner 6-3 6-4 in Madrid on Sunday.",
    "its-meeting": "The drought grants were approved by the California Water Commission at its meeting on April 9.",
    "split-name": (
        "The sensor trial was funded by the Biotechnology and Biological Sciences Research Council (BBSRC) in 2023."
    ),
    "later-study": (
        "A team at the University of Leeds has developed a low-cost crop sensor.\n\n"
        "The research, published in the journal Nature Food on Monday, was funded by the Wellcome Trust.\n\n"
        "Last year, a study by Rothamsted Research showed that fungicide use on wheat rose 8 per cent."
    ),
    "kind-agent": (
        "LONDON - The Civil Aviation Authority opened an inquiry in May.\n\n"
        "Harwick Airways was fined £3 million by the authority on Friday for late refunds."
    ),
    "two-authorities": (
        "LONDON - The Civil Aviation Authority and the Port Authority met in May.\n\n"
        "Harwick Airways was fined £3 million by the authority on Friday for late refunds.\n\n"
        "The authority fined Harwick Airways a further £1 million on Monday."
    ),
    "announced": (
        "LONDON - The Ministry of Defence has awarded a £450 million contract to build 12 patrol boats, "
        "it was announced today."
    ),
    "reported": "LONDON - The Harwick Council has sold the old depot to Delmar Homes, it was reported today.",
    "owned-agent": (
        "HARWICK - The University of Harwick won a grant in May.\n\n"
        "The five-year project is led by the university's Climate Change Institute."
    ),
    "kind-study": (
        "STOCKHOLM - The Karolinska Institute opened a new lab in May.\n\n"
        "A 2022 study by the institute found that sea levels in the Baltic rose twice as fast as the global average."
    ),
    "partnership": (
        "LEEDS - The sensor was built in May.\n\n"
        "A partnership between Intel and General Electric will fund the new laboratory."
    ),
    "partnership-goes-on": (
        "LEEDS - The sensor was built in May.\n\n"
        "A partnership among the University of Leeds, Rothamsted Research and the agritech firm Fieldsense will "
        "now test the device on barley."
    ),
    "partner-unnamed": (
        "LEEDS - The sensor was built in May.\n\n"
        "A partnership between Intel and a local firm will fund the new laboratory."
    ),
    "profit-up": (
        "The Industrial and Commercial Bank of China posted a net profit of 180 billion yuan in the first half, "
        "up 1.5 percent from a year earlier."
    ),
    "profit-up-on-object": (
        "Nordic Telecom ASA reported a second-quarter net profit of 1.9 billion crowns, "
        "up 12 percent from a year earlier."
    ),
    "shared-passive": (
        "A team at the University of Leeds has developed a low-cost crop sensor.\n\n"
        "The research was funded by the Wellcome Trust and carried out in partnership with the John Innes Centre."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


@pytest.mark.parametrize(
    ("key", "question", "answer"),
    [
        ("decision", "Which organization decided to close the plant?", "Larkfield Foods Inc"),
        (
            "decision-by",
            "Which organization decided to fund a matching Rs 60 crore?",
            "Ministry of New and Renewable Energy",
        ),
        ("decision-criticised", "Which organization decided to sell the old depot to Delmar Homes?", "Harwick Trust"),
    ],
)
def test_a_decision_told_as_a_noun_is_asked_of_the_body_that_made_it(
    bank: QuestionBank, key: str, question: str, answer: str
) -> None:
    assert answers(bank, key, "org-event").get(question) == answer


@pytest.mark.parametrize("key", ["any-decision", "person-decision"])
def test_no_decision_is_asked_when_none_was_made_or_a_person_made_it(bank: QuestionBank, key: str) -> None:
    assert not [q for q in answers(bank, key, "org-event") if "decided" in q]


def test_a_decision_not_to_act_is_never_asked_as_the_act(bank: QuestionBank) -> None:
    asked = answers(bank, "decision-not", "org-event")
    assert "Which organization decided to shut the Orwen mill?" not in asked
    owner = asked.get("Which organization decided not to shut the Orwen mill?", "Velmark Steel Ltd")
    assert owner == "Velmark Steel Ltd"


def test_the_steelmaker_is_the_one_steel_firm_named_before(bank: QuestionBank) -> None:
    asked = answers(bank, "steelmaker", "org-event")
    assert asked.get("Which organization will invest Rs 120 crore over five years in the new hydrogen centre?") == (
        "Tata Steel"
    )
    assert not [q for q in answers(bank, "two-steelmakers", "org-event") if "invest" in q]


def test_a_side_the_tagger_missed_is_asked_as_the_winner_and_a_player_never(bank: QuestionBank) -> None:
    assert answers(bank, "side", "org-event") == {
        "Which team beat Kingsbridge Rovers 3-1 at Brookfield Park?": "Harlow Town"
    }
    assert answers(bank, "player", "org-event") == {}


def test_the_agents_own_meeting_is_left_out_so_the_passive_is_asked(bank: QuestionBank) -> None:
    assert answers(bank, "its-meeting", "org-event") == {
        "By which organization were the drought grants approved?": "California Water Commission"
    }


def test_a_name_the_tagger_cut_at_its_and_is_answered_whole(bank: QuestionBank) -> None:
    assert set(answers(bank, "split-name", "org-event").values()) == {
        "Biotechnology and Biological Sciences Research Council"
    }


def test_the_research_is_never_credited_to_a_body_whose_study_comes_later(bank: QuestionBank) -> None:
    asked = answers(bank, "later-study", "org-event")
    assert not [q for q in asked if "Rothamsted Research's research" in q]
    assert asked.get("Which organization's study showed that fungicide use on wheat rose 8 per cent?") == (
        "Rothamsted Research"
    )


def test_the_study_is_never_a_separate_study_named_after_it(bank: QuestionBank) -> None:
    asked = [q.question for q in bank.questions if q.article == "separate-study"]
    assert not [q for q in asked if "Tessaly Farm Institute's study" in q]


def test_a_second_passive_verb_is_not_asked_as_an_active_one(bank: QuestionBank) -> None:
    asked = answers(bank, "shared-passive", "org-event")
    assert not [q for q in asked if "did the research carry out" in q]


def test_the_kind_as_a_passives_agent_is_the_one_body_of_that_kind(bank: QuestionBank) -> None:
    assert (
        answers(bank, "kind-agent", "org-event").get(
            "By which organization was Harwick Airways fined £3 million for late refunds?"
        )
        == "Civil Aviation Authority"
    )


def test_the_kind_is_nobody_when_two_bodies_of_that_kind_were_named(bank: QuestionBank) -> None:
    # the tagger may see only one of the two names: the article's words still show two authorities
    assert not [q for q in answers(bank, "two-authorities", "org-event") if "fine" in q]


def test_what_it_was_announced_a_body_did_is_asked_and_what_was_reported_is_not(bank: QuestionBank) -> None:
    assert (
        answers(bank, "announced", "org-event").get(
            "Which organization has awarded a £450 million contract to build 12 patrol boats?"
        )
        == "Ministry of Defence"
    )
    assert answers(bank, "reported", "org-event") == {}


def test_an_agent_named_with_its_owner_is_asked(bank: QuestionBank) -> None:
    assert answers(bank, "owned-agent", "org-event").get("By which institution is the five-year project led?") == (
        "Climate Change Institute"
    )


def test_a_study_by_the_kind_is_the_one_body_of_that_kind(bank: QuestionBank) -> None:
    question = (
        "Which institution's 2022 study found that sea levels in the Baltic rose twice as fast as the global average?"
    )
    assert answers(bank, "kind-study", "org-event").get(question) == "Karolinska Institute"


def test_a_partnerships_members_are_asked_one_by_one_naming_the_others(bank: QuestionBank) -> None:
    assert answers(bank, "partnership", "org-event") == {
        "A partnership between General Electric and which other organization will fund the new laboratory?": "Intel",
        "A partnership between Intel and which other organization will fund the new laboratory?": "General Electric",
    }


@pytest.mark.parametrize("key", ["partnership-goes-on", "partner-unnamed"])
def test_a_partnership_whose_list_goes_past_the_names_found_is_not_asked(bank: QuestionBank, key: str) -> None:
    assert not [q for q in answers(bank, key, "org-event") if q.startswith("A partnership")]


@pytest.mark.parametrize(
    ("key", "question"),
    [
        ("profit-up", "Which organization posted a net profit of 180 billion yuan in the first half?"),
        ("profit-up-on-object", "Which organization reported a second-quarter net profit of 1.9 billion crowns?"),
    ],
)
def test_a_results_change_is_left_out_whole_not_cut_from_its_base(bank: QuestionBank, key: str, question: str) -> None:
    assert question in answers(bank, key, "org-event")
