"""Number questions a teacher would write: the hedge in the question, no garbled negatives, "how often"
for a recurring period, the place a "where" clause gives, no ranking or family trivia counted, no
figure whose subject or period the sentence leaves open (sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.facts.number_hedges import unhedged
from quizgen.models import QuestionBank

TEXTS = {
    "hedge": (
        "The harbour board met on Monday.\n\n"
        "More than 40 people attended the meeting in Valka. The ferry can carry up to 300 passengers. "
        "The storm caused about 12 deaths in the town. The board's profits fell by as much as 20 percentage points."
    ),
    "negated": (
        "The party chose its leader on Friday.\n\n"
        "Ola Berg would not receive the necessary 20 votes from the party to trigger a contest. "
        "Berg did not make more than £5,000 from the deal. "
        "If sales reach 40 million, the firm will hire 300 workers. Forty workers did not return to the plant."
    ),
    "often": "The council passed the bill on Tuesday.\n\nThe council must report to parliament every four weeks.",
    "where": (
        "Harbour Bank grew fast in Asia last year.\n\n"
        "Sales doubled in Vietnam, where Harbour Bank opened 6 branches during the quarter. "
        "Work stopped at a plant where 300 people worked."
    ),
    "not-counts": (
        "Harbour Bank reported results on Monday.\n\n"
        "Harbour Bank's ten largest investors hold a combined 272.7 million shares. "
        "Born in Oslo, he and his wife Anna have three children. "
        "Sales fell to the lowest level in 10 years. A flash of skill from Ola Berg led to the other two goals."
    ),
    "unanchored": (
        "Harbour Bank reported results on Monday.\n\n"
        "The average target is $635.65, down from $716. Operating costs will be $3.8 billion. "
        "The Nordic fund will spend $40 million on new schools in 2025."
    ),
    "range": (
        "Harbour Bank gave its outlook on Monday.\n\n"
        "Gross margin will be 37.5 percent to 38.5 percent in the second quarter, the bank said."
    ),
    "per-share": (
        "Harbour Bank reported results on Monday.\n\n"
        "Quarterly profit at Harbour Bank rose 4 percent to $2.6 billion, or $1.12 a share."
    ),
    "converted": (
        "Harbour Telecom reported results on Thursday.\n\n"
        "Net profit at Harbour Telecom rose to Rs 250.67 crore (Rs 2.51 billion) "
        "from Rs 249.87 crore (Rs 2.50 billion)."
    ),
    "age-aside": (
        "Savers lost money in the collapse.\n\n"
        "The crisis has pitted Ola Berg, 55, against almost 12,000 small investors."
    ),
    "forecast-beaten": (
        "Harbour Phones reported results on Monday.\n\n"
        "Harbour Phones sold 22.9 million handsets, above the projected 22.4 million units. "
        "Harbour Mining shares dropped 12 percent at the close in Oslo, the biggest decline since September 2008."
    ),
    "deep": (
        "Ferry firms went to court on Friday.\n\n"
        "Three ferry firms have made progress towards a challenge to the council's plan to charge 40 pounds "
        "a ticket on visitors. The council has the power to charge 12 pounds a night."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


def found(bank: QuestionBank, key: str) -> dict[str, str]:
    return {q.question: q.answer for q in asked(bank, key, "number")}


def test_a_hedge_goes_into_the_question_and_the_answer_is_the_figure(bank: QuestionBank) -> None:
    """'more than 40' as an answer reads as what is to be learnt; "More than how many …? — 40" does not."""
    got = found(bank, "hedge")
    assert got["More than how many people attended the meeting in Valka?"] == "40"
    assert got["Up to how many passengers can the ferry carry?"] == "300"
    assert got["About how many deaths in the town did the storm cause?"] == "12"
    assert got["By up to how many percentage points did the board's profits fall?"] == "20 percentage points"


def test_a_bound_asked_offers_no_options_and_accepts_the_hedged_form(bank: QuestionBank) -> None:
    from quizgen.grading.verdict import grade_answer

    (q,) = [q for q in asked(bank, "hedge", "number") if q.answer == "40"]
    assert not q.choices  # "More than how many …?": 30 would be right too
    assert "More than 40" in q.aliases
    assert [grade_answer(typed, q).correct for typed in ("40", "more than 40", "forty", "50", "30")] == [
        True,
        True,
        True,
        False,
        False,
    ]


@pytest.mark.parametrize(
    ("question", "answer", "moved"),
    [
        ("How many people came?", "just 12", ("How many people came?", "12")),
        ("For how many days did it last?", "nearly 30 days", ("For about how many days did it last?", "30 days")),
        ("How many jobs went?", "under 50", None),
        ("Which town grew?", "about 40", None),
        ("How many people came?", "40", ("How many people came?", "40")),
    ],
)
def test_the_hedge_moves_before_the_wh_phrase(question: str, answer: str, moved: tuple[str, str] | None) -> None:
    assert unhedged(question, answer) == moved


def test_a_figure_in_a_negated_or_supposed_clause_is_not_asked(bank: QuestionBank) -> None:
    """'How many votes would Berg not receive …?' garbles the fact; a count that is the negated verb's
    own subject reads right."""
    got = found(bank, "negated")
    assert set(got.values()) == {"Forty"}, got
    assert got["How many workers did not return to the plant?"] == "Forty"


def test_a_recurring_period_is_asked_how_often(bank: QuestionBank) -> None:
    assert found(bank, "often") == {"How often must the council report to parliament?": "every four weeks"}


def test_a_count_in_a_where_clause_keeps_its_place(bank: QuestionBank) -> None:
    """'Vietnam, where the bank opened 6 branches': without "in Vietnam" the count is wrong as asked;
    'a plant where 300 people worked' names no place the question could carry: nothing is asked."""
    got = found(bank, "where")
    assert got == {"How many branches did Harbour Bank open during the quarter in Vietnam?": "6"}


def test_a_ranking_a_family_and_a_record_span_are_not_counted(bank: QuestionBank) -> None:
    got = found(bank, "not-counts")
    assert not {"ten", "three", "10 years", "two"} & set(got.values()), got  # "the other two goals": given
    assert got.get("How many shares do Harbour Bank's ten largest investors hold combined?") == "272.7 million"


def test_a_figure_whose_subject_or_period_is_left_open_is_not_asked(bank: QuestionBank) -> None:
    """'The average target is $635' (whose?), 'costs will be $3.8 billion' (for when?); a forecast
    with its year stays."""
    got = found(bank, "unanchored")
    assert got == {"How much will the Nordic fund spend on new schools in 2025?": "$40 million"}, got


def test_one_end_of_a_range_whose_unit_is_said_twice_is_not_asked(bank: QuestionBank) -> None:
    """'37.5 percent to 38.5 percent': "to what percentage will gross margin be 37.5 percent?" is no question."""
    assert not any(a in ("38.5 percent", "37.5 percent") for a in found(bank, "range").values())


def test_a_forecast_beaten_and_a_ranking_aside_stay_out_of_the_question(bank: QuestionBank) -> None:
    """The forecast a result beat is no fact of its own, and neither it nor ", the biggest decline since
    2008" is carried into the question about the result."""
    got = found(bank, "forecast-beaten")
    assert got == {
        "How many handsets did Harbour Phones sell?": "22.9 million",
        "By what percentage did Harbour Mining shares drop at the close on March 4 in Oslo?": "12 percent",
    }, got


