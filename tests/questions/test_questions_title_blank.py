"""The line "From: <title>" above a question never gives its answer away: a title that names the
answer is shown with a blank where the answer stands; every other title is shown as written."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from quizgen.export.bank import read_bank_file
from quizgen.models import Article, Question, QuestionBank
from quizgen.questions.title_blank import BLANK, blanked, shown_byline

TEXT = (
    "The Harbour Health Federation (HHF) warned on Monday that the region needs 40,000 more carers. "
    "Marisol Quant, chair of the Orlen Rail Board, said the line would reopen on May 4, 2024. "
    "The Kestrel Commission report found that the audit was late."
)


def ask(kind: str, question: str, answer: str) -> Question:
    return Question(id="q", article="a", kind=kind, question=question, answer=answer, source=TEXT)


@pytest.mark.parametrize(
    ("kind", "title", "question", "answer", "shown"),
    [
        # the organization named in the title, by its short form the article gives in brackets
        (
            "org-event",
            "HHF Selects Two Towns for Carer Pilot",
            "Which organization selected two towns for a carer pilot?",
            "Harbour Health Federation",
            f"{BLANK} Selects Two Towns for Carer Pilot",
        ),
        # a speaker by surname; a body by the word that tells which one it is, in a title in capitals
        (
            "quote",
            "Quant vows to reopen line",
            "Who said the line would reopen?",
            "Marisol Quant",
            f"{BLANK} vows to reopen line",
        ),
        # the short form of the given name beside the surname names the person too
        (
            "quote",
            "Mari Quant vows to reopen line",
            "Who said the line would reopen?",
            "Marisol Quant",
            f"{BLANK} vows to reopen line",
        ),
        (
            "org-event",
            "KESTREL REPORT SHAKES THE CABINET",
            "Which organization's report found that the audit was late?",
            "Kestrel Commission",
            f"{BLANK} REPORT SHAKES THE CABINET",
        ),
        # a number by its figures
        (
            "number",
            "Region short of 40,000 carers",
            "How many more carers does the region need?",
            "40,000",
            f"Region short of {BLANK} carers",
        ),
    ],
)
def test_the_answer_in_the_title_is_blanked(kind: str, title: str, question: str, answer: str, shown: str) -> None:
    assert blanked(ask(kind, question, answer), title, TEXT) == shown


@pytest.mark.parametrize(
    ("kind", "title", "question", "answer"),
    [
        # the title shares only a plain word ("Board") or a place with the answer
        ("org-event", "Board delays rail line", "Which organization runs the line?", "Orlen Rail Board"),
        (
            "org-event",
            "Norway short of carers",
            "Which organization warned of a shortfall?",
            "Carers Association of Norway",
        ),
        # what the question itself spells out is no secret
        ("acronym", "HHF warns of carer shortfall", "What does HHF stand for?", "Harbour Health Federation"),
        # a date's figures are not a date: "Covid-19" stays
        ("date", "Line reopens amid Covid-19 rules", "When will the line reopen?", "May 4, 2024"),
        # a post is blanked only as a whole, never by a word of a name
        ("role", "Orlen chair sets date", "What post does Marisol Quant hold?", "chair of the Orlen Rail Board"),
        # a figure of the answer is no figure of another score ("2-1" holds no "1" of "3-1")
        ("number", "Holm Rovers edge Port Vell 2-1", "By what score did Holm Rovers beat Port Vell in May?", "3-1"),
    ],
)
def test_a_title_without_the_answer_is_shown_as_written(kind: str, title: str, question: str, answer: str) -> None:
    assert blanked(ask(kind, question, answer), title, TEXT) == title


def test_the_byline_keeps_the_date_and_blanks_the_answer() -> None:
    article = Article(id="a", title="Quant vows to reopen line", published=dt.date(2024, 5, 1), path="-", text=TEXT)
    question = ask("quote", "Who said the line would reopen?", "Marisol Quant")
    assert shown_byline(question, article) == f"{BLANK} vows to reopen line · 1 May 2024"
    other = ask("number", "How many more carers does the region need?", "40,000")
    assert shown_byline(other, article) == article.byline()


def test_the_byline_leaves_out_the_date_that_answers_the_question() -> None:
    article = Article(id="a", title="Rail line to reopen", published=dt.date(2024, 5, 1), path="-", text=TEXT)
    on_the_day = ask("date", "When did the Orlen Rail Board set a date for the line?", "Wednesday, May 1, 2024")
    assert shown_byline(on_the_day, article) == "Rail line to reopen"
    later = ask("date", "When will the line reopen?", "May 4, 2024")
    assert shown_byline(later, article) == "Rail line to reopen · 1 May 2024"
    number = ask("number", "How many more carers does the region need?", "40,000")
    assert shown_byline(number, article) == "Rail line to reopen · 1 May 2024"


def test_a_wire_dateline_with_no_year_is_shown_unless_it_is_the_answer() -> None:
    """ "two weeks ago (February 18)" needs the day it counts from: "WASHINGTON, March 4 -" gives it."""
    article = Article(id="a", title="Rail line to reopen", published=None, path="-", text=TEXT, dateline=(3, 4))
    ago = ask("date", "When did the board close the line?", "two weeks ago (February 18)")
    assert shown_byline(ago, article) == "Rail line to reopen · 4 March"
    on_the_day = ask("date", "When did the board set a date for the line?", "March 4")
    assert shown_byline(on_the_day, article) == "Rail line to reopen"


def test_a_bank_keeps_the_wire_dateline(tmp_path: Path) -> None:
    article = Article(id="a", title="Rail line to reopen", published=None, path="-", text=TEXT, dateline=(3, 4))
    path = tmp_path / "bank.json"
    path.write_text(json.dumps(QuestionBank(articles=(article,), questions=()).to_dict()), encoding="utf-8")
    assert read_bank_file(path).articles[0].dateline == (3, 4)


@pytest.mark.parametrize(
    ("answer", "title", "shown"),
    [
        # a number word in a title in capitals, or the figure for it
        ("seven", "Seven Rescued From Flooded Tunnel", f"{BLANK} Rescued From Flooded Tunnel"),
        ("7", "Seven rescued from flooded tunnel", f"{BLANK} rescued from flooded tunnel"),
        # the same value written another way
        ("1.4 million", "Gale cuts power to 1.4m homes", f"Gale cuts power to {BLANK} homes"),
        ("1.4 million", "Gale cuts power to 1,400,000 homes", f"Gale cuts power to {BLANK} homes"),
        ("nearly 1.4 million", "Gale cuts power to 1.4 million homes", f"Gale cuts power to {BLANK} homes"),
        # a figure inside a name is no number: "A320" stays
        ("seven", "A320 jets grounded for seven days", f"A320 jets grounded for {BLANK} days"),
        # a finer figure the answer rounds or cuts gives it away; one off by a last digit does not
        ("$2.47 billion", "Harbour Foods earns $2.465 billion", f"Harbour Foods earns {BLANK}"),
        ("$2.46 billion", "Harbour Foods earns $2.465 billion", f"Harbour Foods earns {BLANK}"),
        ("$2.44 billion", "Harbour Foods earns $2.465 billion", "Harbour Foods earns $2.465 billion"),
        ("12.5 percent", "Fares up 12.48% from May", f"Fares up {BLANK} from May"),
        ("2.6 kilometres", "Three rescued from tunnel", "Three rescued from tunnel"),
    ],
)
def test_a_number_is_blanked_by_its_value_however_the_title_writes_it(answer: str, title: str, shown: str) -> None:
    assert blanked(ask("number", "How many were rescued from the tunnel?", answer), title) == shown


@pytest.mark.parametrize(
    ("kind", "question", "answer", "title", "shown"),
    [
        # the answer's word that stands in another name of the title is that other name's
        (
            "org-event",
            "Which organization approved the stadium plan?",
            "Calderbay Council",
            "Calderbay Rovers sign new striker",
            "Calderbay Rovers sign new striker",
        ),
        (
            "org-event",
            "Which organization approved the stadium plan?",
            "Calderbay Council",
            "Calderbay approves stadium plan",
            f"{BLANK} approves stadium plan",
        ),
        # a person's initials are no name of theirs: "US" is not Umberto Sandoval
        ("quote", "Who said the talks would resume?", "Umberto Sandoval", "US envoy heads to talks", None),
        ("quote", "Who said the talks would resume?", "Umberto Sandoval", "Mayor Sandoval says talks resume", None),
        # a description names its body, whose initials the title may use
        ("quote", "Who said sales slid?", "a Harwick Foods spokesman", "HF SALES SLIDE", f"{BLANK} SALES SLIDE"),
        # "U.S." is a plain word of the name, kept whole with its dots
        (
            "org-event",
            "Which organization approved new ferry rules?",
            "U.S. Ferry Safety Administration",
            "U.S. approves new ferry rules",
            "U.S. approves new ferry rules",
        ),
        # a telling word with dots is blanked whole, dots and all
        (
            "org-event",
            "Which organization cut sailings?",
            "J.K. Ferry Lines",
            "J.K. cuts sailings",
            f"{BLANK} cuts sailings",
        ),
    ],
)
def test_only_the_answers_own_words_are_blanked(
    kind: str, question: str, answer: str, title: str, shown: str | None
) -> None:
    expected = shown if shown is not None else title.replace("Sandoval", BLANK)
    assert blanked(ask(kind, question, answer), title) == expected


@pytest.mark.parametrize(
    ("question", "answer", "title", "shown"),
    [
        # the title's 12 is another figure than "12 million": the title is shown as written
        (
            "How many units did sales of river scooters reach?",
            "12 million",
            "Gale kills 12 in harbour villages",
            "Gale kills 12 in harbour villages",
        ),
        # the same value, but of another counted thing
        ("How many points did Ostrander score?", "12", "Gale kills 12 villagers", "Gale kills 12 villagers"),
        # the same thing by another word for people, or with no noun at all: blanked
        ("How many people did the gale kill?", "12", "Gale kills 12 villagers", f"Gale kills {BLANK} villagers"),
        (
            "How many people did the gale kill?",
            "12",
            "Gale kills 12 in harbour villages",
            f"Gale kills {BLANK} in harbour villages",
        ),
        (
            "How many tonnes of grain did the port ship?",
            "4 million tonnes",
            "Port ships 4m tonnes",
            f"Port ships {BLANK} tonnes",
        ),
    ],
)
def test_a_title_figure_of_another_quantity_is_not_blanked(question: str, answer: str, title: str, shown: str) -> None:
    assert blanked(ask("number", question, answer), title) == shown
