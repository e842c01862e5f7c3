"""False options have the answer's own type and are never another right answer."""

from __future__ import annotations

import datetime as dt

import pytest
from invented_articles import questions_of_text, questions_of_texts

from quizgen.facts.fact_types import DateFact, Fact
from quizgen.facts.places import is_country
from quizgen.models import Article, QuestionBank
from quizgen.pipeline import questions_for
from quizgen.questions.answer_types import clean_org, clean_person
from quizgen.questions.number_options import unit_of

# Invented: people, a street, a film character, a company named after its founders, a ministry,
# a newspaper and a country all appear, so a typeless pool would mix them.
HARBOUR = (
    "Maria Okafor, director of the Port Authority of Lagos, said on Monday that the new quay would open "
    "in March 2025.\n\n"
    '"We are ready," she said at the port on Harbour Road.\n\n'
    "Daniel Whitcombe, chief executive of Tidewell Shipping Ltd, said the firm would move its fleet. "
    "He added that fuel prices had doubled.\n\n"
    "Ms Ruth Adeyemi, a spokeswoman for the Ministry of Transport, said the ministry approved the plan.\n\n"
    "The quay was financed by the Atlantic Development Bank, the port said. "
    "A mural of Nemo Marlowe, the hero of the film Deep Harbour, was painted on the quay wall.\n\n"
    "Ghana and Togo sent observers, the Coastal Times reported."
)


@pytest.fixture(scope="module")
def harbour() -> QuestionBank:
    return questions_of_texts({"harbour": HARBOUR}, dt.date(2024, 6, 10))


def test_who_questions_offer_only_people(harbour: QuestionBank) -> None:
    people = {"Maria Okafor", "Daniel Whitcombe", "Ruth Adeyemi"}
    asked = [q for q in harbour.questions if q.question.startswith("Who") and q.choices]
    assert asked, [q.question for q in harbour.questions]
    for q in asked:
        assert set(q.choices) <= people, q


def test_organization_questions_offer_only_organizations(harbour: QuestionBank) -> None:
    not_orgs = {
        "Harbour Road",
        "Maria Okafor",
        "Daniel Whitcombe",
        "Ruth Adeyemi",
        "Ghana",
        "Togo",
        "Monday",
        "Deep Harbour",
        "Nemo Marlowe",
    }
    asked = [
        q
        for q in harbour.questions
        if q.question.startswith(("Which organization", "Which company", "Which institution")) and q.choices
    ]
    assert asked, [q.question for q in harbour.questions]
    for q in asked:
        assert not set(q.choices) & not_orgs, q


def test_company_question_offers_no_public_body(harbour: QuestionBank) -> None:
    for q in harbour.questions:
        if q.question.startswith("Which company"):
            assert not any("Ministry" in c or "Authority" in c for c in q.choices), q


@pytest.mark.parametrize(
    "name",
    [
        "Harbour Road",
        "Related Story Lagos",
        "Photo Credit",
        "State Rep. Ann Ruiz",
        "NASA Administrator Ann Ruiz",
        "Leeds' Elland",
        "Tidewell Shipping Ltd",
    ],
)
def test_names_that_are_not_people(name: str) -> None:
    assert clean_person(name) is None


@pytest.mark.parametrize("name", ["Maria Okafor", "R.V. Kumar", "Mark Owens III", "Ludwig van Beek"])
def test_names_of_people(name: str) -> None:
    assert clean_person(name) == name


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Tidewell Shipping Corp's", "Tidewell Shipping Corp"),
        ("the Atlantic Development Bank", "Atlantic Development Bank"),
        ("Harbour Council (HC", None),
        ("Opec February", None),
        ("Culture, Sports", None),
        ("SHORTAGES", None),
        ("Orvell University and Kestrel", None),
        ("Ministry of Science and Technology", "Ministry of Science and Technology"),
        ("ITF", "ITF"),
    ],
)
def test_organization_names_are_cleaned_or_refused(raw: str, clean: str | None) -> None:
    assert clean_org(raw) == clean


def test_countries_are_told_from_cities_and_companies() -> None:
    assert is_country("Ghana") and is_country("the United States") and is_country("UK")
    assert not is_country("Lagos") and not is_country("Tidewell Shipping")


@pytest.mark.parametrize("answer", ["118 to 128", "1987/88", "two additional 20-year", "75-100,000"])
def test_ranges_and_pairs_get_no_number_options(answer: str) -> None:
    assert unit_of(answer) is None


def test_long_form_never_offers_its_own_acronym() -> None:
    text = (
        "The Nordic Anti-Doping Agency (NADA) and the International Rowing Federation (IRF) met in Oslo. "
        "The tests were ordered by the Nordic Anti-Doping Agency, the IRF said."
    )
    bank = questions_for([Article(id="nada", title="NADA", published=None, path="n.txt", text=text)])
    for q in bank.questions:
        if q.answer == "Nordic Anti-Doping Agency":
            assert "NADA" not in q.choices, q
        if q.answer == "NADA":
            assert "Nordic Anti-Doping Agency" not in q.choices, q


def test_two_right_answers_are_never_one_right_one_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from quizgen.questions import distractors, write_questions

    def fact(day: int) -> Fact:
        return DateFact(
            key=f"date|2024-05-0{day}",
            sentence="",
            answer_span=None,
            question="When did the ferry sail?",
            answer=f"May {day}, 2024",
            iso=f"2024-05-0{day}",
            format="day",
            surface=f"May {day}",
        )

    monkeypatch.setattr(distractors, "_pool", lambda draft, ctx, facts: ["May 4, 2024", "May 3, 2024", "May 9, 2024"])
    article = Article(id="ferry", title="Ferry", published=None, path="f.txt", text="")
    (q,) = write_questions(article, [(SimpleNamespace(acronyms={}, text=""), [fact(3), fact(4)])])
    assert q.answer == "May 3, 2024" and q.choices and "May 4, 2024" not in q.choices


