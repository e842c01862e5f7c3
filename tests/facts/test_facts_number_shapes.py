"""Number shapes of news English asked since the corpus round of issue 8 (sentences invented)."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.facts.number_record import without_elisions
from quizgen.models import QuestionBank

TEXTS = {
    "aside": (
        "The harbour board bought a new ferry last spring.\n\n"
        "The new ferry will be able to carry 40 cyclists for up to three hours as they cross the bay."
    ),
    "continued-quote": (
        "Coach Marta Lindqvist praised her team after the cup final.\n\n"
        'Lindqvist said: "We trained hard all winter and it showed. '
        'Anders Karlsson scored four goals in the final against Norrby."'
    ),
    "quote-aside": (
        "Researchers tracked wolves across the valley last summer.\n\n"
        '"Tracking the wolves is giving science a new way to answer an old question about these shy animals - '
        'why wolves have lived in the valley for some 10,000 years, longer than almost any other large animal," '
        "said Ana Ruiz, a senior researcher at the Alpine Institute."
    ),
    "with-absolute": (
        "Dealers said the selling was overdone, with Harbour Mining shares dropping 15 pct by midday.\n\n"
        "Trading was quiet on Monday, with the Nordic index rising 3 pct in early dealings."
    ),
    "wire-untagged": (
        "Oil output fell again last month.\n\n"
        "The poll estimated the cartel's April production at around 14 mln bpd.\n\n"
        "The ministry cited a survey which estimated that output was 1.2 mln bpd in March.\n\n"
        "The council quoted a study that said that traffic had risen by 12 percent in the city."
    ),
    "dated-targets": (
        "Tin exports recovered after the strike.\n\n"
        "Exports of tin climbed to 3.2 billion dlrs in 2019 and to 4.1 billion dlrs in 2020.\n\n"
        "The share of exports sold in Asia rose to 12 pct in 2019 and to 15 pct after that."
    ),
    "deadline-on-participle": (
        "The Varna court on Friday told the city council to send a report on the fees paid to the families of "
        "flood victims within three weeks.\n\nThe council has not replied."
    ),
    "speaking-aside": (
        "Minister of State for Home Affairs Devanand Rao, speaking in Parliament on Thursday, said the government "
        "had sanctioned 12 new courts."
    ),
    "object-gap": (
        "Oil prices rose on Monday.\n\n"
        "The cartel was pumping far below the 9.5 mln bpd limit it agreed in May, minister Ana Ruiz said."
    ),
    "quote-paragraphs": (
        "Harbour City chairman Ola Berg welcomed the takeover on Friday.\n\n"
        'Outgoing chairman Ola Berg said: "This sale secures a future for the team and I think the '
        'buyers mean well for the team. "The new owners will invest heavily in the youth academy. "Seventy percent of '
        'the debts have already been paid off and the owners will clear the rest." The stadium opened in 1921. '
        '"Forty percent of the seats were sold to season ticket holders."'
    ),
    "free-relative": (
        "Harbour Bank opened offices in Asia last year.\n\n"
        'Chief executive Ola Berg said: "We built in six months what would normally have needed four years to finish."'
    ),
    "direction": (
        "Markets in Oslo were shaken on Friday.\n\n"
        "Heavy selling took Nordic shares down four pct at the opening. Harbour Mining shares closed 3 pct higher."
    ),
    "fronted-date": (
        "Tea growers had a good decade.\n\n"
        "In 2019, exports of tea rose 5%. Last year, the bank lent £4m to tea farmers. "
        "In the three years before 2016, the number of tea pickers grew by 40,000."
    ),
    "given-count": (
        "Astronomers measured a pair of dwarf stars.\n\n"
        "The two comets, which together are called Vela Minor, are about 30 light-years from Earth. "
        "The new law does three things, which the senator laid out in a speech."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return questions_of_texts(TEXTS, dt.date(2024, 3, 4))


def test_an_aside_with_a_pronoun_is_left_out_not_the_question(bank: QuestionBank) -> None:
    """'… as they cross the bay': "they" cannot stand in a question, so the aside goes, the figures stay."""
    found = {q.answer: q.question for q in asked(bank, "aside", "number")}
    assert "40" in found and "How many cyclists" in found["40"] and "carry" in found["40"]
    assert not any(" they " in q or "cross" in q for q in found.values())


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "By what percentage have road deaths fallen from 1995 to 2015 [?",
            "By what percentage have road deaths fallen from 1995 to 2015?",
        ),
        (
            "By what percentage have road deaths [...] fallen since 2015?",
            "By what percentage have road deaths fallen since 2015?",
        ),
        ("How many trams run on line [4] each hour?", "How many trams run on line [4] each hour?"),
    ],
)
def test_an_elision_mark_is_not_carried_into_the_question(raw: str, clean: str) -> None:
    """A quote cut with "[...]" leaves the mark (or half of it) in the clause the question is made from."""
    assert without_elisions(raw) == clean


def test_a_figure_later_in_a_quote_is_its_speakers_claim(bank: QuestionBank) -> None:
    """The second sentence of a quote that opened in the first is the same speaker's."""
    (q,) = [q for q in asked(bank, "continued-quote", "number") if q.answer == "four"]
    assert q.question.startswith("According to Marta Lindqvist, how many goals did Anders Karlsson score")


