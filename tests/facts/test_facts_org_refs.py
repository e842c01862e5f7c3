"""Organisations named again ("the bank", "the department", a short name), deeds told with a verb
of saying, and lists too long to name in a question."""

from __future__ import annotations

import pytest
from invented_articles import asked as _of
from invented_articles import questions_of_texts

from quizgen.models import QuestionBank
from quizgen.selection import QuizOptions, pick_questions

TEXTS = {
    "bank": (
        "Nordvik Savings Bank opened a branch in Tromso last year.\n\n"
        "The bank sent a letter to customers about higher fees."
    ),
    "two-banks": (
        "Nordvik Savings Bank and the Harbour Bank both opened branches in Tromso.\n\n"
        "The bank sent a letter to customers about higher fees."
    ),
    "spokeswoman": (
        "Harbour Board spokeswoman Ann Lee told the Daily Courier the department will review the ferry contract."
    ),
    "short-name": (
        "Marlow Construction Ltd won a contract to pave the coastal road.\n\n"
        "Marlow has applied to the roads agency to pave a second road."
    ),
    "called-on": (
        "The Danish government stopped sales of gloves abroad in April.\n\n"
        "Factories pitched in after the government called on every brewery to make hand gel."
    ),
    "said-that": "The Nordic Rail Authority announced that fares would rise in the spring.",
    "pronoun": "The Harbour Savings Bank mailed a notice to savers advising they change their passwords.",
    "acronym": (
        "ESA Kourou Director Lena Holt opened the centre on Monday.\n\n"
        "ESA issued a call for proposals for the launch site on June 9."
    ),
    "hopes": "Marlow Construction Ltd won a contract.\n\nMarlow Construction Ltd hopes it will win more contracts.",
    "long-list": (
        "The regatta is co-sponsored by the Alder Trust, the Kestrel Foundation, Orvell University and the "
        "Baltic Ports Authority.\n\n"
        "The Marlow Steel Company is testing a new furnace. The Harbour Board signed a lease."
    ),
    "owner": (
        "Harwick Trust's 14 overseas offices include branches in Oslo and Lima. The company also listed its "
        "shares on the Halden Stock Exchange in May."
    ),
    "owner-of-other": (
        "Analysts at Dunmore Bank praised the results. The company also listed its shares on the Halden Stock Exchange."
    ),
    "the-opens-name": (
        "The Coastal Roads Corporation will post 800 wardens on the highways.\n\n"
        "Its chief executive Ann Lind said the corporation had set up 90 checkpoints in the north."
    ),
    "long-team": (
        "A team of researchers from Orvell University, Lakeside College, the Bergen Institute and the Cedar "
        "Institute has mapped the seabed."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS)


def asked(bank: QuestionBank, article: str) -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in _of(bank, article)]


def test_the_bank_is_asked_with_the_name_of_the_one_bank_named_before(bank: QuestionBank) -> None:
    assert ("Which organization sent a letter to customers about higher fees?", "Nordvik Savings Bank") in asked(
        bank, "bank"
    )


def test_the_bank_after_two_banks_is_not_asked(bank: QuestionBank) -> None:
    assert not [q for q, _a in asked(bank, "two-banks") if "letter" in q]


def test_the_department_in_its_own_spokeswoman_s_words_is_her_body(bank: QuestionBank) -> None:
    assert asked(bank, "spokeswoman") == [("Which organization will review the ferry contract?", "Harbour Board")]


def test_a_firm_s_short_name_is_answered_with_its_full_name(bank: QuestionBank) -> None:
    found = asked(bank, "short-name")
    question = "Which organization has applied to the roads agency to pave a second road?"
    assert (question, "Marlow Construction Ltd") in found
    assert all(a != "Marlow" for _q, a in found)


def test_the_government_after_a_named_government_and_a_call_on_others(bank: QuestionBank) -> None:
    assert ("Which government called on every brewery to make hand gel?", "Danish government") in asked(
        bank, "called-on"
    )


def test_announced_that_is_reported_speech_not_a_deed(bank: QuestionBank) -> None:
    assert asked(bank, "said-that") == []


