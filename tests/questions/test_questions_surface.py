"""Surface slips a strict teacher fails a question for: a cut that leaves a phrase open, a "that
option" only the article explains, a verb that does not agree, a verb repeated in a trailing clause,
a stray space in "co- founder", an aside opened and never closed, a rate before its noun, "LLC" as
an organization, and acronym options the letters rule out. Every sentence here is invented."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.questions.answer_types import clean_org
from quizgen.questions.grammar import grammar_problem, repair, tag
from quizgen.questions.quality import tidy


def _read(question: str, clause: bool = True) -> tuple[str | None, str | None]:
    doc = tag([question])[0]
    return grammar_problem(doc, clause), repair(doc)


@pytest.mark.parametrize(
    ("question", "mended"),
    [
        (
            "Who said that the harbour board had a record of acting quickly on urgent repairs and hoped \u2026?",
            "Who said that the harbour board had a record of acting quickly on urgent repairs \u2026?",
        ),
        (
            "Who had received a letter from the Harbour Office of the Northern Isles that it considered \u2026?",
            "Who had received a letter from the Harbour Office of the Northern Isles \u2026?",
        ),
        (
            "Who said the ferry crews had always backed the new timetable and the captain 100 \u2026?",
            "Who said the ferry crews had always backed the new timetable and the captain \u2026?",
        ),
        (
            "Who said that the new clerk had shown herself to be 'quick, calm and hard-working' whilst \u2026?",
            "Who said that the new clerk had shown herself to be 'quick, calm and hard-working' \u2026?",
        ),
    ],
    ids=["verb-wants-object", "pronoun-and-verb", "figure-wants-unit", "opener-after-quote"],
)
def test_a_cut_question_ends_on_a_closed_phrase(question: str, mended: str) -> None:
    reason, fixed = _read(question, clause=False)
    assert reason is not None
    assert fixed == mended


def test_a_cut_on_a_noun_is_left_alone() -> None:
    assert _read("Who said that the harbour board had a record of acting quickly on urgent repairs \u2026?", False) == (
        None,
        None,
    )


@pytest.mark.parametrize(
    ("question", "points_back"),
    [
        ("When did the island drop that option?", True),
        ("How many walkers chose that route?", True),
        ("How many pilots did this plan hire?", True),
        ("How many visitors did the port count this year?", False),
        ("When did the study find that pilots were tired?", False),
        ("Which of these organizations paid for the survey of the harbour?", False),
    ],
)
def test_a_demonstrative_the_question_cannot_explain_is_refused(question: str, points_back: bool) -> None:
    reason, _ = _read(question)
    assert (reason == "points back into the article") is points_back, reason


def test_a_statement_is_recognised_as_it_stands() -> None:
    assert _read("Who said that the council was checking these figures?", clause=False)[0] is None


def test_a_verb_that_does_not_agree_is_refused() -> None:
    assert _read("Which organization draw up the rescue plan for the ferry line?")[0] == "verb does not agree"
    assert _read("Which organization drew up the rescue plan for the ferry line?")[0] is None
    assert _read("Which team beat the Harbour Rovers on Sunday?")[0] is None  # a past spelled like the present


def test_a_bare_verb_after_say_is_refused() -> None:
    reason, _ = _read("When did Ann Ruiz say become the first pilot to sail the new route?")
    assert reason == "stray verb after say"


def test_a_trailing_clause_that_repeats_the_verb_goes() -> None:
    reason, fixed = _read(
        "Which organization will build a lab to enable ocean research that enables the fishing economy?"
    )
    assert reason == "verb repeated"
    assert fixed == "Which organization will build a lab to enable ocean research?"
    assert _read("Which company will open a plant that makes ferries for the island?")[0] is None


@pytest.mark.parametrize(
    ("question", "tidied"),
    [
        (
            "What post did the co- founder of Harwick Ferries hold?",
            "What post did the co-founder of Harwick Ferries hold?",
        ),
        ("Who backs short- and long-term loans?", "Who backs short- and long-term loans?"),
        (
            "How many pilots, mostly from the mainland and the north do the ferry lines employ?",
            "How many pilots do the ferry lines employ?",
        ),
        (
            "How many pilots, mostly retired, do the ferry lines employ?",
            "How many pilots, mostly retired, do the ferry lines employ?",
        ),
        (
            "How many boats had the club bought from the yard, some of which were in her name?",
            "How many boats had the club bought from the yard, some of which were in her name?",
        ),
        (
            "Below how many tonnes per day limit was the mill working?",
            "Below what limit, in tonnes per day, was the mill working?",
        ),
        ("How many cars per day cross the bridge?", "How many cars per day cross the bridge?"),
    ],
    ids=["torn-hyphen", "suspended-hyphen", "open-aside", "closed-aside", "relative-aside", "rate-noun", "rate-alone"],
)
def test_surface_mends(question: str, tidied: str) -> None:
    assert tidy(question) == tidied


def test_a_legal_ending_alone_is_no_organization() -> None:
    assert clean_org("LLC") is None and clean_org("Inc.") is None
    assert clean_org("Calder Capital LLC") == "Calder Capital LLC"


@pytest.fixture(scope="module")
def acronyms() -> list:
    text = (
        "The Harbour Medical Association (HMA) and the Harbour Trade Board (HTB) met on Monday. The Harbour "
        "Marine Academy (HMAC) sent two observers. Shops sold more organic light-emitting diodes (OLEDs) than "
        "ever, and the HMA said prices of the OLEDs would fall. HTB members agreed."
    )
    return [q for q in questions_of_texts({"hma": text}).questions if q.kind == "acronym"]


def test_acronym_options_fit_its_letters(acronyms: list) -> None:
    (hma,) = [q for q in acronyms if q.question == "What does HMA stand for?"]
    assert "Harbour Trade Board" not in hma.choices  # "HMA" cannot spell it: the option gives the answer away
    assert not hma.choices or "Harbour Marine Academy" in hma.choices
    (htb,) = [q for q in acronyms if q.question == "What does HTB stand for?"]
    assert htb.choices == ()


def test_plural_initials_are_not_asked_back(acronyms: list) -> None:
    assert [q.answer for q in acronyms if q.question == "What does OLEDs stand for?"] == [
        "organic light-emitting diodes"
    ]
    assert not [q for q in acronyms if q.question.startswith("What is the abbreviation for organic")]


def test_a_single_quote_the_cut_left_open_is_closed() -> None:
    assert tidy("Who said that the delay would cause a 'loss of trust?") == (
        "Who said that the delay would cause a 'loss of trust'?"
    )
    assert tidy("Who said that the pilots' union was right?") == "Who said that the pilots' union was right?"


def test_a_legal_ending_in_place_of_a_company_is_refused() -> None:
    from quizgen.questions.quality import problem

    assert problem("At the time of writing, who was the head of research at LLC?", "Ann Ruiz", []) is not None
    assert problem("At the time of writing, who was the head of research at Calder LLC?", "Ann Ruiz", []) is None
    assert problem("Which organization was Ann Ruiz the head of research at?", "LLC", []) is not None


def test_a_sentence_opening_glued_into_a_question_is_refused() -> None:
    assert _read("How old is At one point the part-time ferry clerk?")[0] == "stray capital"
    assert _read("In an interview with The Harwick Courier, how many goals did Ruiz score?")[0] is None
    assert _read("When was the Agreement Between the Harbour Board and the Ferry Union signed?")[0] is None
    assert _read("When was the Charter on Fishing Rights, Including Coastal Waters, For Small Boats signed?")[0] is None


def test_a_sentence_opening_verb_is_not_offered_as_a_first_name() -> None:
    text = (
        "Judge Ann Ruiz jailed Tom Calder for two years on Friday. Addressing Calder she said the plot had been "
        "'cruel'. Calder's lawyer, Mark Fenwick, said his client was sorry. Ruiz said Calder had lied to the bank."
    )
    bank = questions_of_texts({"court": text})
    offered = {c for q in bank.questions for c in q.choices}
    assert not [c for c in offered if c.startswith("Addressing")], offered


def test_a_quotation_opening_with_a_capital_is_no_stray_capital() -> None:
    assert _read("Who argued that the delays were old news and said 'Back then \u2026'?", clause=False) == (None, None)


def test_a_person_the_question_names_by_surname_is_not_a_false_option() -> None:
    text = (
        "Harbour master Ann Ruiz announced a new ferry timetable on Monday. Union leader Tom Calder said Ruiz had "
        "ignored the crews. Councillor Mark Fenwick said the timetable was a good start. Pilot Jane Oduya said "
        "she backed the plan."
    )
    bank = questions_of_texts({"ferry": text})
    (q,) = [q for q in bank.questions if q.question.startswith("Who said that Ruiz had ignored")]
    assert q.answer == "Tom Calder"
    assert "Ann Ruiz" not in q.choices, q.choices


def test_a_common_word_the_tagger_took_for_a_name_loses_its_capital_inside_a_question() -> None:
    """ "Dock workers returned …": the tagger calls "Dock" a name; a question reads "did dock workers",
    unless the article capitalizes the word mid-sentence too, where it may well be part of a name."""
    bank = questions_of_texts(
        {
            "plain": "Strike ends\n\nDock workers returned to work on Monday after the strike at Portville.",
            "named": (
                "Strike ends\n\nDock workers returned to work on Monday after the strike at Portville.\n\n"
                "The office on Dock Road reopened too."
            ),
        },
        published=None,  # undated: the weekday is the answer
    )
    asked = {q.article: q.question for q in bank.questions if q.answer == "Monday"}
    assert asked == {
        "plain": "On what day of the week did dock workers return to work after the strike at Portville?",
        "named": "On what day of the week did Dock workers return to work after the strike at Portville?",
    }


def test_a_subject_loses_its_asides_with_both_their_commas() -> None:
    """ "Reyes, 37, and her daughter, Lily, were last seen …": cutting the age and the name must not
    leave "Reyes, and her daughter, Lily last seen"; a place's state stays ("Pontiac, Mich.")."""
    bank = questions_of_texts(
        {
            "ages": (
                "Search goes on\n\nAnna Reyes went boating with her family.\n\n"
                "Reyes, 37, and her 6-year-old daughter, Lily, were last seen on Thursday evening."
            ),
            "place": (
                "Walkout\n\nThe walkout by 900 workers at Pontiac, Mich., and strikes at two other plants "
                "followed talks in Detroit on Thursday."
            ),
            "nested": (
                "Bank results\n\nThe Paris branch of Harbor Bank, which gained full French banking powers "
                "in 1982, made a record profit in 2023."
            ),
        },
        published=None,
    )
    asked = {q.article: q.question for q in bank.questions if q.answer.startswith("Thursday")}
    assert asked["ages"] == "When were Reyes and her 6-year-old daughter last seen?"
    assert "at Pontiac, Mich.," in asked["place"]
    (profit,) = [q.question for q in bank.questions if q.article == "nested" and q.answer == "2023"]
    assert profit == "In what year did the Paris branch of Harbor Bank make a record profit?"


