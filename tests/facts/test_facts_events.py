"""Which organisation did what: agents of passives (one question per list member) and subjects."""

from __future__ import annotations

import pytest
from invented_articles import asked, questions_of_texts

from quizgen.facts.fact_types import OrgEventFact
from quizgen.models import Question, QuestionBank

SPONSORS = ("Orvell University", "Kestrel Foundation", "Baltic Ports Authority")
TEXT = (
    "The Harwick Energy Company is testing a floating wind turbine off the coast.\n\n"
    "The two-day forum was organized by the Danube Science Council.\n\n"
    "The event is co-sponsored by Orvell University, the Kestrel Foundation and the Baltic Ports Authority."
)


@pytest.fixture(scope="module")
def events() -> list[Question]:
    bank = questions_of_texts({"forum": TEXT})
    return [q for q in bank.questions if q.kind == "org-event"]


def test_organisation_as_subject(events: list[Question]) -> None:
    found = [q for q in events if "testing a floating wind turbine" in q.question]
    assert [q.answer for q in found] == ["Harwick Energy Company"]
    assert found[0].question.startswith("Which organization is testing")


def test_organised_by(events: list[Question]) -> None:
    found = [q for q in events if "organized" in q.question]
    assert [q.answer for q in found] == ["Danube Science Council"]
    assert found[0].question.startswith("By which organization")
    assert "forum" in found[0].question


@pytest.mark.parametrize("member", SPONSORS, ids=[m.split()[0].lower() for m in SPONSORS])
def test_each_co_sponsor_is_asked_naming_the_others(events: list[Question], member: str) -> None:
    found = [q for q in events if "co-sponsored" in q.question and q.answer == member]
    assert len(found) == 1, [q.question for q in events]
    q = found[0]
    others = [m for m in SPONSORS if m != member]
    for other in others:
        assert other in q.question
        assert other not in q.choices  # also right: never offered as a wrong choice
    assert member not in q.question
    assert q.choices.count(member) == 1
    assert len(q.choices) >= 2


SHAPES = {
    "funders": "The survey was funded by the Alder Trust, Grace Hollis Ocean Foundation and the Cedar Institute.",
    "condition": "If the Harbour Workers Union decides to strike, the port will close for a week.",
    "guess": "The Marlow Steel Company might close its oldest furnace next spring.",
    "claim": "Analysts say the Marlow Steel Company will cut 400 jobs at its northern plant.",
    "not-done": "The race was not sanctioned by the Nordic Cycling Federation, officials said.",
    "ticker": "Harwick Energy Corp <HEC.N> has opened a new research centre in the harbour district.",
    "journal": "The findings, published on Monday in the journal Marine Ecology Letters, surprised the team.",
    "pair": "The Harbour Board and the Kestrel Ferry Company signed a ten-year lease for the old pier.",
    "poll": "A Daily Courier poll released on Sunday showed that most voters backed the new tram line.",
    "two-participles": (
        'The Kestrel coach later accused the referee of bias and was fined £8,000 and "formally warned" '
        "by the Northern Football Association. The new bridge was designed and built by the Harwick Engineering "
        "Company in 1990. The lorry driver, who is 54, was arrested on Monday and charged by the Halden Police "
        "Service."
    ),
    "interview": (
        "The latest twist came on Saturday when the Kestrel skipper, in an interview with The Harwick Courier "
        "newspaper, criticised the referee. The Harbour Council opposed the new stand. The Dunmore Bank lent the "
        "club money. The Orvell Times called the stand a folly."
    ),
    "report-said": (
        "The Harbour Commission report, which says the mayor knew little about the ferry deal, just about ends "
        "his hopes of a second term, analysts said."
    ),
    "report-guess": "The Harbour Commission report, which might say the mayor knew little, ends his hopes, they said.",
    "journal-appeared": (
        "The Harbour Trust funded the survey. Lena Dahl is among the writers of a paper on the findings that "
        "appeared in the June 3 issue of the journal Coastal Science Letters. The second study by the team appears "
        "in the journal Orvell Medicine Reviews in June."
    ),
    "interview-not-a-paper": "In an interview with the Halden ministry, the minister defended the new tax.",
    "storm": "Super Typhoon Mara sent a huge storm surge inland on Friday. Hurricane Delia destroyed 300 homes.",
    "lowercase-lead": "The vaccination drive is being run by the national Ministry of Health with help from charities.",
    "acronym-again": (
        "The Council of Southern Lake States (COSLAS) will meet in Oslo. COSLAS has already imposed sanctions "
        "on Ruritania and said it could go further."
    ),
}


