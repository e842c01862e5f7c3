"""A reported clause torn around an aside on its subject is asked whole, and a date or figure asked
from someone's claim leaves out their judgement ("wrongly", "unfair") (sentences invented)."""

from __future__ import annotations

from invented_articles import answers_to

TORN = (
    "Teachers reject offer\n\n"
    "The teachers' union (NEU) said the package offered by the council, a 5 percent rise over two years, "
    "fell far short of rising rents.\n\n"
    "Harwick Council said the scheme put forward by the developer, which covers 40 acres, would harm the green belt."
)
CLAIMS = (
    "Tenants win appeal\n\n"
    "The lawyer for the tenants, Tom Reed, said the appeal had been decided correctly by the Court of Appeal "
    "in 2015.\n\n"
    "The union's treasurer, Lena Voss, said the contract had been signed wrongly by a junior manager in 2012.\n\n"
    "Voss said the unfair levy, introduced in 2016, had been scrapped in 2019."
)


def test_a_clause_torn_around_an_aside_is_asked_whole_without_it() -> None:
    asked = answers_to(TORN, kind="quote")
    whole = "Which organization said that the package offered by the council fell far short of rising rents?"
    assert asked.get(whole) == "NEU", asked
    assert not any(q.endswith(("that fell far short of rising rents?", "over two years?")) for q in asked), asked


def test_a_participle_read_as_a_clause_keeps_its_verb() -> None:
    asked = answers_to(TORN, kind="quote")
    whole = "Which organization said that the scheme put forward by the developer would harm the green belt?"
    assert asked.get(whole) == "Harwick Council", asked


def test_a_which_clause_in_a_reported_subject_is_asked_of_no_noun() -> None:
    asked = answers_to(TORN, kind="number")
    assert not any("developer cover" in q for q in asked), asked


def test_a_date_from_a_claim_drops_the_speakers_judgement() -> None:
    asked = answers_to(CLAIMS, kind="date")
    assert asked.get("In what year had the appeal been decided by the Court of Appeal?") == "2015", asked
    assert asked.get("In what year had the contract been signed by a junior manager?") == "2012", asked
    assert not any(w in q for q in asked for w in ("correctly", "wrongly", "unfair")), asked


def test_a_subject_read_as_the_object_of_said_keeps_its_verb() -> None:
    text = (
        "Residents criticise council\n\n"
        "Its chairman, Colin Marsh, said the consultation, held over just two weeks in January, "
        "was wrongly run by officials."
    )
    asked = answers_to(text, kind="quote")
    assert asked.get("Who said that the consultation was wrongly run by officials?") == "Colin Marsh", asked
    assert "Who said that was wrongly run by officials?" not in asked, asked


def test_a_judged_state_since_a_date_is_not_asked_without_its_judgement() -> None:
    text = (
        "Mine owner defends record\n\n"
        "Harmony Gold chief executive Peter Steenkamp said the mine, which employs 4,500 people, "
        "had been run properly since 2015."
    )
    asked = answers_to(text, kind="date")
    assert not any(q.startswith("Since when") for q in asked), asked


def test_a_judged_share_keeps_its_judgement_or_is_not_asked() -> None:
    # "only 40 per cent of the wells were sealed" would be false: the share counts the wells sealed properly
    text = (
        "Drilling firm fined\n\n"
        "An inspector for the Tarn Valley board said only 40 per cent of the old wells were properly sealed "
        "in 2022.\n\n"
        "Campaigners said 310 tenants had been wrongly evicted in 2021."
    )
    asked = answers_to(text, kind="date")
    assert "In what year were only 40 per cent of the old wells sealed?" not in asked, asked
    assert "In what year had 310 tenants been evicted?" not in asked, asked