def test_a_quoted_figure_is_asked_when_its_own_clause_stands_alone(bank: QuestionBank) -> None:
    """ "these shy animals" stands in another clause of the quote; the figure's clause needs none of it,
    and the comparison set off by a comma is left out of what is asked."""
    (q,) = asked(bank, "quote-aside", "number")
    assert q.question == "According to Ana Ruiz, for about how many years have wolves lived in the valley?"
    assert q.answer == "10,000 years"


def test_a_figure_in_a_with_clause_takes_the_tense_of_the_clause_it_hangs_on(bank: QuestionBank) -> None:
    """'…, with shares dropping 15 pct': the participle has its own subject; the question is in the
    main clause's tense. A main clause that says when ("on Monday") would lose it: nothing is asked."""
    found = {q.answer: q.question for q in asked(bank, "with-absolute", "number")}
    assert found["15%"] == "By what percentage did Harbour Mining shares drop by midday on March 4?"
    assert "3%" not in found


def test_a_wire_figure_the_tagger_missed_is_found_by_its_unit(bank: QuestionBank) -> None:
    """ "14 mln bpd" is no entity to spaCy's small model; its unit says it is a figure. A figure a
    relative clause reports ("a survey which estimated that …") is no fact and no one's named claim."""
    found = {q.answer: q.question for q in asked(bank, "wire-untagged", "number")}
    asked_16 = "At about how many barrels per day did the poll estimate the cartel's April production?"
    assert found == {"14 million barrels per day": asked_16}


def test_each_target_of_a_change_is_asked_with_its_own_date(bank: QuestionBank) -> None:
    """'climbed to A in 2019 and to B in 2020': two questions, each with its own year; when one target
    has no date of its own, neither is asked (one question would have two answers)."""
    found = {q.answer: q.question for q in asked(bank, "dated-targets", "number")}
    assert found == {
        "3.2 billion dollars": "To what amount did exports of tin climb in 2019?",
        "4.1 billion dollars": "To what amount did exports of tin climb in 2020?",
    }


def test_a_dash_the_tagger_took_into_a_figure_is_left_out() -> None:
    """The small model sometimes tags "just 2.5 kilograms -" as one quantity; the unit still says what is counted."""
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.numbers import extract_numbers
    from quizgen.nlp import load_nlp

    doc = load_nlp()("The Kestrel - which weighs just 2.5 kilograms - will carry medicine to remote villages.")
    start = [t.text for t in doc].index("just")
    doc.ents = [Span(doc, start, start + 4, label="QUANTITY")]  # "just 2.5 kilograms -"
    found = [(f.question, f.answer) for f in extract_numbers(ArticleContext(doc))]
    assert found == [("How many kilograms does the Kestrel weigh?", "2.5 kilograms")]


