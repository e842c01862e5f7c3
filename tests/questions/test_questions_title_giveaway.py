"""The quiz and the Anki card show the article's title above each question: a title that answers a
question, and mostly restates it, is shown with the answer blanked; what a blank cannot hide is not asked."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.models import Article, Question
from quizgen.pipeline import questions_for
from quizgen.questions.title_blank import shown_title
from quizgen.questions.title_giveaway import given_away

TEXT = (
    "The Harbour Health Federation (HHF) warned on Monday that the region needs nearly 40,000 more carers. "
    "The federation said the shortfall was worst in rural towns. "
    "Marisol Quant, chair of the Harbour Health Federation, said training places had been cut."
)


def ask(question: str, answer: str, aliases: tuple[str, ...] = ()) -> Question:
    return Question(id="q", article="a", kind="org-event", question=question, answer=answer, aliases=aliases)


@pytest.mark.parametrize(
    ("title", "question", "answer", "expected"),
    [
        # the answer (here its bracketed short form) and most of the question are the title's
        (
            "Region short of 40,000 carers, says HHF",
            "Which organization warned that the region needs nearly 40,000 more carers?",
            "Harbour Health Federation",
            True,
        ),
        (
            "Region short of 40,000 carers, says HHF",
            "According to the Harbour Health Federation (HHF), how many more carers does the region need?",
            "nearly 40,000",
            True,
        ),
        # the answer is in the title, but the question asks about something else in the article
        (
            "Region short of 40,000 carers, says HHF",
            "Which organization said the shortfall was worst in rural towns?",
            "Harbour Health Federation",
            False,
        ),
        # the question restates the title, but the title does not hold the answer
        (
            "Region short of carers, federation warns",
            "Which organization warned that the region needs nearly 40,000 more carers?",
            "Harbour Health Federation",
            False,
        ),
        # "who" the word is not WHO the acronym
        ("Who will care for the region?", "Who warned that the region needs more carers?", "HHF", False),
    ],
)
def test_given_away(title: str, question: str, answer: str, expected: bool) -> None:
    assert given_away(ask(question, answer), title, TEXT) is expected


def test_a_question_the_title_answers_is_asked_under_the_title_with_its_answer_blanked() -> None:
    day = dt.date(2025, 5, 6)
    told = Article(id="told", title="Region short of 40,000 carers, says HHF", published=day, path="t.txt", text=TEXT)
    bank = questions_for([told])
    restating = [q for q in bank.questions if q.question.startswith("Which organization warned")]
    restating += [q for q in bank.questions if "how many more carers" in q.question]
    assert restating  # the headline's fact is the article's main one: asked
    for q in restating:
        shown = shown_title(q, told)
        assert "___" in shown and not given_away(q, shown, TEXT), shown


def test_a_one_line_article_whose_title_is_its_sentence_is_still_asked() -> None:
    line = "Harbour Health Federation chair Marisol Quant said on Monday that 40,000 more carers are needed."
    article = Article(id="one", title=line, published=dt.date(2025, 5, 6), path="one.txt", text=line)
    assert questions_for([article]).questions
