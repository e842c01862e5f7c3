"""Whose words: "the Labor leader" is not the one leader the article named at another party, "the
Opec President" is the president of Opec Conference, "GP and broadcaster Ann Lind" is one person,
a weekday the model read into a name ("On Sunday Lind said") is no part of it, and a name quoted
inside a quote ("'… [the mayor Oskar] Berg …,' he said") is talked about, not talking, and a
single quote mistyped shut with a double mark ('…," she added) ends there. "The minister" is not
the Chief Minister, "Ann Lind QC" is Ann Lind, and "and said 'Back then …" opens a quote. "Lind
interjected: '…'" is Lind's, while "asked the court to …" and "continued to grow" say nothing.
Malaysia's "Datuk Ahmad" is Ahmad Razali, named by his given name after a word of address, and "said
it was difficult to track …" is asked (its "it" points ahead). "Minister for Arts and Heritage Rangi
Tawhiri" is Rangi Tawhiri, and "with Crown Relations Minister Kelvin Marsh explaining" is his, not the body's.
"X was quoted as saying (by a paper)" is X's.

Every article is our own invention; all are parsed in one pass.
"""

from __future__ import annotations

import pytest
from invented_articles import asked_by_article

from quizgen.facts.quote_marks import quote_spans
from quizgen.models import Question

ARTICLES = {
    "another-partys-leader": (
        "Harbour vote delayed\n\n"
        "The Greens leader, Oskar Berg, said on Monday that he would vote against the new harbour tax.\n\n"
        "The Labor leader said the vote should wait until the court rules on the harbour board's seats."
    ),
    "a-post-at-its-bodys-short-name": (
        "Ferry fares rise\n\n"
        "Ann Lind, president of the Varna Ferry Company, spoke to reporters in Burgas on Monday.\n\n"
        "The Varna president said fares on the island routes would rise by a fifth in the spring."
    ),
    "two-descriptions-one-person": (
        "Fossil skull found\n\n"
        "A team found a fossil skull in a cave near Varna last year.\n\n"
        "'The skull studied in our paper is the first of its kind ever found in Europe,' said paper "
        "author and palaeontologist Ann Lind of the University of Varna.\n\n"
        "GP and broadcaster Dr Oskar Berg said: 'Our research showed that one woman in five checks "
        "less than once a year.'"
    ),
    "a-weekday-before-a-name": (
        "Harbour tax row\n\n"
        "Opposition leader Oskar Berg spoke at the harbour on Saturday.\n\n"
        "On Sunday Berg denied claims that his staff had leaked the harbour board's accounts.\n\n"
        '"I have never seen those accounts and nobody in my office has either," he said.'
    ),
    "a-name-quoted-inside-a-quote": (
        "Harbour tax row\n\n"
        "The finance minister, Oskar Lind, believes the tax will stay until the spring.\n\n"
        "Lind said the advice he had received said there was no problem with the new tax.\n\n"
        '"If anyone is a threat to this harbour at the moment it is [the mayor Piet] Berg because of '
        'the tactics he has used," he said.'
    ),
    "the-minister-beside-a-chief-minister": (
        "Port funds doubled\n\n"
        "Transport Minister Ann Lind said on Monday that the state would double its funds for the ports.\n\n"
        "Chief Minister Oskar Berg visited the harbour at Varna last week. The state is also building a "
        "rail link to the harbour and a new road to the city, the Minister said."
    ),
    "letters-after-a-name": (
        "Clerk spared jail\n\n"
        "Judge Ann Lind QC, passing sentence at Varna Crown Court, said the clerk had shown real remorse.\n\n"
        "Judge Lind said the clerk had since built a new career and repaid most of the money."
    ),
    "quote-only-verbs": (
        "Mayor loses his cool\n\n"
        "Mayor Oskar Berg was questioned by the radio reporter Ann Lind at the harbour on Monday.\n\n"
        'Ms Lind interjected: "That was not my question about the new harbour tax," before Mr Berg cut her off.\n\n'
        "The council asked the court to rule on the harbour tax before the spring.\n\n"
        "Sales at the harbour market continued to grow in May."
    ),
    "a-malaysian-word-of-address": (
        "Boat rules tightened\n\n"
        "Harbour Employers Federation executive director Ahmad Razali said the new boat rules were sound.\n\n"
        "Datuk Ahmad said there could be up to two thousand unregistered boats in the harbour.\n\n"
        "Ahmad said the port would check every boat in the harbour by the summer."
    ),
    "a-portfolio-before-a-name": (
        "Winter holiday dates set\n\n"
        "The holiday will fall in mid-winter each year, Acting Associate Minister for Arts, Culture and "
        "Heritage Rangi Tawhiri said in a statement.\n\n"
        "The date will shift each year to follow the lunar calendar and will always be on a Friday, Tawhiri said.\n\n"
        "A holiday advisory group has been set up, with Crown Relations Minister Kelvin Marsh explaining that the "
        'advisory group will "advise on the dates of the holiday and how it should be celebrated".'
    ),
    "quoted-as-saying": (
        "Cafes reopen\n\n"
        "Cafes in Varna reopened on Tuesday after a month of closures.\n\n"
        '"We got burgers and fries for the whole family," Maria Okafor, who arrived at the harbour cafe at 4am, '
        "was quoted as saying by the Varna Herald.\n\n"
        "Oskar Lind was quoted as saying that the cafe had run out of burgers by noon."
    ),
    "an-it-that-points-ahead": (
        "Boat rules tightened\n\n"
        "Harbour master Oskar Lind said it was difficult to track the boats in the harbour at night as they "
        "carried no lights."
    ),
}