def test_a_clause_whose_object_is_the_sized_noun_is_left_out_of_the_wh_phrase(bank: QuestionBank) -> None:
    """'below the 9.5 mln bpd limit it agreed in May': kept, it would read "… limit it agreed in was …"."""
    (q,) = asked(bank, "object-gap", "number")
    assert q.question == (
        "According to minister Ana Ruiz, below what limit, in barrels per day, was the cartel pumping?"
    )
    assert q.answer == "9.5 million barrels per day"


def test_a_quote_going_on_with_a_new_mark_each_sentence_is_still_its_speakers(bank: QuestionBank) -> None:
    """Each sentence of the statement opens with its own mark; a sentence of narrative ends it, and a
    quote after that is no one's the question could name."""
    found = {q.answer: q.question for q in asked(bank, "quote-paragraphs", "number")}
    assert found == {"Seventy percent": "According to Ola Berg, what percentage of the debts have been paid off?"}


def test_a_free_relative_subject_gives_no_question(bank: QuestionBank) -> None:
    """'what would normally have needed four years': "how many years would what have needed" is no question."""
    assert asked(bank, "free-relative", "number") == []


def test_a_figure_before_up_or_down_is_the_size_of_a_change(bank: QuestionBank) -> None:
    found = {q.answer: q.question for q in asked(bank, "direction", "number")}
    assert (
        found["four percent"]
        == "By what percentage did heavy selling take Nordic shares down at the opening on March 4?"
    )
    assert found["3%"] == "By what percentage did Harbour Mining shares close higher?"


def test_a_date_before_the_verb_stays_in_the_question(bank: QuestionBank) -> None:
    """'In 2019, exports rose 5%': the year the figure holds for goes to the end of the question; so does
    a period named from the article's day ("Last year, …"): without it the figure holds for any year."""
    found = {q.answer: q.question for q in asked(bank, "fronted-date", "number")}
    assert found["5%"] == "By what percentage did exports of tea rise in 2019?"
    assert found["40,000"] == "By how much did the number of tea pickers grow in the three years before 2016?"
    assert found["£4m"] == "How much did the bank lend to tea farmers last year?"


def test_a_count_given_in_a_definite_subject_or_of_vague_things_is_not_asked(bank: QuestionBank) -> None:
    """ "The two comets …" states no count, "does three things" counts nothing a learner could name;
    a distance keeps what it is measured from."""
    found = {q.answer: q.question for q in asked(bank, "given-count", "number")}
    assert found == {"30 light-years": "About how many light-years from Earth are the two comets?"}


def test_a_figure_counted_for_every_one_of_something_keeps_what_it_counts_against() -> None:
    from invented_articles import questions_of_text

    text = (
        "Boats counted\n\n"
        "Harbour master Oskar Lind counted the boats in the harbour in May.\n\n"
        "For every registered boat, there are about three unregistered boats in the harbour."
    )
    (q,) = [q for q in questions_of_text(text, dt.date(2024, 6, 12), "number") if q.answer == "three"]
    assert "for every registered boat" in q.question


def test_a_comma_clause_on_the_speaker_is_left_out_of_whose_claim_it_is(bank: QuestionBank) -> None:
    """ "X, speaking in Parliament on Thursday, said …": where and when X spoke is not who X is."""
    (q,) = asked(bank, "speaking-aside", "number")
    assert q.question == (
        "According to Minister of State for Home Affairs Devanand Rao, "
        "how many new courts had the government sanctioned?"
    )


def test_a_deadline_the_parser_hung_on_a_participle_is_not_asked_of_it(bank: QuestionBank) -> None:
    """ "to send a report on the fees paid to the families within three weeks": the deadline is the
    report's, never "Within how many weeks were the fees paid?"."""
    assert not [q for q in asked(bank, "deadline-on-participle", "number") if "weeks" in q.question]