def test_a_noun_the_tagger_took_for_a_verb_makes_no_question() -> None:
    """ "A man who held four workers hostage for six hours …": the tagger reads "hostage" as the
    verb of "man", and the question lost its verb ("For how many hours did a man who held four
    workers hostage?"); a singular noun never takes a plural present verb, so nothing is asked."""
    bank = questions_of_texts(
        {
            "a": (
                "Standoff ends\n\nA man who held four bank employees hostage for six hours on Tuesday has been "
                "charged with kidnapping, police said Wednesday."
            )
        }
    )
    assert not [q for q in bank.questions if "hours" in q.answer]


def test_a_company_short_name_starting_its_sentences_keeps_its_capital() -> None:
    """ "Veritas employed about 12,000 people …": the short name of "Veritas Systems" may open every
    sentence that names it; a question reads "did Veritas employ", never "did veritas employ"."""
    bank = questions_of_texts(
        {
            "short": (
                "Job cuts\n\nSAN JOSE (AP) — Veritas Systems said Tuesday it will cut 900 jobs.\n\n"
                "The cuts come after rivals including Norbeck announced layoffs earlier this year. "
                "Veritas employed about 12,000 people at the end of June."
            )
        }
    )
    (q,) = [q.question for q in bank.questions if q.answer == "12,000"]
    assert q == "About how many people did Veritas employ at the end of June?"


def test_an_aside_the_parser_took_for_a_second_object_is_left_out() -> None:
    """ "reached 41.2C in Velda on Tuesday, the highest June reading since 1881": the aside describes
    the reading, and kept in the question it ran on without its comma."""
    bank = questions_of_texts(
        {
            "a": (
                "Heat record\n\nTemperatures reached 41.2C in the city of Velda on Tuesday, the highest June "
                "reading since records began in 1881, the weather service said."
            )
        },
        published=None,
    )
    (day,) = [q.question for q in bank.questions if q.answer == "Tuesday"]
    assert day == "On what day of the week did temperatures reach 41.2C in the city of Velda?"