@pytest.fixture(scope="module")
def shapes() -> QuestionBank:
    return questions_of_texts(SHAPES)


def test_every_funder_in_a_list_is_asked_even_one_named_like_a_person(shapes: QuestionBank) -> None:
    answers = sorted(q.answer for q in asked(shapes, "funders"))
    assert answers == ["Alder Trust", "Cedar Institute", "Grace Hollis Ocean Foundation"]


def test_two_bodies_glued_by_the_tagger_are_two_answers() -> None:
    """The small model sometimes tags "Cornell-like University and Insead-like" as one organisation."""
    from spacy.tokens import Span

    from quizgen.facts.context import ArticleContext
    from quizgen.facts.events import extract_events
    from quizgen.nlp import load_nlp

    doc = load_nlp()("The ranking was released by Lakeside University and Nordvik on Monday.")
    start = [t.text for t in doc].index("Lakeside")
    doc.ents = [Span(doc, start, start + 4, label="ORG")]  # "Lakeside University and Nordvik"
    answers = sorted(f.answer for f in extract_events(ArticleContext(doc)) if isinstance(f, OrgEventFact))
    assert answers == ["Lakeside University", "Nordvik"]


@pytest.mark.parametrize("article", ["condition", "guess", "claim", "not-done"])
def test_what_an_organisation_may_or_may_not_do_is_not_taught_as_done(shapes: QuestionBank, article: str) -> None:
    assert asked(shapes, article) == []


def test_a_pair_that_did_it_is_asked_as_the_pair_never_one_alone(shapes: QuestionBank) -> None:
    assert [q.answer for q in asked(shapes, "pair")] == ["Harbour Board and Kestrel Ferry Company"]


def test_a_storm_the_tagger_called_an_organisation_is_not_asked(shapes: QuestionBank) -> None:
    assert asked(shapes, "storm") == []


def test_a_defined_acronym_the_tagger_missed_is_the_body_doing_it(shapes: QuestionBank) -> None:
    found = [q for q in asked(shapes, "acronym-again") if "sanctions" in q.question]
    assert [(q.question, q.answer) for q in found] == [
        ("Which organization has imposed sanctions on Ruritania?", "Council of Southern Lake States")
    ]


def test_a_lowercase_word_the_tagger_took_into_a_name_is_no_part_of_the_answer(shapes: QuestionBank) -> None:
    assert [q.answer for q in asked(shapes, "lowercase-lead")] == ["Ministry of Health"]


def test_wire_ticker_is_not_part_of_the_name(shapes: QuestionBank) -> None:
    assert [q.answer for q in asked(shapes, "ticker")] == ["Harwick Energy Corp"]


def test_the_journal_a_study_appeared_in_is_asked(shapes: QuestionBank) -> None:
    found = asked(shapes, "journal")
    assert [(q.question, q.answer) for q in found] == [
        ("In which journal were the findings published?", "Marine Ecology Letters")
    ]


def test_a_report_that_appeared_in_a_journal_is_asked_with_journals_as_options(shapes: QuestionBank) -> None:
    found = {q.question: q for q in asked(shapes, "journal-appeared") if "journal" in q.question}
    assert {k: q.answer for k, q in found.items()} == {
        "In which journal did the paper on the findings appear?": "Coastal Science Letters",
        "In which journal does the second study by the team appear?": "Orvell Medicine Reviews",
    }
    journals = {"Coastal Science Letters", "Orvell Medicine Reviews"}
    for q in found.values():  # journals among journals (or none), never the trust that funded the survey
        assert set(q.choices) <= journals
    assert any(set(q.choices) == journals for q in found.values())


def test_whose_poll_is_asked_with_what_it_showed(shapes: QuestionBank) -> None:
    found = asked(shapes, "poll")
    assert [q.answer for q in found] == ["Daily Courier"]
    assert found[0].question.startswith("Which organization's poll") and "tram line" in found[0].question


