"""Number questions that taught a wrong figure or dropped a plain one (sentences invented): a sum given
per share or per year keeps its rate, "the 47-year-old man" is the unnamed man and never the spokesman
named between, a side's matches played are no matches it has, "their"/"its" after the subject a
question names is that subject's, a count completing the verb's object is asked with its preposition,
an amount restated ", or … a share" is still asked, and so is a change with its baseline joined on
(", but down from 2022's 3.5 pct"), "won the cup a record 11 times", and a
minister's projection is asked as his ("According to Kofi Mensah, …")."""

from __future__ import annotations

import pytest
from invented_articles import answers, questions_of_texts

from quizgen.models import QuestionBank

TEXTS = {
    "per-share": (
        "Tarnvik profit rises\n\n"
        "Tarnvik said on Thursday its quarterly profit rose sharply. "
        "A year earlier the company earned 1.95 crowns a share on sales of 4.9 billion crowns."
    ),
    "per-year": (
        "Ridgeway College wins grant\n\n"
        "Ridgeway College has received a grant from the Alder Trust, the college said on Monday. "
        "The grant will fund scholarships of $12,000 a year to each of 40 students."
    ),
    "unnamed-man": (
        "Standoff ends at motel\n\n"
        "A man who locked himself inside a motel room in Fairview gave himself up early Thursday, police said. "
        "Police spokeswoman Dana Whitlock said about 30 officers were at the scene. "
        "The 51-year-old man, who was not named, faces charges of assault."
    ),
    "played": (
        "Kestrel Rovers slump again\n\n"
        "Kestrel Rovers, who were beaten 3-0 at home on Saturday, have lost five of their seven matches this season. "
        "Orvale Bank will close 12 of its 85 branches next year."
    ),
    "their-jobs": (
        "Brandwell to cut head office\n\n"
        "The retailer Brandwell said on Tuesday it would shut its head office in Leeds. "
        "A total of 260 head office staff will lose their jobs over the next six months."
    ),
    "object-phrase": (
        "Tarnvik Foods signs deals\n\n"
        "Tarnvik Foods said on Monday that sales were growing fast. "
        "Tarnvik Foods has signed contracts with 17 new customers. "
        "Rebels burned homes in nine villages last week."
    ),
    "or-a-share": (
        "Orsa Shipping profit rises\n\n"
        "OSLO, March 14 (Reuters) - Norwegian shipping group Orsa said on Thursday that quarterly net profit "
        "rose to 412 million crowns, or 3.10 crowns a share, on revenue of 5.6 billion crowns."
    ),
    "but-down-from": (
        "Norway spending slows\n\n"
        "OSLO, Feb 9 (Reuters) - Household spending in Norway slowed last year. Statistics Norway reported "
        "that household spending grew 2.7 pct in 2023, the third year of growth, but down from 2022's 3.5 pct."
    ),
    "a-record": (
        "Harwick Rovers win the cup\n\n"
        "Harwick Rovers beat Orvale 2-1 in the final on Saturday. Harwick Rovers have now won the cup a record "
        "11 times. The Larks have reached the final a record six times."
    ),
    "projected": (
        "Ghana growth to slow\n\n"
        "ACCRA, May 3 (Reuters) - Ghana's economy grew 4.1 pct last year, the statistics service said. "
        "Finance Minister Kofi Mensah projected the economy would expand 3.6 pct this year."
    ),
    "its-cohort": (
        "Corland University expands nursing course\n\n"
        "Corland University said on Monday it would expand its nursing course. "
        "The three-year course will start its next intake in the autumn with about 45 students."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def test_an_amount_per_share_keeps_its_share(bank: QuestionBank) -> None:
    asked = answers(bank, "per-share", "number")
    assert "1.95 crowns" not in asked.values()
    assert "1.95 crowns a share" in asked.values()


def test_an_amount_per_year_keeps_its_year(bank: QuestionBank) -> None:
    asked = answers(bank, "per-year", "number")
    assert "$12,000" not in asked.values()
    assert "$12,000 a year" in asked.values()


def test_the_aged_man_is_not_the_spokeswoman_named_between(bank: QuestionBank) -> None:
    asked = answers(bank, "unnamed-man", "number")
    assert not [q for q in asked if "Whitlock" in q and "old" in q]


def test_matches_played_are_not_matches_had(bank: QuestionBank) -> None:
    asked = answers(bank, "played", "number")
    assert not [q for q, a in asked.items() if a == "seven"]
    assert asked.get("How many branches does Orvale Bank have?") == "85"


def test_their_after_a_counted_collective_subject(bank: QuestionBank) -> None:
    asked = answers(bank, "their-jobs", "number")
    assert asked.get("How many head office staff will lose their jobs over the next six months?") == "260"


def test_its_after_the_subject_of_a_long_wh_opening(bank: QuestionBank) -> None:
    asked = answers(bank, "its-cohort", "number")
    assert [q for q, a in asked.items() if a == "45" and "its next intake" in q]


def test_a_count_completing_the_object_is_asked_with_its_preposition(bank: QuestionBank) -> None:
    asked = answers(bank, "object-phrase", "number")
    assert asked.get("With how many new customers has Tarnvik Foods signed contracts?") == "17"
    assert asked.get("In how many villages did rebels burn homes last week?") == "nine"


def test_an_amount_restated_per_share_does_not_stop_the_amount(bank: QuestionBank) -> None:
    asked = answers(bank, "or-a-share", "number")
    assert [q for q, a in asked.items() if a == "412 million crowns" and "3.10" not in q and "a share" not in q]


def test_a_baseline_joined_by_but_down_from_leaves_the_change_asked(bank: QuestionBank) -> None:
    asked = answers(bank, "but-down-from", "number")
    grew = [q for q, a in asked.items() if a == "2.7%"]
    assert grew and all(q.count("By what percentage") + q.count("by what percentage") == 1 for q in grew)
    assert not [q for q in grew if "3.5" in q or "but" in q]


def test_a_rate_answer_is_offered_options_at_its_rate() -> None:
    from quizgen.facts.fact_types import NumberFact
    from quizgen.questions.number_options import number_options

    def fact(question: str, answer: str, sentence: str) -> NumberFact:
        return NumberFact(
            key=question, sentence=sentence, answer_span=None, question=question, answer=answer, aliases=()
        )

    asked = fact("From what figure has output of the pump shot up?", "400 a month", "Output rose from 400 a month.")
    others = [fact("How many pumps were sold?", "1,200", "It sold 1,200 pumps."), asked]
    assert number_options(asked, asked.answer, others) == ["1,200 a month"]


def test_a_record_number_of_times_is_asked_as_times(bank: QuestionBank) -> None:
    asked = answers(bank, "a-record", "number")
    assert asked.get("How many times have Harwick Rovers won the cup?") == "11"
    assert not [q for q in asked if q.rstrip("?").endswith("reached")]


def test_a_projection_is_asked_as_its_forecaster_s(bank: QuestionBank) -> None:
    asked = answers(bank, "projected", "number")
    forecast = [q for q, a in asked.items() if a == "3.6%"]
    assert forecast and all(q.startswith("According to") and "Mensah" in q for q in forecast)