def test_an_amount_restated_per_share_is_no_list(bank: QuestionBank) -> None:
    """'rose 4 percent to $2.6 billion, or $1.12 a share': the per-share figure restates the amount;
    the amount is asked, the per-share figure is not asked as a plain "how much"."""
    got = found(bank, "per-share")
    assert got.get("To what amount did quarterly profit at Harbour Bank rise 4 percent?") == "$2.6 billion", got
    assert "$1.12" not in got.values()


def test_an_amount_restated_in_brackets_stays_out_of_the_question(bank: QuestionBank) -> None:
    """'Rs 250.67 crore (Rs 2.51 billion)': the conversion is neither asked nor glued into a question."""
    got = found(bank, "converted")
    assert got, got
    assert not any("2.51" in q or "2.50" in q or "billion" in a for q, a in got.items()), got


def test_a_count_the_tagger_took_for_money_is_asked_how_many() -> None:
    """spaCy's small model may tag "4.1 million Handsets" as MONEY; with no currency in it, it counts handsets."""
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.numbers import extract_numbers
    from quizgen.nlp import load_nlp

    doc = load_nlp()("Harbour Phones sold 4.1 million Handsets in the quarter. The fund paid 5 million pounds for it.")
    at = [t.text for t in doc].index("4.1")
    doc.ents = [Span(doc, at, at + 3, label="MONEY"), *[e for e in doc.ents if e.start > at + 3]]
    found = {f.answer: f.question for f in extract_numbers(ArticleContext(doc))}
    assert found.get("4.1 million") == "How many Handsets did Harbour Phones sell in the quarter?", found


def test_an_age_after_a_name_stays_out_of_another_figures_question(bank: QuestionBank) -> None:
    got = found(bank, "age-aside")
    assert got.get("Against about how many small investors has the crisis pitted Ola Berg?") == "12,000", got


def test_the_years_of_a_sentence_given_in_years_and_months_are_not_asked_alone() -> None:
    from invented_articles import questions_of_text

    text = (
        "Former harbour chief Ivo Brandt was sentenced to 13 years and 6 months on Tuesday for taking bribes. "
        "His deputy Ana Pohe was sentenced to 5 years."
    )
    answers = [q.answer for q in questions_of_text(text, kind="number")]
    assert "13 years" not in answers, answers
    assert "5 years" in answers, answers


def test_a_figure_deep_in_a_noun_phrase_is_not_fronted(bank: QuestionBank) -> None:
    """'made progress towards a challenge to the plan to charge 40 pounds': "How many pounds have the
    firms made progress towards a challenge to the plan to charge …?" is no sentence; a figure under
    the object itself ("has the power to charge 12 pounds") can still be asked."""
    got = found(bank, "deep")
    assert "40 pounds" not in got.values(), got


def test_a_figure_in_a_whether_clause_is_not_asked() -> None:
    """'it is unclear whether any candidate will have the nine votes needed': nobody has them yet."""
    bank = questions_of_texts(
        {
            "whether": "A vote on a new board chair is set for Friday, though it is unclear whether any "
            "candidate will have the nine votes needed to win. Nobody knows whether the mill will shed "
            "300 jobs. The board has 17 members."
        }
    )
    got = {q.question: q.answer for q in asked(bank, "whether", "number")}
    assert not [q for q, a in got.items() if a in ("nine", "300")], got
