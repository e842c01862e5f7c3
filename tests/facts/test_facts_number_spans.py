"""Spans of time counted from an event or from the day of writing, lengths that size a noun, and
"their" bound to a counted subject (sentences invented)."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_text, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "later": (
        "Storms closed the mountain pass in Valka on Monday.\n\n"
        "The pass was reopened four days later. A week later, the mayor of Valka resigned."
    ),
    "ago": (
        "A rare fossil went on show in Norrby.\n\n"
        "The first fossil of the kind was found in the Sorn valley some 30 years ago. "
        "Two years ago, the museum bought the collection. He moved to Norrby six years ago."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, None)


def test_a_span_after_another_event_is_asked_as_how_many_units_later(bank: QuestionBank) -> None:
    found = {q.answer: q.question for q in asked(bank, "later", "number")}
    assert found["four days"] == "How many days later was the pass reopened?"


def test_a_span_back_from_an_undated_article_is_asked_as_how_long_ago(bank: QuestionBank) -> None:
    """No date of writing: how long ago is all the article tells. The hedge goes into the question;
    a pronoun subject ("He moved …") leaves nothing to ask."""
    found = {q.answer: q.question for q in asked(bank, "ago", "number")}
    assert found["30 years"] == "About how many years ago was the first fossil of the kind found in the Sorn valley?"
    assert found["two years"] == "How many years ago did the museum buy the collection?"
    assert "six years" not in found


def test_a_span_back_from_a_dated_article_is_left_to_the_dates() -> None:
    """With the day of writing known, "two years ago" is a year, asked by the dates pass."""
    text = "A rare fossil went on show in Norrby.\n\nTwo years ago, the museum bought the collection."
    import datetime as dt

    numbers = questions_of_text(text, dt.date(2024, 5, 6), "number")
    assert not any("ago" in q.question for q in numbers)


COUNTED = {
    "counted-subject": (
        "Shares of Harbour Mining fell on Monday.\n\n"
        "At least 20 analysts cut their price estimates for Harbour Mining shares."
    ),
}


def test_their_after_a_counted_subject_is_the_counted_nouns() -> None:
    """'At least how many analysts cut their estimates?': "their" is the analysts', named by the question."""
    found = {q.answer: q.question for q in questions_of_texts(COUNTED).questions if q.kind == "number"}
    assert found["20"] == "At least how many analysts cut their price estimates for Harbour Mining shares?"


@pytest.mark.parametrize(
    ("question", "bound"),
    [
        ("How many workers lost their jobs at the plant?", True),
        ("How many workers have lost their jobs at the plant?", True),
        ("How many workers did their managers fire at the plant?", False),
        ("How many jobs did the firm cut from their plant?", False),
    ],
)
def test_their_is_bound_only_when_the_counted_noun_is_the_subject(question: str, bound: bool) -> None:
    from quizgen.questions.grammar import tag
    from quizgen.questions.quality import problem

    (doc,) = tag([question])
    assert (problem(question, "40", [], doc) is None) is bound


SIZES = {
    "sizes": (
        "Divers surveyed the old harbour of Valka last summer.\n\n"
        "The divers found a ship's hull almost 30 metres long near the pier. "
        "They took scans of a rare, 2.5 metre wide stone anchor of a Roman galley that was found in the mud. "
        "Engineers have mapped a tunnel of brick at least 12 miles long under the town. "
        "A wall 3 metres high was never built."
    ),
}


def test_a_length_after_or_before_a_noun_is_asked_as_how_long_the_noun_is() -> None:
    """'a hull almost 30 metres long', 'a 2.5 metre wide anchor', 'mapped a tunnel … at least 12 miles long'
    (the parse hangs "long" on the verb): the noun is asked with "the", the hedge goes to the question;
    a clause that states nothing ("was never built") asks nothing."""
    bank = questions_of_texts(SIZES)
    found = {q.answer: q.question for q in bank.questions if q.kind == "number"}
    assert found["30 metres"] == "About how long was the ship's hull?"
    assert found["2.5 metre"] == "How wide was the rare stone anchor of a Roman galley?"
    assert found["12 miles"] == "At least how long is the tunnel of brick?"
    assert "3 metres" not in found


MATCH = {
    "minutes": (
        "Norrby beat Valka 2-1 on Saturday.\n\n"
        "Anders Holm made the first breakthrough of the game in the 82nd minute with a header. "
        "Sven Lund scored in the fifth minute of added time. "
        "It was the 95th minute when Lund stepped up to take the penalty. "
        "The game was stopped for five minutes."
    ),
}


def test_the_minute_of_play_is_asked_as_in_which_minute() -> None:
    """A goal's minute is when it happened, not a record ("the first breakthrough … in the 82nd minute");
    "of added time" stays in the question; a cleft ("It was the 95th minute when …") is asked too, and
    a length of time is no minute of play."""
    found = {q.answer: q.question for q in questions_of_texts(MATCH).questions if q.kind == "number"}
    assert found["82nd"] == "In which minute did Anders Holm make the first breakthrough of the game with a header?"
    assert found["fifth"] == "In which minute of added time did Sven Lund score?"
    assert found["95th"] == "In which minute did Sven Lund step up to take the penalty?"
    assert found["five minutes"] == "For how many minutes was the game stopped?"  # a length, asked as one
    assert not any("minute" in q and a not in ("82nd", "fifth", "95th", "five minutes") for a, q in found.items())


AMOUNTS = {
    "amounts": (
        "Harbour Finance collapsed on Monday.\n\n"
        "Harbour Finance has only repaid £45million of capital and £3.9million of interest. "
        "Norrland Oil posted a profit of $1.8 billion, beating analysts' forecasts of $1.5 billion."
    ),
}


def test_an_amount_coordinated_with_another_or_beaten_is_not_asked_on_its_own() -> None:
    """ "How much has Harbour Finance repaid?" has no one answer when it repaid two sums; "How much in
    forecasts did Norrland Oil beat?" asks nothing that was beaten."""
    found = {q.answer: q.question for q in questions_of_texts(AMOUNTS).questions if q.kind == "number"}
    assert "£45million" not in found and "£3.9million" not in found
    assert "$1.5 billion" not in found


VERDICTS = {
    "verdicts": (
        "Ann Ruiz and Ola Berg admitted fraud at Valka Crown Court.\n\n"
        "Both were sentenced to 22 months in prison. "
        "Harbour City had three goals disallowed on Saturday."
    ),
}


def test_a_bare_both_is_no_subject_and_a_participle_follows_the_verb() -> None:
    """ "To how many months were both sentenced?" says not who; "had three goals disallowed" is asked
    "How many goals did … have disallowed", never "How many goals disallowed did … have"."""
    found = {q.answer: q.question for q in questions_of_texts(VERDICTS).questions if q.kind == "number"}
    assert "22 months" not in found
    assert found["three"] == "How many goals did Harbour City have disallowed on Saturday?"


def test_an_earlier_figure_set_off_after_a_comma_is_left_out_of_the_question() -> None:
    """'4,210 boats on the mooring list, down from 4,390 in spring': kept, it reads glued on ("… are there
    down from 4,390 in spring?")."""
    text = "Harbour Valka filled up.\n\nThere are 4,210 boats on the mooring list in Oslo, down from 4,390 in spring."
    found = {q.answer: q.question for q in questions_of_texts({"moorings": text}).questions if q.kind == "number"}
    assert found["4,210"] == "How many boats on the mooring list in Oslo are there?"
