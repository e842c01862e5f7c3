"""Wrong or garbled questions a reviewer found on invented sport, court and start-up copy."""

from __future__ import annotations

from invented_articles import questions_of_texts

from quizgen.facts.body_people import names_a_body

_TEXTS = {
    "side_he": (
        "Harbour to reopen after storm\n\n"
        "Connor Healy, the harbour master, said the storm damage was worse than first feared.\n\n"
        "Carrick Wanderers beat Ashford Town 2-1 on Saturday, their first win of the season.\n\n"
        "He also said the harbour would reopen fully by July."
    ),
    "side_only": (
        "Wanderers win at last\n\n"
        "A fisherman from Carrick was charged on Wednesday over a fire at the quay.\n\n"
        "Carrick Wanderers beat Ashford Town 2-1 on Saturday, their first win of the season.\n\n"
        "He said the squad had trained hard all winter."
    ),
}


def test_he_never_stands_for_a_side() -> None:
    bank = questions_of_texts(_TEXTS)
    quotes = {(q.article, q.question, q.answer) for q in bank.questions if q.kind == "quote"}
    answers = {a for _, _, a in quotes}
    assert "Carrick Wanderers" not in answers
    assert not any("squad" in q for _, q, _ in quotes)
    assert ("side_he", "Who said that the harbour would reopen fully by July?", "Connor Healy") in quotes


def test_a_side_that_signs_a_player_is_no_person() -> None:
    text = "Castleford Athletic signed winger Dan Morrow from Redbridge on Monday."
    assert names_a_body("Castleford Athletic", text)
    assert names_a_body("Kestrel Holdings", "")
    assert not names_a_body("Dan Morrow", text)


_FIRST_FIRM = (
    "Pune start-up first to fly blood samples by drone\n\n"
    "PUNE: Cloudhop Robotics became the first company in Maharashtra to carry blood samples by drone, after "
    "the Directorate General of Civil Aviation (DGCA) approved its flights on June 3.\n\n"
    "The flights were checked by the Maharashtra Transport Department and the Airports Authority of India. "
    "Engineers from Larsen Systems Ltd also tested the drones.\n\n"
    '"Nobody thought a drone could cross the ghats in the monsoon," said Cloudhop founder Vikram Joshi, 38.'
)


def test_a_public_body_is_no_option_for_a_company() -> None:
    asked = [q for q in questions_of_texts({"a": _FIRST_FIRM}).questions if "first company" in q.question]
    assert asked and asked[0].answer == "Cloudhop Robotics"
    options = set(asked[0].choices or ())
    assert not options & {"Directorate General of Civil Aviation", "Airports Authority of India"}
    assert not options & {"Maharashtra Transport Department"}


def test_a_closing_aside_on_the_event_is_not_glued_to_the_question() -> None:
    bank = questions_of_texts({"side_he": _TEXTS["side_he"]})
    dates = [q.question for q in bank.questions if q.kind == "date" and q.answer.startswith("Saturday")]
    assert dates == ["When did Carrick Wanderers beat Ashford Town 2-1?"]


def test_a_surname_a_side_may_end_in_is_still_a_person() -> None:
    assert not names_a_body("Tom Vale", "")
