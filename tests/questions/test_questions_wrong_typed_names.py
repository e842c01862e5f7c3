"""Names asked as the wrong kind, or cut, in invented articles of several genres: a widow's given name
asked as an organization, a group's name read as the country it ends in, "Rio Grande do Sul" cut to
"Rio Grande", an occupation read into a name, "she" given to the wrong person, a length of probation
asked as a prison term."""

from __future__ import annotations

import pytest
from invented_articles import questions_of_texts

from quizgen.models import Question
from quizgen.questions.org_answer import not_an_org

TEXTS = {
    "widow": (
        "Shopkeeper's killer jailed for life\n\n"
        "A man who stabbed a shopkeeper in Leeds has been jailed for life with a minimum term of 22 years.\n\n"
        "Daniel Crowe, 31, was found guilty of murder at Leeds Crown Court on 3 May after a two-week trial.\n\n"
        'Sentencing, Judge Alan Marsh said Crowe had shown "no remorse at all".\n\n'
        "In a statement read to the court, Mr Patel's widow, Anjali, said: \"Our family has been torn apart. "
        'Vikram was the gentlest man I knew."\n\n'
        'Det Insp Rachel Moss, of West Yorkshire Police, said: "This was a cruel attack on a man who served '
        'his street for 30 years."\n'
    ),
    "militants": (
        "Pakistan army says 24 militants killed\n\n"
        "PESHAWAR, Pakistan, June 12 (AFP) - Pakistani security forces killed 24 militants in the northwest "
        "after an attack on a checkpoint, the military said on Wednesday.\n\n"
        "The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility in a message to journalists.\n\n"
        "Foreign Office spokeswoman Ayesha Malik said Pakistan had asked Kabul to act against militants.\n"
    ),
    "flood": (
        "Floods in southern Brazil leave 56 dead\n\n"
        "Torrential rain in the southern Brazilian state of Rio Grande do Sul has "
        "killed at least 56 people and forced more than 24,000 from their homes, state officials said Sunday.\n\n"
        'Governor Eduardo Lemos said the floods were "the worst disaster in the history of the state".\n'
    ),
    "crash": (
        "Driver jailed over Stoke crash\n\n"
        "A driver who killed a teenager in Stoke-on-Trent has been jailed for six years.\n\n"
        "Driver Jordan Hale, 24, admitted causing death by dangerous driving at Stoke-on-Trent Crown Court.\n\n"
        "Judge Paul Warner told Hale he had driven at 70mph in a 30mph zone.\n"
    ),
    "fraud": (
        "Former bank manager jailed over Surat fraud\n\n"
        "SURAT, March 4 (PTI) - A sessions court in Surat on Tuesday sentenced a former bank manager to 12 years "
        "in prison for cheating more than 400 depositors.\n\n"
        'Judge Meera Deshpande said Kiran Patel, 54, had "betrayed the trust of people who handed him their '
        'life savings".\n\n'
        "Outside the court, the widow of one depositor, Savita, said she had waited four years for this day.\n\n"
        "Patel's co-defendant, Nilesh Vora, was sentenced to three years of probation after he helped investigators.\n"
    ),
    "quake": (
        "Strong earthquake kills at least 41 in eastern Turkey\n\n"
        "ANKARA, Oct 9 (Reuters) - A magnitude 6.1 earthquake struck eastern Turkey on Thursday, killing at "
        "least 41 people, the country's disaster agency AFAD said.\n\n"
        "Interior Minister Suleyman Demir said 1,200 rescue workers had been sent to the region.\n\n"
        "A survivor, Emine, said she ran into the street holding her two children.\n"
    ),
    "cricket": (
        "Kerala crush Madhya Pradesh to reach Ranji final\n\n"
        "THIRUVANANTHAPURAM: Kerala beat Madhya Pradesh by 146 runs on Sunday to reach the Ranji Trophy final.\n\n"
        "Captain Sachin Baby scored 98 and spinner Jalaj Saxena took six wickets as Madhya Pradesh were bowled "
        "out for 212 on the final day.\n"
    ),
    "pharma": (
        "Drug maker reports trial results\n\n"
        "Kellerman Therapeutics, Inc., a biotechnology company, today announced that its experimental drug "
        "KT-401 reduced monthly migraine days by 52% in a trial of 1,240 patients.\n\n"
        "The American Migraine Foundation estimates that 39 million Americans live with migraine.\n"
    ),
    "football": (
        "Henderson joins Ajax\n\n"
        "England midfielder Jordan Henderson has joined Dutch club Ajax from Al-Ettifaq on a two-year deal.\n\n"
        "Henderson, 33, left Liverpool in July to join Al-Ettifaq, who are coached by his former Liverpool "
        "captain Steven Gerrard.\n\n"
        "Ajax are fifth in the Eredivisie, 21 points behind leaders PSV Eindhoven.\n\n"
        "Sporting director Sven Mislintat said the club had been following Henderson for weeks.\n"
    ),
}


@pytest.fixture(scope="module")
def asked() -> dict[str, list[Question]]:
    bank = questions_of_texts(TEXTS)
    return {k: [q for q in bank.questions if q.article == k] for k in TEXTS}