def test_role_questions_skip_a_person_as_organization_and_a_post_said_twice() -> None:
    text = (
        "Ann Ruiz, a faction member of Tom Lind, spoke on Monday. Tom Lind said he would stay.\n\n"
        "Kofi Mensah, former finance director of Tidewell Shipping, joined the board. "
        "The former Tidewell Shipping finance director, Kofi Mensah, said the deal was fair."
    )
    bank = questions_for([Article(id="lind", title="Lind", published=None, path="l.txt", text=text)])
    for q in bank.questions:
        assert q.answer != "Tom Lind" or q.kind != "role", q
        assert not (
            q.question.startswith("Besides") and "finance director" in q.question and "finance director" in q.answer
        ), q


def test_a_short_form_of_the_answer_is_not_a_false_option() -> None:
    from quizgen.questions.distractors import _too_close

    assert _too_close("Harbour System", ["Tema Harbour Authority System"])
    assert not _too_close("Volta River Authority", ["Tema Harbour Authority System"])


def test_an_organizations_name_is_offered_among_organizations_names() -> None:
    text = (
        "The Nordic Trade Council (NTC), the Nordic Rowing Federation (NRF), the National Tourism Commission "
        "(NTCO) and the Baltic Shipping Board (BSB) met in Oslo.\n\n"
        "Engineers tested high-density polyethylene (HDPE) pipes."
    )
    bank = questions_for([Article(id="ntc", title="NTC", published=None, path="n.txt", text=text)])
    (ntc,) = [q for q in bank.questions if q.question == "What does NTC stand for?"]
    assert "high-density polyethylene" not in ntc.choices and "National Tourism Commission" in ntc.choices
    # "NTC" cannot spell "Baltic Shipping Board" nor "Nordic Rowing Federation": their letters rule them out
    assert "Baltic Shipping Board" not in ntc.choices and "Nordic Rowing Federation" not in ntc.choices


def test_a_named_standard_is_not_offered_plain_terms_as_false_options() -> None:
    text = (
        "Many sets lack Digital Video Link (DVL) sockets. Shops sell organic light diodes (OLDs) and "
        "personal media boxes (PMBs), and some sell the Dual Voltage Line (DVLI) adaptor."
    )
    bank = questions_for([Article(id="dvl", title="DVL", published=None, path="d.txt", text=text)])
    (dvl,) = [q for q in bank.questions if q.question == "What does DVL stand for?"]
    assert "organic light diodes" not in dvl.choices and "personal media boxes" not in dvl.choices
    assert "Dual Voltage Line" in dvl.choices  # a named standard its letters could spell


def test_a_description_is_never_offered_as_an_organization() -> None:
    text = (
        "The Nordic Anti-Doping Agency (NADA) and the International Rowing Federation (IRF) met in Oslo. "
        "The check was conducted by regional Swedish authorities and the rower is still waiting for the result of a "
        "second sample."
    )
    bank = questions_for([Article(id="desc", title="d", published=None, path="d.txt", text=text)])
    false_options = {c for q in bank.questions for c in q.choices if c != q.answer}
    assert not [c for c in false_options if c.startswith("regional")]


def test_a_profession_is_asked_as_one_and_offered_only_beside_professions() -> None:
    text = (
        '"We built it in a month," said neurosurgeon Ravi Menon, who designed the pump with robot '
        "scientist Lena Ortiz.\n\n"
        "Amal Noor, secretary general of the Kerala Medical Council, said the pump was badly needed."
    )
    bank = questions_of_texts({"pump": text})
    menon = [q for q in bank.questions if q.kind == "role" and "Ravi Menon" in q.question]
    assert [q.question for q in menon] == ["What is Ravi Menon's profession?"]
    assert menon[0].answer == "neurosurgeon"
    noor = [q for q in bank.questions if q.kind == "role" and q.answer == "secretary general"]
    assert noor and all(not set(q.choices) & {"neurosurgeon", "robot scientist"} for q in noor)


def test_the_wire_that_files_the_story_is_never_offered_as_an_organization():
    wire = (
        "Nordic Fishery Council president Ola Berg said the council was catching well below the quota it set.\n\n"
        "The council agreed in December to cut the cod quota by 12 pct to 400,000 tonnes.\n\n"
        "The Reuters survey estimated February catches at around 300,000 tonnes."
    )
    asked = [q for q in questions_of_text(wire, dt.date(2024, 3, 3)) if q.question.startswith("Which organization")]
    assert asked
    assert all("Reuters" not in q.choices for q in asked), [(q.question, q.choices) for q in asked]


def test_a_bodys_nickname_is_never_a_false_option_beside_its_initials():
    text = (
        "The RCMP said on Monday that its commanding officer in Manitoba would step aside for a review.\n\n"
        "The Mounties said an interim commander, Chief Superintendent Ann Holt, would lead the division.\n\n"
        "The Winnipeg Police Service said it would help with the review."
    )
    asked = [q for q in questions_of_text(text, dt.date(2024, 3, 4)) if q.answer in ("RCMP", "Mounties")]
    assert asked
    for q in asked:
        assert not {"RCMP", "Mounties"} <= set(q.choices), (q.question, q.choices)
