"""A sentence's own past verb that the parse took for a participle of its subject ("The fund invested
in …") is asked in its own voice ("did the fund invest"), never as a passive that makes the doer the
thing done to ("was the fund invested"); when the verb may be a true passive, nothing is asked."""

from __future__ import annotations

from invented_articles import questions_of_text


def _asked(said: str) -> dict[str, str]:
    return {q.answer: q.question for q in questions_of_text(said, kind="number")}


def test_a_share_invested_in_is_asked_in_the_active_with_its_whole() -> None:
    said = "The pension fund invested in 35 percent of the startups it screened in 2025, its chief executive said."
    asked = _asked(said)
    assert asked.get("35 percent") == "In what percentage of the startups did the pension fund invest?", asked


def test_a_count_worked_on_is_asked_in_the_active() -> None:
    asked = _asked("The tribunal intervened in 14 land disputes last year.")
    assert asked.get("14") == "In how many land disputes did the tribunal intervene last year?", asked
    asked = _asked("The fund invested in 12 biotech firms last year.")
    assert asked.get("12") == "In how many biotech firms did the fund invest last year?", asked


def test_no_question_makes_the_doer_a_passive() -> None:
    for said in (
        "The trust invested in 22 rural schools in 2024, its director said.",
        "The club competed in 40 friendly matches in 2023.",
        "The agency participated in 16 joint raids, a spokesman said on Monday.",
    ):
        for question in _asked(said).values():
            assert not any(f" {be} the " in question for be in ("was", "were")), (said, question)


def test_a_true_passive_participle_is_still_asked_as_one() -> None:
    asked = _asked("Prison guards involved in 25 escapes were dismissed in July.")
    assert asked.get("25") == "In how many escapes were prison guards involved?", asked


def test_a_participle_the_parse_reads_as_a_past_of_its_own_is_not_asked() -> None:
    for said, wrong in (
        ("Residents interviewed in 11 villages said water prices had risen by 40 percent.", "did residents interview"),
        ("Farmers questioned in 7 districts said seed costs had doubled.", "did farmers question"),
    ):
        for question in _asked(said).values():
            assert wrong not in question, (said, question)


def test_the_verb_after_a_participle_aside_is_the_sentences_own() -> None:
    said = "Winger Tomas Berg, signed from Harlow United for a reported £1.8m, played in 26 matches last season."
    asked = _asked(said)
    assert asked.get("26") == "In how many matches did Tomas Berg play last season?", asked
    assert "£1.8m" in asked and " was Tomas Berg signed" in asked["£1.8m"], asked


def test_an_aside_the_parse_runs_on_into_the_sentences_verb_is_not_asked() -> None:
    said = (
        "The trust, set up in 2011 with a grant of Rs 500 crore, invested in 25 percent of the schools"
        " it visited, its trustee Meera Shah said."
    )
    for question in questions_of_text(said):
        assert "invested" not in question.question and "its trustee" not in question.question, question


def test_a_participle_joined_bare_to_the_sentences_verb_is_not_asked() -> None:
    for said in (
        "Scientists trained on data from 1,500 hives built a model that predicts colony loss.",  # asked before
        "Engineers trained on records from 2,400 turbines built a tool that predicts failures.",
        "Analysts trained on data from 900 wells built a model that predicts leaks.",
    ):
        for question in _asked(said).values():
            assert " train" not in question, (said, question)
