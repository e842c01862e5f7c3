"""Quotes in single marks, as British papers print them: straight ('…,' she said) or curly (‘…’),
a quote left open at its paragraph's end going on in the next paragraph, apostrophes ("don't",
"the players' union", "the '90s") left as words; and two speakers' words kept apart ("she claimed
that '…', the prosecutor said"; "the GP and broadcaster Ann Lind said").

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.facts.quote_marks import quote_spans
from quizgen.models import Question

ARTICLES = {
    "straight-single-marks": (
        "Harbour reopens after two years of repairs\n\n"
        "The harbour at Varna reopened to fishing boats on Monday after two years of repairs.\n\n"
        "'The new pier is the best thing to happen to this town in a generation,' said harbour master "
        "Oskar Lind.\n\n"
        "'The fishermen can land their catch at any tide now, and the market will open in the spring.\n\n"
        "'We have waited a long time for this day and the whole town turned out to see it.'\n\n"
        "Not everyone was pleased. 'The players' union was never asked about the new car park,' said "
        "Ann Ruiz, who coaches the town's football team."
    ),
    "curly-single-marks-run-on": (
        "Harbour reopens after two years of repairs\n\n"
        "The harbour at Varna reopened to fishing boats on Monday after two years of repairs.\n\n"
        "\u2018I don\u2019t think the town has ever seen a crowd like this,\u2019 said harbour master Oskar "
        "Lind. \u2018The fishermen can land their catch at any tide now.\n\n"
        "\u2018The market on the quay will open in the spring and sell fish every morning.\u2019"
    ),
    "claimed-inside-another-attribution": (
        "Harbour clerk jailed for fraud\n\n"
        "A harbour clerk in Varna was jailed for two years on Friday for stealing from the port.\n\n"
        "In a police interview she claimed that 'her manager had forced her to move the money every "
        "month', prosecutor Oskar Lind said.\n\n"
        "'She has ruined her good name and will never work at the harbour again,' Mr Lind said.\n\n"
        "'The port trusted her with its accounts for ten years,' said the judge, Ann Ruiz."
    ),
    "post-and-name-joined": (
        "Doctors urge checks\n\n"
        "Doctors in Varna urged women to book their missed check-ups on Monday.\n\n"
        "GP and broadcaster Dr Ann Lind said: \u2018The research showed that one woman in five "
        "checks less than once a year.\u2019"
    ),
    "extraposed-it-after-a-quote": (
        "Varna win the derby\n\n"
        "Varna beat Burgas by two goals in the derby on Sunday.\n\n"
        '"We lost the first half and we all felt we did not play the way we should have," coach Oskar '
        'Lind said. "It was not an easy pitch to play on and you had to watch the ball all the time."'
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_a_quote_in_straight_single_marks_is_its_speakers(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["straight-single-marks"] if "best thing to happen" in q.question]
    assert q.answer == "Oskar Lind"


def test_the_next_paragraphs_of_a_single_quoted_quote_are_the_same_speakers(
    quotes: dict[str, list[Question]],
) -> None:
    (q,) = [q for q in quotes["straight-single-marks"] if "waited a long time" in q.question]
    assert q.answer == "Oskar Lind"


def test_a_plural_owners_mark_does_not_end_the_quote(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["straight-single-marks"] if "car park" in q.question]
    assert q.answer == "Ann Ruiz"
    assert "players' union was never asked" in q.question


def test_a_curly_single_quote_left_open_goes_on_in_the_next_paragraph(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["curly-single-marks-run-on"] if "market on the quay" in q.question]
    assert q.answer == "Oskar Lind"


def test_words_someone_claimed_are_not_the_reporters(quotes: dict[str, list[Question]]) -> None:
    said = quotes["claimed-inside-another-attribution"]
    assert not [q for q in said if "forced her" in q.question and q.answer == "Oskar Lind"]
    (q,) = [q for q in said if "ruined her good name" in q.question]
    assert q.answer == "Oskar Lind"


def test_a_speaker_joined_to_a_name_by_and_is_not_asked_as_a_body(quotes: dict[str, list[Question]]) -> None:
    assert not [q for q in quotes["post-and-name-joined"] if q.answer == "GP"]


def test_apostrophes_in_a_single_marked_article_stay_words() -> None:
    text = "'We are ready,' she said.\n\n'Yes.' Fans of the '90s said they don't mind the Jones' car."
    assert [text[a:b] for a, b in quote_spans(text)] == ["We are ready,", "Yes."]


def test_straight_single_marks_in_a_double_quoting_article_are_no_quotes() -> None:
    text = '"We are ready," she said.\n\n"Yes," he said, and the \'Varna Star\' agreed.'
    assert [text[a:b] for a, b in quote_spans(text)] == ["We are ready,", "Yes,"]


def test_a_quote_opening_with_an_it_that_points_ahead_is_asked(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["extraposed-it-after-a-quote"] if "easy pitch to play on" in q.question]
    assert q.answer == "Oskar Lind"
