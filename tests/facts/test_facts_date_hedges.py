"""A date with no year takes the year its clause points to, and a hedged date is not taught as fact."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article
from quizgen.pipeline import questions_for

PUBLISHED = dt.date(2023, 10, 4)  # a Wednesday in October: a past June is 2023's, a coming one 2024's


def date_questions(text: str, published: dt.date | None = PUBLISHED) -> dict[str, str]:
    article = Article(id="a", title="a", published=published, path="a.txt", text=text)
    return {q.question: q.answer for q in questions_for([article]).questions if q.kind == "date"}


@pytest.mark.parametrize(
    ("text", "question", "answer"),
    [
        ("The harbour museum is due to reopen in June.", "When is the harbour museum due to reopen?", "June 2024"),
        (
            "The harbour museum is expected to reopen in June.",
            "When is the harbour museum expected to reopen?",
            "June 2024",
        ),
        ("The harbour museum reopened in June.", "When did the harbour museum reopen?", "June 2023"),
        (
            "The vote on the harbour will take place on March 3.",
            "When will the vote on the harbour take place?",
            "March 3, 2024",
        ),
        ("The harbour treaty was signed on March 3.", "When was the harbour treaty signed?", "March 3, 2023"),
        (
            "The ban on night fishing has been extended until March.",
            "Until when has the ban on night fishing been extended?",
            "March 2024",
        ),
        (
            "The harbour museum had been closed until March.",
            "Until when had the harbour museum been closed?",
            "March 2023",
        ),
        (
            "The council must finish the coast road by the end of May.",
            "By when must the council finish the coast road?",
            "end of May 2024",
        ),
        (
            "The council finished the coast road by the end of May.",
            "By when did the council finish the coast road?",
            "end of May 2023",
        ),
    ],
    ids=[
        "due-to",
        "expected-to",
        "past",
        "will",
        "was",
        "has-been-until",
        "had-been-closed-until",
        "must-by",
        "did-by",
    ],
)
def test_a_month_without_a_year_is_the_next_one_ahead_and_the_last_one_behind(
    text: str, question: str, answer: str
) -> None:
    assert date_questions(text).get(question) == answer, date_questions(text)


@pytest.mark.parametrize(
    "text",
    [
        "The premier has refused to confirm whether the night curfew in the port ends on May 2.",
        "The minister declined to say whether the fishing ban would end in November.",
        "The ferry company has not said whether fares will rise in January.",
        "Ann Ruiz did not confirm that the pier would reopen in June.",
        "Ann Ruiz denied that the Leeds mill had closed in March.",
        "The union hopes the dock strike will end in January.",
        "The new tram line will open as early as June.",
        "The new tram line could open in June.",
        "The ferry firm may cut 40 jobs in December.",
        "The prince is understood to have met the envoy in May.",
        "Tom Wade is said to have resigned from the board in March.",
        "The singer reportedly married the actor in June.",
        "The harbour pier closed in March, the company reportedly said.",
        "The governor dismissed reports that the pier would reopen in June.",
        "The harbour bridge appears to have closed in March.",
        "The ban on night fishing was extended until March.",
    ],
    ids=[
        "refuses-whether",
        "declined-whether",
        "not-said-whether",
        "not-confirm-that",
        "denied",
        "hopes-that",
        "as-early-as",
        "could",
        "may",
        "is-understood-to",
        "is-said-to",
        "reportedly",
        "reportedly-said",
        "reports-that",
        "appears-to",
        "extended-to-a-month-of-no-year",
    ],
)
def test_a_hedged_or_unsure_date_is_not_asked(text: str) -> None:
    assert date_questions(text) == {}


def test_not_until_across_a_relative_clause_dates_neither_clause() -> None:
    """ "will not look at the dispute that has divided the party until October": the parse hangs
    "until October" on the relative clause, which would ask "Until when has the dispute divided the
    party?" in the wrong year; the sentence's "not … until" is not read from there."""
    text = "The tribunal will not look at the dispute that has divided the Harbour Party until October."
    assert date_questions(text, published=dt.date(2023, 8, 20)) == {}


def test_the_hedge_on_the_verb_leaves_a_date_of_the_subject_alone() -> None:
    """ "Today's slide may have been overdone": the slide was today, whatever the verb doubts."""
    asked = date_questions("Today's steep slide in Harbour Bank shares may have been overdone, traders said.")
    assert asked == {"When was the steep slide in Harbour Bank shares?": "Wednesday, October 4, 2023"}


def test_the_same_clause_without_its_hedge_is_asked() -> None:
    """The pairs above fail for the hedge, not for their shape."""
    assert date_questions("The ferry firm cut 40 jobs in December.") == {
        "When did the ferry firm cut 40 jobs?": "December 2022"
    }
    assert date_questions("The singer married the actor in June.") == {
        "When did the singer marry the actor?": "June 2023"
    }


def test_a_report_made_public_is_no_hearsay() -> None:
    """ "reports that the pier would reopen" is hearsay; "the report made public today" is a report."""
    asked = date_questions("Ann Ruiz told reporters in commenting on the Marsh report made public today.")
    assert asked == {"When was the Marsh report made public?": "Wednesday, October 4, 2023"}


@pytest.mark.parametrize(
    ("words", "clash"),
    [("Mairead Tully", True), ("Ms Tully", False), ("Senator Tully", False), ("John Tully", False)],
)
def test_a_given_name_written_before_a_shared_surname_is_not_replaced(words: str, clash: bool) -> None:
    """ "Mairead Tully withdrew" after "John Tully" was named: the question must keep "Mairead Tully",
    never teach that John Tully withdrew; a title or the same given name is no clash."""
    from spacy.tokens import Doc

    from quizgen.facts.given_names import other_given_name
    from quizgen.nlp import load_nlp

    tokens = [*words.split(), "withdrew", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(load_nlp().vocab, words=tokens, pos=pos, heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "punct"])
    assert other_given_name(doc[1], [doc[0], doc[1]], "John Tully") is clash


def test_a_saying_whose_quote_left_out_the_verb_is_not_asked_garbled() -> None:
    """ "said he would become the seventh member …": never "When did Tom Wade say become …?"."""
    text = (
        "On Saturday, the harbour councillor Tom Wade said he would become the seventh member to resign from "
        "the board after he discovered he held a second post."
    )
    assert not [q for q in date_questions(text) if " say become " in q]


def test_a_lead_in_the_plain_present_with_a_month_of_no_year_is_not_asked() -> None:
    """The lead (or a headline) in the present: "The night curfew ends on May 2" may be this May or
    the last one; later in the story the plain present is a timetable and looks ahead."""
    assert date_questions("The night curfew in the port ends on May 2.") == {}
    later = date_questions("The port is quiet. The night curfew in the port ends on May 2.")
    assert later == {"When does the night curfew in the port end?": "May 2, 2024"}
