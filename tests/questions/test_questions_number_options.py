"""Number questions offer the article's other figures of the same unit, never made-up ones."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from invented_articles import questions_of_texts

from quizgen.facts.fact_types import NumberFact
from quizgen.grading import parse_number
from quizgen.models import Question
from quizgen.questions.number_options import number_options, unit_of

# Invented: two percentages, two sums in pounds and one in dollars, two counts of days, a change.
TEXT = (
    "Coffee exports fell 12 pct in the first half, the ministry said. "
    "Tea exports rose by 30 pct over the same period. "
    "The council paid £30m for the new trains. "
    "The founders kept debts of £4.5m on the books. "
    "The port authority spent $9m on new cranes. "
    "The dock strike lasted for three days. "
    "The crew will undergo 10 days of training at the base. "
    "The number of daily ferry passengers fell from 8,200 to 6,100."
)


@pytest.fixture(scope="module")
def asked() -> dict[str, Question]:
    bank = questions_of_texts({"n": TEXT}, dt.date(2024, 3, 1))
    return {q.answer: q for q in bank.questions if q.kind == "number"}


@pytest.mark.parametrize(
    ("answer", "offered"),
    [
        ("12%", {"30%"}),
        ("£30m", {"£4.5m"}),
        ("£4.5m", {"£30m"}),
        ("three days", {"10 days"}),
        ("10 days", {"three days"}),
    ],
)
def test_options_are_the_articles_figures_of_the_same_unit(
    asked: dict[str, Question], answer: str, offered: set
) -> None:
    q = asked[answer]
    assert set(q.choices) == {answer} | offered, q.choices


def test_no_option_is_made_up_and_none_of_another_unit(asked: dict[str, Question]) -> None:
    figures = {parse_number(n) for n in re.findall(r"\d[\d,.]*", TEXT)} | {3.0}
    for q in asked.values():
        for choice in q.choices:
            value = parse_number(re.sub(r"[£$%]|m$", "", choice).replace("three", "3"))
            assert value in figures, (q.answer, q.choices)
            assert unit_of(choice) == unit_of(q.answer), (q.answer, q.choices)
    assert not asked["$9m"].choices  # the only dollar sum: fewer options, not pounds


def test_the_partner_of_a_change_is_never_a_false_option(asked: dict[str, Question]) -> None:
    assert "6,100" not in asked["8,200"].choices and "8,200" not in asked["6,100"].choices


def test_wire_units_read_as_english_and_the_wire_form_is_still_accepted(asked: dict[str, Question]) -> None:
    q = asked["12%"]
    assert "12 pct" in q.aliases and "pct" not in q.question


@pytest.mark.parametrize(
    ("answer", "unit"),
    [("Seventy percent", "%"), ("26 per cent", "%"), ("£4.5m", "£"), ("95 days'", "day"), ("about 40", "")],
)
def test_the_unit_of_a_figure(answer: str, unit: str) -> None:
    assert unit_of(answer) == unit


def test_a_bound_gets_no_options_and_is_offered_to_no_one() -> None:
    text = "Police arrested more than 40 protesters on Saturday. The mayor met 30 shopkeepers on Tuesday."
    bank = questions_of_texts({"b": text}, dt.date(2024, 3, 1))
    asked = {q.answer: q for q in bank.questions if q.kind == "number"}
    assert not asked["40"].choices  # "more than 30" would be right too
    assert not any("40" in c for c in asked["30"].choices)


def _fact(answer: str, sentence: str) -> NumberFact:
    return NumberFact(
        key=answer, sentence=sentence, answer_span=None, question=f"How many … {sentence}?", answer=answer
    )


def test_options_keep_the_answers_style_and_leave_out_bounds_of_any_hedge() -> None:
    asked = _fact("Seventy percent", "a")
    others = [_fact("12%", "b"), _fact("just under 40 percent", "c"), _fact("£30m", "d"), _fact("about 45%", "e")]
    assert number_options(asked, asked.answer, [asked, *others]) == ["45 percent", "12 percent"]
    hedged = _fact("just under 28 million", "f")
    assert number_options(hedged, hedged.answer, [hedged, _fact("20 million", "g")]) == []


def test_a_count_is_offered_only_counts_of_its_own_noun() -> None:
    """450 deaths is no false option for a number of cases; another count of cases is."""
    text = (
        "The island has recorded 2,300 cases of the fever. "
        "The mainland has recorded 1,900 cases of the fever. "
        "The island's hospitals have 450 beds."
    )
    bank = questions_of_texts({"c": text}, dt.date(2024, 3, 1))
    asked = {q.answer: q for q in bank.questions if q.kind == "number"}
    assert set(asked["2,300"].choices) == {"2,300", "1,900"}, asked["2,300"].choices
    assert "2,300" not in asked["450"].choices and "1,900" not in asked["450"].choices


def test_a_rate_keeps_its_singular_per_unit_in_options() -> None:
    """'1.2 million barrels per day' is offered as such, never as '… barrels per days'."""
    text = (
        "The refinery processed 1.2 mln bpd of crude in May. "
        "The second refinery processed 0.9 mln bpd of crude in June."
    )
    bank = questions_of_texts({"b": text}, dt.date(2024, 3, 1))
    choices = [c for q in bank.questions if q.kind == "number" for c in q.choices]
    assert choices and not [c for c in choices if "per days" in c], choices


def _asked(answer: str, sentence: str, question: str) -> NumberFact:
    return NumberFact(key=answer, sentence=sentence, answer_span=None, question=question, answer=answer)


def test_an_age_is_offered_only_ages() -> None:
    """'seven' countries is no false option for how old someone is; another age is."""
    age = _asked("63", "a", "How old is Ann Ruiz?")
    others = [
        _asked("seven", "b", "How many countries does Velmora border?"),
        _asked("58", "c", "How old is Tom Vale?"),
    ]
    assert number_options(age, age.answer, [age, *others]) == ["58"]
    count = others[0]
    assert number_options(count, count.answer, [count, age]) == []


def test_a_figure_on_another_basis_is_no_false_option() -> None:
    """What a firm earned 'excluding a tax gain' answers 'How much did it earn?' too, in a reading."""
    plain = _asked("$64 million", "a", "How much did Harbour Foods earn in the quarter?")
    basis = _asked("$51.9 million", "b", "How much did Harbour Foods earn, excluding a $12.1 million tax gain?")
    other = _asked("$70 million", "c", "How much did Velmora Mills earn in the quarter?")
    assert number_options(plain, plain.answer, [plain, basis, other]) == ["$70 million"]
    assert number_options(basis, basis.answer, [basis, plain, other]) == ["$70 million"]


def test_a_ranking_is_offered_the_articles_other_rankings_with_their_own_endings() -> None:
    """ "91st" and "10th" are one unit, a place in a ranking; the option takes its own ending ("12th",
    never "12st"). A minute of play ("82nd") is asked otherwise, so it is no option for a ranking."""
    asked = _asked("91st", "a", "Where was Ana Lind ranked?")
    others = [
        _asked("12th", "b", "Where was Pia Moen ranked?"),
        _asked("22nd", "c", "Where was Eva Berg ranked?"),
        _asked("82nd", "d", "In which minute did Eva Berg score?"),
    ]
    assert number_options(asked, asked.answer, [asked, *others]) == ["22nd", "12th"]
