"""Counts, percentages, money and lengths of time, each asked from the clause it sits in."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.models import QuestionBank

#: id → (sentence, how the question starts, words it must contain, answer, an accepted alias)
CASES: dict[str, tuple[str, str, str, str, str]] = {
    "count": (
        "The conference brought together 25 delegates from across the region.",
        "How many delegates",
        "conference bring together",
        "25",
        "",
    ),
    "percentage-change": (
        "Exports of olive oil rose by 4.5% in the first quarter.",
        "By what percentage",
        "exports of olive oil rise",
        "4.5%",
        "",
    ),
    "money": (
        "The railway operator paid £30m for the new trains.",
        "How much",
        "railway operator pay for the new trains",
        "£30m",
        "",
    ),
    "duration": (
        "The dock workers' strike lasted for three days.",
        "For how many days",
        "strike last",
        "three days",
        "3 days",
    ),
    "qualified-count": (
        "More than 2,000 people attended the opening ceremony of the stadium.",
        "More than how many people",
        "attended the opening ceremony",
        "2,000",
        "More than 2,000",
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    """The articles of both tables (CASES, SHAPES), parsed in one pass."""
    return questions_of_texts({k: v[0] for table in (CASES, SHAPES) for k, v in table.items()}, dt.date(2023, 10, 4))


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_number_is_asked_with_what_it_measures(bank: QuestionBank, case: str) -> None:
    _, starts, words, answer, alias = CASES[case]
    (q,) = asked(bank, case, "number")
    assert q.question.startswith(starts)
    assert words in q.question
    assert q.answer == answer
    if alias:
        assert alias in q.aliases
    digits = re.sub(r"\D", "", answer)
    assert not digits or digits not in re.sub(r"\D", "", q.question)


#: id → (sentence, how the question starts, words it must contain, answer)
SHAPES: dict[str, tuple[str, str, str, str]] = {
    "wire-pct": (
        "Coffee exports fell 12 pct in the first half, the ministry said.",
        "According to the ministry, by what percentage",
        "coffee exports fall",
        "12%",
    ),
    "per-cent-of": (
        "Rail freight carried 30 per cent of the country's grain last season.",
        "What percentage of the country's grain",
        "rail freight carry",
        "30 per cent",
    ),
    "percent-modifier": (
        "Voters rejected a four pct sales tax on groceries.",
        "What percentage sales tax on groceries",
        "voters reject",
        "four percent",
    ),
    "wire-units": (
        "The refinery processed 1.2 mln bpd of crude in May.",
        "How many barrels per day of crude",
        "the refinery process",
        "1.2 million barrels per day",
    ),
    "grew-by": (
        "The city's population grew by 1.5 million over the decade.",
        "By how much",
        "population grow",
        "1.5 million",
    ),
    "period-of": (
        "The council will lease the old depot for a period of 25 years.",
        "For a period of how many years",
        "the council lease the old depot",
        "25 years",
    ),
    "loans-of": (
        "The founders left loans of £3.2m in the business.",
        "How much in loans",
        "the founders leave in the business",
        "£3.2m",
    ),
    "days-of": (
        "The crew will undergo 10 days of training at the base.",
        "How many days of training",
        "the crew undergo",
        "10 days",
    ),
    "age": (
        "The 64-year-old harbour master retired on Friday after a long career.",
        "In 2023, how old was the harbour master",
        "",
        "64 years old",
    ),
    "hyphen-duration": (
        "The three-week stoppage at the Dunmore mill ended in a pay deal.",
        "How long was the stoppage at the Dunmore mill",
        "",
        "three weeks",
    ),
    "quantity-unit": (
        "The crews laid 300 tons of recycled asphalt on the ring road.",
        "How many tons of recycled asphalt",
        "the crews lay",
        "300 tons",
    ),
    "money-for": (
        "Second-hand tractors, which sell for more than $9,000, are scarce.",
        "For more than how much",
        "second-hand tractors sell",
        "$9,000",
    ),
    "wire-money": (
        "The treasurer had four billion stg to hand back to taxpayers.",
        "How much",
        "the treasurer have to hand back",
        "four billion stg",
    ),
    "days-supply": (
        "The dealers will hold 80 days' supply of tyres at the Leeds depot.",
        "How many days' supply of tyres",
        "the dealers hold",
        "80 days",
    ),
    "owned-deal": (
        "Shares in Harbour City rose after Ann Ruiz's £30m takeover of Harbour City.",
        "How much was Ann Ruiz's takeover of Harbour City worth?",
        "",
        "£30m",
    ),
    "owned-sum": (
        "Oliver Grant's £45,000 salary was criticised by the unions.",
        "How much was Oliver Grant's salary?",
        "",
        "£45,000",
    ),
    "owned-by-its-subject": (
        "Tessa Holdings withdrew its £45m offer for the Ferrol shipyard last week.",
        "How much was Tessa Holdings' offer for the Ferrol shipyard worth?",
        "",
        "£45m",
    ),
    "sized-noun": (
        "The Marlow council approved a £12m budget for the new library.",
        "How large a budget for the new library did the Marlow council approve?",
        "",
        "£12m",
    ),
    "wire-sized-noun": (
        "The spring budget contained a two billion stg reduction in public borrowing.",
        "How large a reduction in public borrowing did the spring budget contain?",
        "",
        "two billion stg",
    ),
    "ordinal-run": (
        "Vela Motors topped the Ardent quality survey for the third straight year.",
        "For how many straight years did Vela Motors top the Ardent quality survey?",
        "",
        "three years",
    ),
    "ordinal-place": (
        "In the annual ranking of ferry lines, Harbour Line is in fifth place.",
        "In what place is Harbour Line in the annual ranking of ferry lines?",
        "",
        "fifth",
    ),
    "cubic-unit": (
        "The Alder reservoir holds 45 mln cubic metres of water.",
        "How many cubic metres of water",
        "reservoir hold",
        "45 million cubic metres",
    ),
    "possessed-count": (
        "Harbour Bank will close 40 of its 300 branches next spring.",
        "How many branches does Harbour Bank have?",
        "",
        "300",
    ),
    "adjective-to-verb": (
        "Vela Motors is keen to hire 200 engineers at its Alder plant.",
        "How many engineers is Vela Motors keen to hire",
        "",
        "200",
    ),
    "for-the-past-years": (
        "Vela Motors has made buses in Ferrol for the past 12 years.",
        "For how many years has Vela Motors made buses in Ferrol?",
        "",
        "12 years",
    ),
    "whose-duration": (
        "Lena Park, whose brother was jailed for six years, spoke at the rally in Ferrol.",
        "For how many years was Lena Park's brother jailed?",
        "",
        "six years",
    ),
    "fronted-price": (
        "Priced at around $900, the Alder scooter costs far less than a small car.",
        "At about how much is the Alder scooter priced?",
        "",
        "$900",
    ),
    "rank-apposition": (
        "Harbour Line, the third biggest ferry operator in Norway, was sold on Monday.",
        "Counting from the biggest, where does Harbour Line rank as a ferry operator in Norway?",
        "",
        "third",
    ),
    "rank-attribute": (
        "Vela is now the fourth largest carmaker in Europe.",
        "Counting from the largest, where does Vela rank as a carmaker in Europe?",
        "",
        "fourth",
    ),
    "hyphen-count": (
        "The nine-member jury in the Halloran case reached a verdict.",
        "How many members did the jury in the Halloran case have",
        "",
        "nine members",
    ),
}


@pytest.mark.parametrize("case", list(SHAPES), ids=list(SHAPES))
def test_number_shapes_name_what_is_counted(bank: QuestionBank, case: str) -> None:
    _, starts, words, answer = SHAPES[case]
    found = asked(bank, case, "number")
    assert any(
        q.question.startswith(starts) and words.lower() in q.question.lower() and q.answer == answer for q in found
    ), [(q.question, q.answer) for q in found]


def test_an_indefinite_or_plural_size_is_not_asked() -> None:
    text = "Unions warned of a six-week strike. The firm holds two 10-year licences."
    bank = questions_of_texts({"x": text}, published=None)
    assert not [q for q in bank.questions if q.kind == "number" and q.question.startswith("How long")]


def test_a_range_is_one_answer_and_a_baseline_is_not_asked() -> None:
    text = (
        "Shipyards built between 40 and 45 ferries last year. "
        "Some 8,200 students enrolled this term, compared with 9,100 students a year earlier."
    )
    bank = questions_of_texts({"r": text}, dt.date(2023, 10, 4))
    answers = [q.answer for q in bank.questions if q.kind == "number"]
    assert "45" not in answers and "40" not in answers
    assert not any("9,100" in a for a in answers)


def test_a_figure_in_a_quote_is_asked_as_the_speakers_claim() -> None:
    text = (
        "Dr Maria Okafor, who heads the Lagos Water Board, spoke at the launch. "
        '"Sixty percent of the city\'s households still buy drinking water from vendors," Okafor said.'
    )
    bank = questions_of_texts({"q": text}, dt.date(2023, 10, 4))
    (q,) = [q for q in bank.questions if q.kind == "number"]
    assert q.question.startswith("According to Maria Okafor, what percentage of the city's households")
    assert q.answer == "Sixty percent"


def test_a_quote_that_speaks_of_we_or_it_gives_no_figure_question() -> None:
    text = '"We cut 40 jobs in the spring," said Tom Reyes, the mill\'s manager.'
    bank = questions_of_texts({"w": text}, dt.date(2023, 10, 4))
    assert not [q for q in bank.questions if q.kind == "number"]


def test_percentage_points_and_fiscal_years() -> None:
    text = (
        "The governor's approval rating has fallen 12 percentage points since the spring. "
        "The 2023/24 budget raised the duty on fuel."
    )
    bank = questions_of_texts({"pp": text}, dt.date(2023, 10, 4))
    asked = {q.question: q.answer for q in bank.questions if q.kind == "number"}
    assert "12 percentage points" in asked.values(), asked
    assert not any("2023/24" in a for a in asked.values())


def test_coordinated_counts_are_each_asked_with_their_own_noun() -> None:
    text = "The province has recorded more than 3,100 infections and 47 deaths from the fever."
    bank = questions_of_texts({"c": text}, dt.date(2023, 10, 4))
    asked = {q.question: q.answer for q in bank.questions if q.kind == "number"}
    assert asked.get("More than how many infections has the province recorded?") == "3,100", asked
    deaths = [q for q, a in asked.items() if q.startswith("How many deaths") and a == "47"]
    assert deaths and "infections" not in deaths[0], asked


def test_an_amount_owned_by_a_pronoun_is_not_asked() -> None:
    text = "The insurer completed its 310 mln dlr acquisition of a Dutch rival."
    bank = questions_of_texts({"o": text}, dt.date(2023, 10, 4))
    assert not [q for q in bank.questions if q.kind == "number" and "310" in q.answer]


def test_a_pronoun_owner_that_is_not_the_subjects_kind_is_not_named() -> None:
    """ "his" cannot be the company's, nor "its" the person's: no owner, no question."""
    text = (
        "Tessa Holdings rejected his £45m offer for the Ferrol shipyard. "
        "Paul Marsh withdrew its £30m bid for the Alder mill."
    )
    bank = questions_of_texts({"p": text}, dt.date(2023, 10, 4))
    assert not [q for q in bank.questions if q.kind == "number" and "'" in q.question], [
        q.question for q in bank.questions
    ]


def test_a_place_without_its_ranking_and_a_streak_of_a_noun_are_not_asked() -> None:
    """ "Vela is in fifth place" names no ranking; "in its sixth straight year of drought" is no "for"."""
    text = "Vela Motors is in fifth place. The Alder valley is in its sixth straight year of drought."
    bank = questions_of_texts({"f": text}, dt.date(2023, 10, 4))
    assert not [q for q in bank.questions if q.kind == "number"]


def test_a_gapped_list_is_cut_from_the_first_figures_question() -> None:
    """'40 percent came from Asia and 25 percent from Africa': the first share is asked without the
    second; the second (whose verb is left out) is not asked."""
    text = "Of the 5,000 delegates at the Lisbon summit, 40 percent came from Asia and 25 percent from Africa."
    bank = questions_of_texts({"g": text}, dt.date(2023, 10, 4))
    asked = {q.question: q.answer for q in bank.questions if q.kind == "number"}
    assert asked.get("What percentage of the 5,000 delegates at the Lisbon summit came from Asia?") == "40 percent"
    assert not [q for q, a in asked.items() if "25 percent" in q or a == "25 percent"], asked


def test_a_list_is_never_cut_away_with_the_questions_verb() -> None:
    """'Harwick has two entry points from Norland – the Bridge and Second Tunnel – as well as …': cutting
    the list after the object left "How many major entry points from Norland the Bridge?", no verb at all."""
    text = (
        "He said that managing the flood in the region posed unique problems, as Harwick has two major entry "
        "points from Norland \u2013 the Bridge and Second Tunnel \u2013 as well as four international ferry terminals."
    )
    bank = questions_of_texts({"v": text}, dt.date(2023, 10, 4))
    asked = [q.question for q in bank.questions if q.kind == "number"]
    assert all(any(w in q.split() for w in ("does", "did", "do", "is", "are", "has", "have")) for q in asked), asked


def test_names_set_off_after_a_counted_noun_stay_out_of_its_question() -> None:
    """'three main ports on the coast – Vell and Kelso – as well as two small airports': the names are an
    aside on the ports, not part of what is counted."""
    text = (
        "The mayor said the storm posed unique problems, as Harwick has three main ports on the coast "
        "\u2013 Vell and Kelso \u2013 as well as two small airports."
    )
    bank = questions_of_texts({"p": text}, dt.date(2023, 10, 4))
    asked = {q.question: q.answer for q in bank.questions if q.kind == "number"}
    assert asked.get("How many main ports on the coast does Harwick have?") == "three", asked


def test_a_gapped_figure_is_never_given_to_the_first_subject() -> None:
    """'Peru produced 90,000 tonnes below its quota, Chile 40,000 tonnes above its quota': 40,000 is
    Chile's, so no "How many tonnes did Peru produce …?" may answer it."""
    text = (
        "In May, Peru produced 90,000 tonnes below its quota, Chile 40,000 tonnes above its quota "
        "and Bolivia 10 pct under its target."
    )
    bank = questions_of_texts({"h": text}, dt.date(2023, 10, 4))
    asked = {q.question: q.answer for q in bank.questions if q.kind == "number"}
    assert asked.get("How many tonnes did Peru produce below its quota?") == "90,000 tonnes", asked
    assert not [a for a in asked.values() if "40,000" in a or a.startswith("10")], asked


