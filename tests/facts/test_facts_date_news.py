"""The date of what is news: an announcement or a result, not the day someone happened to speak."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from invented_articles import answers_to


def date_questions(text: str, published: dt.date | None = None) -> dict[str, str]:
    return answers_to(text, published, "date")


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour City coach said on Saturday that the referee had been unfair to his players.",
        "The Harbour City coach told reporters on Saturday that the referee had been unfair to his players.",
        "The Harbour City coach spoke to a small group of reporters at Dunmore Park on Saturday.",
        "The quarrel between the two managers took a new turn on Saturday when Tom Briggs said his rival "
        "was a disgrace to the sport.",
    ],
    ids=["said", "told", "spoke", "when-said"],
)
def test_an_undated_story_does_not_ask_on_which_weekday_someone_spoke(text: str) -> None:
    asked = date_questions(text)
    assert not [q for q in asked if "day of the week" in q and re.search(r"\b(say|tell|speak)\b", q)], asked


def test_a_remark_on_the_record_keeps_its_weekday_in_an_undated_story() -> None:
    asked = date_questions(
        "Tom Briggs said in an interview with the Dunmore Gazette on Saturday that the referee had been unfair "
        "to his players."
    )
    assert [q for q in asked if "day of the week" in q and "interview" in q], asked
    assert set(asked.values()) == {"Saturday"}, asked


def test_an_announcement_is_news_and_its_weekday_is_asked() -> None:
    asked = date_questions("The Harbour City Council announced on Tuesday a plan to close the old ferry pier.")
    assert asked == {
        "On what day of the week did the Harbour City Council announce a plan to close the old ferry pier?": "Tuesday"
    }


def test_a_reported_result_is_asked_with_what_was_reported() -> None:
    asked = date_questions("Coastline Telecom on Thursday reported a sharp rise in its quarterly net profit.")
    assert asked == {
        "On what day of the week did Coastline Telecom report a sharp rise in its quarterly net profit?": "Thursday"
    }


def test_a_dated_story_still_asks_when_a_statement_was_made() -> None:
    asked = date_questions(
        "Finance Minister Ann Ruiz said on Monday that the budget would be balanced within two years.",
        published=dt.date(2023, 10, 4),
    )
    assert list(asked.values()) == ["Monday, October 2, 2023"], asked


def test_an_age_beside_a_name_does_not_hide_whom_the_relative_clause_dates() -> None:
    asked = date_questions("Governor Ann Ruiz, 63, who was elected in 2019, was detained at her home in Port Lisle.")
    assert asked.get("In what year was Ann Ruiz elected?") == "2019", asked


def test_a_second_perfect_verb_shares_the_first_ones_had() -> None:
    """ "Ruiz had visited the dock and opened the pier on Sunday", parsed with "opened" as a bare
    participle: the question borrows the first verb's "had" (and is then put in the simple past)."""
    from spacy.tokens import Doc

    from quizgen.facts.clauses import ask
    from quizgen.facts.context import ArticleContext
    from quizgen.nlp import load_nlp

    words = "Ann Ruiz had visited the dock and opened the pier on Sunday .".split()
    heads = [1, 3, 3, 3, 5, 3, 3, 3, 9, 7, 7, 10, 3]
    deps = "compound nsubj aux ROOT det dobj cc conj det dobj prep pobj punct".split()
    tags = "NNP NNP VBD VBN DT NN CC VBN DT NN IN NNP .".split()
    pos = "PROPN PROPN AUX VERB DET NOUN CCONJ VERB DET NOUN ADP PROPN PUNCT".split()
    lemmas = "Ann Ruiz have visit the dock and open the pier on Sunday .".split()
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    ctx = ArticleContext(doc, dt.date(2023, 10, 4))
    assert ask(ctx, doc[10:12], "When") == "When had Ann Ruiz opened the pier?"


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "The union had called a strike at the Port Lisle docks in March.",
            "When did the union call a strike at the Port Lisle docks?",
        ),
        ("The Port Lisle pier had been closed in March.", "When had the Port Lisle pier been closed?"),
        ("Tom Varga had been arrested in Halden in 2021.", "In what year had Tom Varga been arrested in Halden?"),
    ],
    ids=["perfect", "passive-kept", "passive-named"],
)
def test_a_dated_past_perfect_is_asked_in_the_simple_past(text: str, question: str) -> None:
    assert list(date_questions(text, published=dt.date(2023, 10, 4))) == [question]


def test_a_remark_on_the_storys_own_day_is_asked_only_in_the_lead() -> None:
    """The quiz shows the story's date beside each question: "When did Ruiz say …?" answered by that
    date gives itself away, and a remark made that day is news only as the story's lead."""
    lead = "Finance Minister Ann Ruiz said on Wednesday that the harbour budget would be cut by a third."
    later = "Port director Tom Wade said on Wednesday that no decision had yet been made on the ferry fares."
    earlier = "Port director Tom Wade said on Monday that no decision had yet been made on the ferry fares."
    announced = "The Harbour City Council announced on Wednesday a plan to close the old ferry pier."
    wednesday = dt.date(2023, 10, 4)
    asked = date_questions(f"{lead} {later}", published=wednesday)
    assert [q for q in asked if "Ruiz" in q] and not [q for q in asked if "Wade" in q], asked
    assert [q for q in date_questions(f"{lead} {earlier}", published=wednesday) if "Wade" in q]
    assert [q for q in date_questions(f"{lead} {announced}", published=wednesday) if "announce" in q]