def test_an_agent_shared_by_two_participles_is_asked_with_both(shapes: QuestionBank) -> None:
    found = {q.answer: q.question for q in asked(shapes, "two-participles")}
    assert found == {
        "Northern Football Association": (
            "By which organization was the Kestrel coach fined £8,000 and formally warned?"
        ),
        "Harwick Engineering Company": "By which organization was the new bridge designed and built?",
        "Halden Police Service": "By which organization was the lorry driver arrested and charged?",
    }


def test_the_newspaper_a_person_spoke_to_is_asked_among_newspapers(shapes: QuestionBank) -> None:
    found = [q for q in asked(shapes, "interview") if "interview" in q.question]
    assert [(q.question, q.answer) for q in found] == [
        ("In an interview with which newspaper did the Kestrel skipper criticise the referee?", "Harwick Courier")
    ]
    assert sorted(found[0].choices) == ["Harwick Courier", "Orvell Times"]
    assert [q.question for q in asked(shapes, "interview-not-a-paper") if "interview" in q.question] == []


def test_what_a_report_says_is_asked_not_what_others_say_of_it(shapes: QuestionBank) -> None:
    """Asked once, as the body's statement (its act would be the same question: see test_questions_quality)."""
    said = [(q.question, q.answer) for q in shapes.questions if q.article == "report-said"]
    assert said == [
        ("Which organization's report says that the mayor knew little about the ferry deal?", "Harbour Commission")
    ]
    assert [q for q in shapes.questions if q.article == "report-guess"] == []


def test_a_passive_is_asked_about_its_own_subject() -> None:
    """Not "By which organization will the road toll be introduced?" when the toll is the subject of
    the clause the passive is joined to (the small parser sometimes lends it)."""
    from quizgen.facts.agents import keeps_subject as _keeps_subject
    from quizgen.nlp import load_nlp

    doc = load_nlp()(
        "Officials say the road toll is a lost cause but that a fuel levy will be introduced by "
        "the Harbour Reform Party."
    )
    verb = next(t for t in doc if t.text == "introduced")
    assert _keeps_subject(verb, "By which organization will a fuel levy be introduced?")
    assert not _keeps_subject(verb, "By which organization will the road toll be introduced?")


def test_the_study_is_not_taken_for_earlier_studies_of_another_name() -> None:
    """'the study' (one) is not 'the Harlow field studies' (several) named before it."""
    text = (
        "The Harlow field studies of the 1990s measured damage to barley.\n\n"
        "The new study was led by a team in Bergen. The study was funded by the Alder Trust."
    )
    found = [
        q for q in questions_of_texts({"study": text}).questions if q.kind == "org-event" and q.answer == "Alder Trust"
    ]
    assert [q.question for q in found] == ["By which organization was the study funded?"]


def test_the_next_clause_subject_the_parser_hung_on_a_noun_is_left_out() -> None:
    text = (
        "Under the agreement, the Kestrel Space Agency will also provide a seat for a Danish astronaut on a "
        "future lunar mission and Norway will provide the station's water systems."
    )
    found = [q.question for q in questions_of_texts({"seat": text}).questions if q.kind == "org-event"]
    assert found == ["Which organization will provide a seat for a Danish astronaut on a future lunar mission?"]


LIGHT_VERBS = {
    "use-to": "The Harbor Board will use the coming months to consult closely with fishermen on the new quotas.",
    "had-a-debate": "The Lakeland Council had a first debate on the draft budget on Tuesday.",
    "use-alone": "The Harbor Board will use the money for repairs.",
}


def test_a_light_verb_whose_purpose_or_object_is_the_deed() -> None:
    from invented_articles import answers, questions_of_texts

    bank = questions_of_texts(LIGHT_VERBS)
    assert set(answers(bank, "use-to", "org-event").values()) == {"Harbor Board"}
    assert answers(bank, "had-a-debate", "org-event") == {
        "Which organization had a first debate on the draft budget?": "Lakeland Council"
    }
    assert answers(bank, "use-alone", "org-event") == {}  # using money is no deed worth asking