def test_a_past_span_without_a_perfect_is_not_asked() -> None:
    """'For the last ten years the mill grew': no claim that it still holds, so no 'For how many years'."""
    text = "For the last ten years the Alder mill grew steadily."
    bank = questions_of_texts({"l": text}, dt.date(2023, 10, 4))
    assert not [q for q in bank.questions if q.kind == "number"]


def test_a_verb_run_on_without_and_does_not_borrow_the_first_subject() -> None:
    text = "The engineers found erosion of the dunes by 2040 exceeded 15% of 1990 levels, in all models tested."
    bank = questions_of_texts({"e": text}, dt.date(2023, 10, 4))
    assert not [q for q in bank.questions if q.kind == "number" and q.answer == "15%"]


def test_a_rank_of_a_pronoun_is_not_asked_and_a_rank_accepts_its_figure() -> None:
    text = "It is the second largest bank in the region. Vela is the fourth largest carmaker in Europe."
    bank = questions_of_texts({"k": text}, dt.date(2023, 10, 4))
    (q,) = [q for q in bank.questions if q.kind == "number"]
    assert q.answer == "fourth" and {"4th", "4"} <= set(q.aliases)


def test_the_clauses_own_words_inside_a_cut_phrase_stay_out_of_the_answers_phrase() -> None:
    """A parse that hangs "Young estimates" on the noun as an apposition, past a phrase of the verb:
    the phrase the answer replaces ends with the noun's own words, so "at the end of June" stays."""
    from types import SimpleNamespace

    from spacy.tokens import Doc

    from quizgen.facts.number_phrases import noun_phrase
    from quizgen.nlp import load_nlp

    words = "The mill will have 40 days ' stock of grain at the end of June , Young estimates .".split()
    heads = [1, 3, 3, 3, 5, 7, 5, 3, 7, 8, 3, 12, 10, 12, 13, 3, 17, 7, 3]
    deps = "det nsubj aux ROOT nummod poss case dobj prep pobj prep det pobj prep pobj punct amod appos punct"
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps.split())
    phrase, asked = noun_phrase(SimpleNamespace(doc=doc), doc[7], doc[4:7])
    assert phrase.text == "40 days ' stock of grain" and asked == "stock of grain"


