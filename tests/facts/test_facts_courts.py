"""Court and disaster copy: penalties after a passive, posts the tagger takes for bodies, and asides that
would change what a figure question asks (invented sentences)."""

from __future__ import annotations

import datetime as dt

from invented_articles import questions_of_text

DAY = dt.date(2024, 5, 14)


def _asked(text: str, kind: str) -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in questions_of_text(text, DAY, kind)]


def test_a_fine_joined_to_a_passive_is_asked_as_a_passive() -> None:
    asked = _asked("His aunt, Mira Sethi, was sentenced to five years in jail and fined Rs 40,000.", "number")
    assert ("How much was Mira Sethi fined?", "Rs 40,000") in asked
    assert not any("did Mira Sethi fine" in q for q, _ in asked)
    asked = _asked("The courier, Dale Hume, was jailed for two years and fined $7,000 by the court.", "number")
    assert ("How much was the courier fined by the court?", "$7,000") in asked


def test_an_active_verb_joined_to_a_passive_keeps_its_own_voice() -> None:
    asked = _asked("Ola Brandt was arrested in May and pleaded guilty to nine counts of theft in June.", "number")
    assert not any(" was Ola Brandt pleaded" in q for q, _ in asked)


def test_crown_prosecutor_and_solicitor_general_are_whole_posts() -> None:
    roles = _asked("Crown prosecutor Tess Varga told the court the thefts began in Perth.", "role")
    assert any(a == "Crown prosecutor" for _, a in roles)
    assert not any(a == "Crown" for _, a in roles)
    roles = _asked(
        "The judges raised the term after the Solicitor General, Owen Marsh, said it was unduly lenient.", "role"
    )
    assert any(a == "Solicitor General" and "what post" in q for q, a in roles)
    assert not any("General of" in q for q, _ in roles)


def test_a_set_off_superlative_is_no_object_of_the_counted_verb() -> None:
    asked = _asked("At least 19 aftershocks followed, the largest of magnitude 4.9, the agency said.", "number")
    assert asked and not any("the largest" in q for q, _ in asked)


def test_a_subject_the_parse_joined_to_a_noun_is_left_out() -> None:
    text = "Officials said more than 40,000 people had been forced from their homes and 120 towns had been hit."
    asked = _asked(text, "number")
    assert not any("120 towns?" in q or "and 120" in q for q, _ in asked)


def test_a_change_hung_on_a_relative_clause_is_not_the_clause_figure() -> None:
    text = (
        "The judges increased the sentence of a driver who killed three cyclists in Hull from five years to "
        "eight years after the Attorney General, Nadia Pike, said the term was too short."
    )
    asked = _asked(text, "number")
    assert not any(q.startswith("From how many") or "from five years" in q for q, _ in asked)
    assert not any(q.endswith("Nadia Pike?") for q, _ in asked)