def test_a_widows_given_name_is_never_an_organization(asked: dict[str, list[Question]]) -> None:
    assert not any(q.answer == "Anjali" or "Anjali" in q.choices for q in asked["widow"])
    assert any(q.answer == "Rachel Moss" for q in asked["widow"])  # the other speakers stay asked


def test_a_group_is_never_the_country_its_name_ends_in(asked: dict[str, list[Question]]) -> None:
    assert not any(q.answer == "Pakistan" and "responsibility" in q.question for q in asked["militants"])


def test_a_place_name_with_do_is_kept_whole(asked: dict[str, list[Question]]) -> None:
    texts = [q.question for q in asked["flood"]]
    assert any("state of Rio Grande do Sul" in t for t in texts)
    assert not any("Rio Grande" in t and "Rio Grande do Sul" not in t for t in texts)


def test_an_occupation_before_a_name_is_no_part_of_it(asked: dict[str, list[Question]]) -> None:
    names = {q.answer for q in asked["crash"]} | {c for q in asked["crash"] for c in q.choices}
    assert "Jordan Hale" in names and "Driver Jordan Hale" not in names
    assert not any("Driver Jordan" in q.question for q in asked["crash"])


def test_she_after_a_described_speaker_is_not_the_last_named_person(asked: dict[str, list[Question]]) -> None:
    assert not any("Kiran Patel waited" in q.question for q in asked["fraud"])
    assert not any("children" in q.question and "Demir" in q.question for q in asked["quake"])


def test_a_length_of_probation_is_not_asked_as_a_sentence(asked: dict[str, list[Question]]) -> None:
    assert not any(q.answer == "three years" for q in asked["fraud"])
    assert any(q.answer == "12 years" for q in asked["fraud"])  # the prison term stays asked


def test_a_deed_after_another_name_is_not_the_first_subjects(asked: dict[str, list[Question]]) -> None:
    assert not any("wickets" in q.question and "Baby" in q.question for q in asked["cricket"])


def test_a_company_is_named_without_its_legal_suffix(asked: dict[str, list[Question]]) -> None:
    answers = {q.answer for q in asked["pharma"] if q.question.startswith("Which organization announced")}
    assert answers == {"Kellerman Therapeutics"}


class _Ctx:
    text = "In a statement, Mr Patel's widow, Meena, said the family was devastated. A survivor, Emine, said so."
    ents: list[object] = []
    place_names: set[str] = set()
    acronyms: dict[str, str] = {}
    people = __import__("quizgen.facts.people", fromlist=["People"]).People()


@pytest.mark.parametrize("name", ["Meena", "Emine"])
def test_a_name_after_a_person_noun_is_no_organization(name: str) -> None:
    assert not_an_org(name, "", _Ctx()) is not None  # type: ignore[arg-type]


def test_portuguese_place_names_are_one_name() -> None:
    from quizgen.nlp import load_nlp

    doc = load_nlp()("The city of Santa Cruz do Sul was among the worst hit, President Luiz Inacio Lula da Silva said.")
    assert "Santa Cruz do Sul" in [e.text for e in doc.ents]
    assert "Luiz Inacio Lula da Silva" in [e.text for e in doc.ents]


def test_a_side_is_no_person_and_a_city_team_no_place(asked: dict[str, list[Question]]) -> None:
    football = asked["football"]
    assert not any("PSV" in q.question for q in football if q.kind == "role")  # "leaders PSV Eindhoven"
    assert not any(q.question.startswith("Which place") and "captain" in q.question for q in football)
    assert not any("Henderson" in q.choices for q in football if q.question.startswith("Which place"))


def test_a_persons_surname_tagged_a_place_is_no_place_to_offer() -> None:
    from quizgen.facts.context import ArticleContext
    from quizgen.nlp import load_nlp
    from quizgen.questions.answer_types import place_pool

    text = "Jordan Henderson joined Ajax. Henderson, 33, left Liverpool in July to join Al-Ettifaq in Dammam."
    ctx = ArticleContext(load_nlp()(text))
    pool = place_pool(ctx, [])
    assert "Henderson" not in pool and "Dammam" in pool


def test_a_party_question_offers_only_parties() -> None:
    from quizgen.facts.context import ArticleContext
    from quizgen.facts.fact_types import OrgEventFact
    from quizgen.nlp import load_nlp
    from quizgen.questions.answer_types import org_pool

    text = "The Senate was controlled by the Unity party. The Harwick Intelligence Agency and the Green Party objected."
    ctx = ArticleContext(load_nlp()(text))

    def event(question: str, answer: str) -> OrgEventFact:
        return OrgEventFact(key=answer, sentence=text, answer_span=None, question=question, answer=answer)

    facts = [
        event("By which party was the Senate controlled?", "Unity party"),
        event("Which organization objected?", "Harwick Intelligence Agency"),
    ]
    pool = org_pool(ctx, facts, "Which party")  # type: ignore[arg-type]
    assert "Harwick Intelligence Agency" not in pool and "Unity party" in pool
