"""Wrong facts a reread of new rules found (sentences invented): a regulator's or a union's officer
does not make "the company" their own body; a firm's noun that also names a trade or role ("tour
operator", "utility") does not make a person a firm, nor does a relative clause ("the firm Ann Lind
started"); a place ending in "Bank" stays a place; a dummy "it" ("it would cost £30 million to …") is
no body's; a minister "moved to a safe location" still holds the post."""

from __future__ import annotations

from invented_articles import answers_to


def _asked(text: str, kind: str | None = None) -> dict[str, str]:
    return answers_to(text, kind=kind)


def test_a_regulators_spokesman_does_not_make_the_company_the_regulator() -> None:
    asked = _asked("Tom Reed, a spokesman for Ofwell, said the company had broken the rules for three years.")
    assert not [q for q in asked if "Ofwell" in q and "broken" in q], asked


def test_a_union_officer_does_not_make_the_company_the_union() -> None:
    asked = _asked(
        "Jane Roe, general secretary of the Pilots Union, said the company had refused to raise pay for two years."
    )
    assert not [q for q in asked if "Pilots Union" in q and "refused" in q], asked


def test_a_tour_operator_is_a_person() -> None:
    asked = _asked("Tour operator Michael Grant said bookings had fallen by half this summer.", "quote")
    assert not [q for q, a in asked.items() if q.startswith("Which organization") and a == "Michael Grant"], asked


def test_a_dummy_it_is_no_bodys() -> None:
    asked = _asked("Kestrel Motors said on Monday it would cost 30 million pounds to repair the bridge.", "number")
    assert not [q for q in asked if "Kestrel Motors cost" in q], asked


def test_a_minister_moved_to_safety_still_holds_the_post() -> None:
    asked = _asked("Defence Minister Ann Lind was moved to a safe location after the blast.", "role")
    assert not [a for a in asked.values() if a.startswith("former")], asked


def test_a_place_ending_in_bank_stays_a_place() -> None:
    from quizgen.nlp import load_nlp

    doc = load_nlp()("Settlers attacked West Bank villages on Friday, the army said.")
    assert "ORG" not in {e.label_ for e in doc.ents if e.text == "West Bank"}