def test_a_clause_with_a_loose_pronoun_is_left_out_of_the_question(bank: QuestionBank) -> None:
    assert asked(bank, "pronoun") == [("Which organization mailed a notice to savers?", "Harbour Savings Bank")]


def test_an_acronym_is_a_body_even_beside_a_name(bank: QuestionBank) -> None:
    assert [a for q, a in asked(bank, "acronym") if "call for proposals" in q] == ["ESA"]


def test_what_a_body_hopes_is_not_asked_as_done(bank: QuestionBank) -> None:
    assert not [q for q, _a in asked(bank, "hopes") if "hope" in q]


def test_the_company_is_the_one_whose_offices_the_sentence_before_was_about(bank: QuestionBank) -> None:
    assert asked(bank, "owner") == [
        (
            "Which company listed its shares on the Halden Stock Exchange in May?",
            "Harwick Trust",
        )
    ]
    assert [q for q, _a in asked(bank, "owner-of-other") if "shares" in q] == []


def test_each_member_of_a_long_list_of_agents_is_asked_with_one_member_among_the_choices(bank: QuestionBank) -> None:
    """ "Which of these organizations …?" for the first; "Besides the Alder Trust, which of these …?" for
    the next: one distinct question per member, and no other member offered beside it."""
    members = {"Alder Trust", "Kestrel Foundation", "Orvell University", "Baltic Ports Authority"}
    found = [q for q in _of(bank, "long-list") if "regatta" in q.question]
    assert {q.answer for q in found} == members
    assert len({q.question for q in found}) == len(found) == 4
    assert found[0].question == "Which of these organizations is the regatta co-sponsored by?"
    assert "Besides the Alder Trust, which of these organizations" in " ".join(q.question for q in found)
    for q in found:
        assert "along with" not in q.question
        assert [c for c in q.choices if c in members] == [q.answer] and len(q.choices) >= 2


@pytest.mark.parametrize("seed", range(6))
def test_a_sitting_never_asks_a_list_question_beside_the_one_naming_its_answer(bank: QuestionBank, seed: int) -> None:
    """ "Besides the Alder Trust, …?" names the answer of the question before it: not in the same sitting."""
    found = [q for q in _of(bank, "long-list") if "regatta" in q.question]
    picked = pick_questions(found, QuizOptions(seed=seed))
    assert len(picked) >= 2
    for q in picked:
        assert not [p for p in picked if p is not q and q.answer in p.question]


def test_a_team_from_four_institutions_is_not_asked_as_list_completion(bank: QuestionBank) -> None:
    assert _of(bank, "long-team") == []


WORDING = {
    "match": "Lakeside Rovers beat Bergen City 3-1 at home.",
    "contract": "Lakeside Rovers won a contract to build a stadium in the harbour district.",
    "authorities": "Tests on the samples were carried out by regional Danish authorities in May.",
    "aside": "The Harbour Board extended its bus pass scheme, which gives pensioners free travel at weekends.",
    "two-objects": (
        "The Kestrel Space Agency will provide the rocket for the mission as well as two seats for "
        "Danish astronauts on the station."
    ),
}


@pytest.fixture(scope="module")
def wording() -> QuestionBank:
    return questions_of_texts(WORDING)


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        ("match", ("Which team beat Bergen City 3-1 at home?", "Lakeside Rovers")),
        (
            "contract",
            ("Which organization won a contract to build a stadium in the harbour district?", "Lakeside Rovers"),
        ),
        ("authorities", ("By which authorities were tests on the samples carried out?", "regional Danish authorities")),
        ("aside", ("Which organization extended its bus pass scheme?", "Harbour Board")),
        ("two-objects", ("Which organization will provide the rocket for the mission?", "Kestrel Space Agency")),
    ],
)
def test_a_body_is_asked_as_its_kind_in_a_clear_clause(
    wording: QuestionBank, article: str, expected: tuple[str, str]
) -> None:
    assert asked(wording, article) == [expected]