@pytest.fixture(scope="module")
def quotes() -> dict[str, list[Question]]:
    return asked_by_article(ARTICLES, "quote")


def test_another_partys_leader_is_not_the_leader_the_article_named(quotes: dict[str, list[Question]]) -> None:
    assert not [q for q in quotes["another-partys-leader"] if "court rules" in q.question]


def test_a_post_named_with_its_bodys_short_name_is_its_holders(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["a-post-at-its-bodys-short-name"] if "island routes" in q.question]
    assert q.answer == "Ann Lind"


@pytest.mark.parametrize("words, speaker", [("first of its kind", "Ann Lind"), ("one woman in five", "Oskar Berg")])
def test_a_bare_description_joined_to_a_name_is_that_persons(
    quotes: dict[str, list[Question]], words: str, speaker: str
) -> None:
    (q,) = [q for q in quotes["two-descriptions-one-person"] if words in q.question]
    assert q.answer == speaker


def test_a_weekday_read_into_a_name_is_dropped(quotes: dict[str, list[Question]]) -> None:
    asked = quotes["a-weekday-before-a-name"]
    assert asked and not [q for q in asked if "Sunday" in q.answer]
    (q,) = [q for q in asked if "never seen those accounts" in q.question]
    assert q.answer == "Oskar Berg"


def test_a_name_quoted_inside_a_quote_does_not_take_its_he(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["a-name-quoted-inside-a-quote"] if "threat to this harbour" in q.question]
    assert q.answer == "Oskar Lind"


def test_a_single_quote_closed_by_a_lone_double_mark_ends_there() -> None:
    text = "'We are ready,' she said.\n\n'It is rare to find a whole skull,\" she added.\n\n'Yes.'"
    assert [text[a:b] for a, b in quote_spans(text)] == ["We are ready,", "It is rare to find a whole skull,", "Yes."]


def test_the_minister_is_not_the_chief_minister(quotes: dict[str, list[Question]]) -> None:
    (q,) = [q for q in quotes["the-minister-beside-a-chief-minister"] if "rail link" in q.question]
    assert q.answer == "Ann Lind"


def test_letters_after_a_name_are_no_part_of_it(quotes: dict[str, list[Question]]) -> None:
    said = quotes["letters-after-a-name"]
    assert {q.answer for q in said} == {"Ann Lind"} and len(said) == 2


def test_a_single_quote_after_said_runs_to_its_paragraphs_end() -> None:
    text = "She argued that it was long ago and said 'Back then she was naive.\n\n'She knows better now.'"
    assert [text[a:b] for a, b in quote_spans(text)] == ["Back then she was naive.", "She knows better now."]


def test_a_verb_that_speaks_only_through_its_quote(quotes: dict[str, list[Question]]) -> None:
    said = quotes["quote-only-verbs"]
    (q,) = [q for q in said if "not my question" in q.question]
    assert q.answer == "Ann Lind"
    assert not [q for q in said if "court" in q.question or "grow" in q.question]


def test_a_given_name_after_a_malaysian_word_of_address_is_the_persons(quotes: dict[str, list[Question]]) -> None:
    said = quotes["a-malaysian-word-of-address"]
    assert len(said) == 3 and {(q.question.split()[0], q.answer) for q in said} == {("Who", "Ahmad Razali")}


def test_a_reported_it_that_points_ahead_is_asked(quotes: dict[str, list[Question]]) -> None:
    (q,) = quotes["an-it-that-points-ahead"]
    assert "difficult to track the boats" in q.question and q.answer == "Oskar Lind"


def test_a_portfolio_and_a_body_before_a_name_are_no_part_of_the_speaker(quotes: dict[str, list[Question]]) -> None:
    said = {q.question.split()[0] + " " + q.answer for q in quotes["a-portfolio-before-a-name"]}
    assert said == {"Who Rangi Tawhiri", "Who Kelvin Marsh"}
    assert len(quotes["a-portfolio-before-a-name"]) == 3


def test_a_surname_the_model_calls_a_body_is_a_persons_after_a_given_name() -> None:
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext
    from quizgen.nlp import load_nlp

    doc = load_nlp()("Minister Rangi Tawhiri opened the bridge on Monday.\n\nTawhiri said the bridge was safe.")
    surname = [t.i for t in doc if t.text == "Tawhiri"]
    doc.ents = [Span(doc, i, i + 1, label="ORG") for i in surname]  # as the small model may tag them
    ctx = ArticleContext(doc)
    assert [p.name for p in ctx.people.people] == ["Rangi Tawhiri"]


def test_quoted_as_saying_is_the_subjects(quotes: dict[str, list[Question]]) -> None:
    said = {q.question: q.answer for q in quotes["quoted-as-saying"]}
    assert said == {
        "Who said \u201cWe got burgers and fries for the whole family\u201d?": "Maria Okafor",
        "Who said that the cafe had run out of burgers by noon?": "Oskar Lind",
    }