def test_an_it_in_a_reported_clause_is_not_given_a_name() -> None:
    text = (
        "Ghana and Togo cut output in March. Norway, which said it might break its 2.1 mln bpd quota "
        "under the May pact, had produced less than expected."
    )
    bank = questions_of_texts({"i": text}, dt.date(2023, 10, 4))
    assert not [q for q in bank.questions if q.kind == "number" and "Ghana" in q.question]


def test_a_count_read_as_a_second_object_of_its_verb_is_asked_alone() -> None:
    """ "… as well as two missions": the parse makes the count a second object; the first object and
    the joint are left out of the question, never carried into it."""
    text = (
        "The agency will supply the rocket and transport of the lander to Venus as well as two Danish crew "
        "missions to the surface. The agency will also fund the rover, the habitat and two satellites."
    )
    bank = questions_of_texts({"v": text}, dt.date(2023, 10, 4))
    found = [(q.question, q.answer) for q in bank.questions if q.kind == "number"]
    assert found == [("How many Danish crew missions will the agency supply to the surface?", "two")]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "But one source close to the ministry indicated that wheat output may have reached 4.2 mln tonnes.",
            "According to one source close to the ministry, how many tonnes",
        ),
        ("Exports of tea rose 14 pct last year, Ann Okafor told reporters.", "According to Ann Okafor, by what"),
        ("Exports of tea rose 14 pct last year, she told reporters.", "By what percentage"),
    ],
)
def test_a_reported_figure_is_asked_as_the_named_sources_claim(text: str, starts: str) -> None:
    bank = questions_of_texts({"r": text}, dt.date(2023, 10, 4))
    asked = [q.question for q in bank.questions if q.kind == "number"]
    assert len(asked) == 1 and asked[0].startswith(starts), asked


def test_two_targets_of_one_change_give_no_garbled_question() -> None:
    """Each target is asked with its own date, never with the other target in the question."""
    text = "The harbour's share of total trade would rise to 31 pct in 2025 and to 40 pct by 2030, Ann Okafor said."
    bank = questions_of_texts({"t2": text}, dt.date(2023, 10, 4))
    found = {q.answer: q.question for q in bank.questions if q.kind == "number"}
    start = "According to Ann Okafor, to what level would the harbour's share of total trade rise"
    assert found == {"31%": f"{start} in 2025?", "40%": f"{start} by 2030?"}
