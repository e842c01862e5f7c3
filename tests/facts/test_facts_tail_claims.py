"""A forecast or claim whose source closes the sentence (", the poll forecast.") is never taught as
an outcome when the parser missed the source's verb; when the parser read it, the figure is asked
as the source's claim."""

from __future__ import annotations

from invented_articles import questions_of_texts

TEXTS = {
    "forecast": "The Greens will take 58 seats in the new chamber, the survey forecast.",
    "projected": (
        "The Farmers' Party will win 212 seats, an exit poll projected on Sunday, giving its leader "
        "Mara Voss a clear majority."
    ),
    "said": "The Farmers' Party will win 212 seats, an electoral official said on Sunday.",
}


def test_a_forecast_whose_source_closes_the_sentence_is_not_asked_as_an_outcome() -> None:
    bank = questions_of_texts(TEXTS)
    for key in ("forecast", "projected"):
        asked = [(q.question, q.answer) for q in bank.questions if q.article == key]
        assert not any(a in ("58", "212", "The Farmers' Party", "Sunday") for _, a in asked), asked
        assert not any("projected?" in q for q, _ in asked), asked  # "was the exit poll projected?": a misreading


def test_a_claim_the_parser_read_is_asked_as_the_sources_claim() -> None:
    bank = questions_of_texts(TEXTS)
    (number,) = [q for q in bank.questions if q.article == "said" and q.kind == "number"]
    assert number.question.startswith("According to an electoral official, how many seats will")
    assert number.answer == "212"


def test_a_source_is_named_without_the_post_set_off_after_the_name() -> None:
    said = "The harbour has 120 moorings, according to Ann Lind, head of marine services at the Velda port authority."
    bank = questions_of_texts({"moorings": said})
    (number,) = [q for q in bank.questions if q.kind == "number"]
    assert number.question.startswith("According to Ann Lind, how many moorings")