DEALS = {
    "deal": "The Nordvik Rail Company signed a ten-year deal with the Harbour Board on Monday.",
    "agreed": "Marlow Steel agreed with the Harbour Workers Union to raise wages by 4 percent.",
    "met": "The mayor met with the Harbour Board on Monday.",
    "not-signed": "The Nordvik Rail Company will not sign a deal with the Harbour Board.",
    "maybe": "Talks with the Harbour Board could resume next week.",
}


@pytest.fixture(scope="module")
def deals() -> QuestionBank:
    return questions_of_texts(DEALS)


def test_the_other_side_of_a_deal_is_asked_with_with(deals: QuestionBank) -> None:
    assert (
        "With which organization did the Nordvik Rail Company sign a ten-year deal on Monday?",
        "Harbour Board",
    ) in (asked(deals, "deal"))
    assert ("With which organization did Marlow Steel agree to raise wages by 4 percent?", "Harbour Workers Union") in (
        asked(deals, "agreed")
    )


@pytest.mark.parametrize("article", ["met", "not-signed", "maybe"])
def test_no_deal_no_partner_question(deals: QuestionBank, article: str) -> None:
    assert not [q for q, _a in asked(deals, article) if q.startswith("With which")]


FIRSTS = {
    "first-to": "Nordvik Savings Bank became the first bank in the region to open on Sundays.",
    "largest": "Nordvik Savings Bank became the largest lender in the region.",
    "first-sponsor": "Nordvik Savings Bank became the first sponsor of the regatta.",
}


def test_becoming_the_first_to_do_something_is_a_deed_becoming_a_thing_is_not() -> None:
    bank = questions_of_texts(FIRSTS)
    assert asked(bank, "first-to") == [
        ("Which organization became the first bank in the region to open on Sundays?", "Nordvik Savings Bank")
    ]
    assert asked(bank, "largest") == [] and asked(bank, "first-sponsor") == []


DATED = {
    "that-day": "Lakeside Rovers won 3-1 that day in Bergen.",
    "this-week": "A Daily Courier survey published earlier this week found that most cyclists wanted the new bridge.",
    "saturday": "The Harbour Board on Saturday approved a plan to rebuild the pier.",
    "dated": "The Harbour Board approved a plan to rebuild the pier on June 9.",
}


def test_a_date_only_the_article_can_place_is_left_out_a_full_date_kept() -> None:
    bank = questions_of_texts(DATED)
    assert asked(bank, "that-day") == [("Which team won 3-1 in Bergen?", "Lakeside Rovers")]
    survey = [(q.question, q.answer) for q in bank.questions if q.article == "this-week" and "found" in q.question]
    # asked once, as the body's finding or as what its survey says: the same question either way
    assert survey == [("Which organization's survey found that most cyclists wanted the new bridge?", "Daily Courier")]
    assert asked(bank, "saturday") == [("Which organization approved a plan to rebuild the pier?", "Harbour Board")]
    assert asked(bank, "dated") == [
        ("Which organization approved a plan to rebuild the pier on June 9?", "Harbour Board")
    ]


FULLER = {
    "fuller": (
        "Ola Berg, director of the Bergen Harbour Authority, said rates would stay high.\n\n"
        "The Harbour Authority sent a letter to shipowners about higher fees."
    ),
    "of-the": (
        "The Research Centre of the Ministry of Transport tested the new buses.\n\n"
        "The Ministry of Transport approved a plan to rebuild the pier."
    ),
}


def test_a_shortened_name_is_answered_with_the_full_name_the_article_gives() -> None:
    bank = questions_of_texts(FULLER)
    assert asked(bank, "fuller") == [
        ("Which organization sent a letter to shipowners about higher fees?", "Bergen Harbour Authority")
    ]
    assert ("Which organization approved a plan to rebuild the pier?", "Ministry of Transport") in asked(bank, "of-the")


def test_a_body_named_at_a_sentence_start_reads_the_lower_case_inside_a_question(bank: QuestionBank) -> None:
    """ "The Coastal Roads Corporation will …": its "The" is the sentence's capital, not the question's."""
    named = [q.question for q in _of(bank, "the-opens-name", "number") if "checkpoints" in q.question]
    assert named and all("the Coastal Roads Corporation" in q for q in named)
