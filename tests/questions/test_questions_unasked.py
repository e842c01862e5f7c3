"""Questions a teacher would not ask, whatever their wording: a photo caption's date, "always on a
Friday", a time before any calendar, a nationality taken for a group, a student's "post", half of a
hyphened title, and a clause read as a post."""

from __future__ import annotations

import datetime as dt

import pytest

from quizgen.facts.fact_types import RoleFact
from quizgen.models import Article, QuestionBank
from quizgen.pipeline import questions_for
from quizgen.questions.org_answer import _torn_front
from quizgen.questions.post_worth import not_a_post, torn_post
from quizgen.questions.unasked import _DATELINE, _before_a_title, title_word_glued

TEXTS = {
    "caption": (
        "A nurse in a protective suit stands inside a clinic doorway as a patient arrives, in Dunmore on "
        "March 3, 2025. Clinics in Dunmore reopened on Monday after a two-month closure, the health office "
        "said."
    ),
    "anyday": (
        "The new harvest festival will always be held on a Friday, Culture Minister Ana Pohe said on "
        "Tuesday. The council approved the festival in January."
    ),
    "deep": (
        "Early farmers reached the Dunmore valley 40,000 years ago and built the first villages there, the "
        "study found. The study was published on Monday."
    ),
    "dateline": (
        "HARWICK - Tourists in the hilly Harwick Park in southwest Ruritania's Dunmore province were so "
        "delighted to watch keepers carry an otter cub in a basket on Sunday morning that they filmed the "
        "whole walk. The park opened in 1998."
    ),
    "demonym": (
        'Novak Petrovic said he had trained hard all winter. "I talk with my coach and my family about it '
        'every day," the Serbian explained. Petrovic won the title in 2019.'
    ),
    "student": (
        '"The classroom felt strange after so many weeks at home," said 18-year-old student Lin Wei. '
        '"School feels different now," said Omar Diallo, a 17-year-old student.'
    ),
    "vice": (
        "Marta Kalnins, Vice-President for Trade and Energy, presented the plan to the commissioners on "
        "Tuesday. The plan will cost 2 billion euros."
    ),
    "teacher": (
        "A poster on the wall showed Ruritanian President Ivo Brandt, as the teacher spoke to the pupils "
        "about the flood. Brandt visited the school in May."
    ),
}


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    day = dt.date(2025, 3, 4)
    articles = [Article(id=k, title=k, published=day, path=f"{k}.txt", text=v) for k, v in TEXTS.items()]
    return questions_for(articles)


def of(bank: QuestionBank, article: str) -> list[tuple[str, str]]:
    return [(q.question, q.answer) for q in bank.questions if q.article == article]


def test_a_photo_captions_date_is_not_asked(bank: QuestionBank) -> None:
    found = of(bank, "caption")
    assert not [q for q, _ in found if q.startswith("When does")]
    assert [q for q, a in found if q.startswith("When did") and "March 3" in a]  # the news is still asked


def test_a_weekday_in_general_is_no_date(bank: QuestionBank) -> None:
    found = of(bank, "anyday")
    assert not [q for q, a in found if q.startswith("When will") and "Friday" in a]
    assert [q for q, a in found if "Tuesday" in a]  # the day she said it is one


def test_a_time_before_any_calendar_is_no_date(bank: QuestionBank) -> None:
    assert not [q for q, _ in of(bank, "deep") if "early farmers" in q]


def test_a_person_named_by_nationality_is_no_group(bank: QuestionBank) -> None:
    assert not [a for _, a in of(bank, "demonym") if a == "Serbian"]


def test_a_student_holds_no_post(bank: QuestionBank) -> None:
    found = of(bank, "student")
    assert not [q for q, a in found if a == "student"]
    assert [q for q, a in found if a == "Lin Wei"]  # what the student said is still asked


def test_half_of_a_hyphened_title_is_not_asked(bank: QuestionBank) -> None:
    found = of(bank, "vice")
    assert not [q for q, a in found if a == "Vice" or "President for Trade" in q.replace("Vice-President", "")]


def test_a_clause_read_as_a_post_is_not_asked(bank: QuestionBank) -> None:
    found = of(bank, "teacher")
    assert ("In 2025, what post did Ivo Brandt hold?", "Ruritanian President") in found
    assert not [q for q, a in found if "teacher" in q or "teacher" in a]


@pytest.mark.parametrize(
    ("post", "fails"),
    [
        ("as the teacher", True),
        ("Vice", True),
        ("Deputy", True),
        ("most senior legal official", True),
        ("longest-serving mayor", True),
        ("Deputy Minister", False),
        ("teacher", False),
        ("senior legal adviser", False),
    ],
)
def test_not_a_post(post: str, fails: bool) -> None:
    assert not_a_post(post) is fails


def test_a_body_torn_from_the_front_of_its_name() -> None:
    sentence = "The New Harbour government will mark the feast as a public holiday, officials said."
    assert _torn_front("Harbour government", sentence)
    assert not _torn_front("New Harbour government", sentence)
    assert not _torn_front("Kestrel Bank", "Analysts at Kestrel Bank said the rate would rise.")
    assert not _torn_front("Kestrel Bank", "Chairman Kestrel Bank said so.")  # a post before it is no name


def _minister(sentence: str) -> RoleFact:
    return RoleFact(
        sentence=sentence, key="k", answer_span=None, person="Ana Pohe", person_aliases=(), role="Minister",
        role_display=None, org=None, org_aliases=(), org_prep="of", head="minister", shared=False,
        org_is_place=False, qualified=False,
    )  # fmt: skip


def test_a_bare_title_whose_portfolio_stands_apart_is_torn() -> None:
    assert torn_post(_minister("It was set up, Crown Relations \u2014 Te Tari \u2014 Minister Ana Pohe said."))
    assert not torn_post(_minister("Minister Ana Pohe said the group would meet."))


def test_the_dateline_place_and_a_ministers_portfolio() -> None:
    found = _DATELINE.match("HARWICK - Tourists in the park were delighted on Sunday.")
    assert found is not None and found.group(1) == "HARWICK"
    assert _DATELINE.match("Harwick - a park") is None
    sentence = "Crown Relations \u2014 Te Tari \u2014 Minister Ana Pohe said the group would advise."
    assert _before_a_title("Crown Relations", sentence)
    assert not _before_a_title("Harbour Trust", "The Harbour Trust said Ana Pohe was right.")


def test_a_bodys_report_is_answered_with_the_body_and_a_news_agency_is_not_asked() -> None:
    texts = {
        "report": (
            "The Coastal Erosion Monitoring Office (CEMO) published its yearly review on Monday. In Dunmore, the "
            'CEMO report says, at least 4,000 families living on the shore "had to leave their homes within a '
            'single winter".'
        ),
        "agency": (
            "Fishing fleets landed less cod this month than last, a Reuters survey showed on Tuesday. The Reuters "
            "survey estimated landings at around 16,000 tonnes, below the quota."
        ),
    }
    day = dt.date(2025, 3, 4)
    bank = questions_for([Article(id=k, title=k, published=day, path=f"{k}.txt", text=v) for k, v in texts.items()])
    found = [(q.question, q.answer, q.aliases) for q in bank.questions]
    assert [f for f in found if f[0].startswith("Which organization's report said") and "CEMO" in f[2]], found
    assert not [f for f in found if f[0].startswith("Which report")], found
    assert not [f for f in found if "Reuters" in f[1]], found
    assert [f for f in found if f[1] == "16,000 tonnes"], found  # what the survey found is still asked


def test_a_body_named_again_by_its_kind_is_named_in_the_question() -> None:
    """ "the reserve's research bureau": which reserve, the question says when the article names one."""
    text = (
        "Keepers at the Harwick Nature Reserve in the north of Ruritania released an otter into the river on "
        "Sunday. The otter would be tracked by radio for a year, said Ana Brill, deputy chief of the reserve's "
        "research bureau."
    )
    day = dt.date(2025, 3, 4)
    bank = questions_for([Article(id="kind", title="kind", published=day, path="kind.txt", text=text)])
    asked = [q.question for q in bank.questions if q.answer == "Ana Brill"]
    assert "In 2025, who was a deputy chief of the Harwick Nature Reserve's research bureau?" in asked, asked


def test_a_titles_last_word_is_no_part_of_the_speakers_name() -> None:
    """ "Building and Safety Tomas Reed said": the tagger glues "Safety" to the name; the speaker is Tomas Reed."""
    text = (
        "Housing Minister Ana Pohe said the new rules would start in May. Building and Safety Tomas Reed said "
        "inspectors would visit every site twice a year. Harbour builders would have a year to comply, Reed said."
    )
    day = dt.date(2025, 3, 4)
    bank = questions_for([Article(id="glued", title="glued", published=day, path="glued.txt", text=text)])
    answers = {q.answer for q in bank.questions if q.kind == "quote"}
    assert "Tomas Reed" in answers and "Safety Tomas Reed" not in answers, answers


@pytest.mark.parametrize(
    ("name", "sentence", "glued"),
    [
        ("Safety Tomas Reed", "Building and Safety Tomas Reed said so.", True),
        ("Exploration Ivo Lind", "adds the Director of Human Exploration Ivo Lind.", True),
        ("Constance Ivo Lind", "said Constance Ivo Lind.", False),  # a given name
        ("Safety Tomas Reed", "Safety Tomas Reed said so.", False),  # nothing before it to be a title
    ],
)
def test_title_word_glued(name: str, sentence: str, glued: bool) -> None:
    assert title_word_glued(name, sentence) is glued


def test_a_figure_that_opens_a_name_counts_nothing() -> None:
    text = (
        "The samples from Ruritanians, along with genomes from 312 Velmorans, were gathered during the 1000 "
        "Harvests project. Officials said 4,200 Kestrel Bank customers had moved their savings."
    )
    day = dt.date(2025, 3, 4)
    bank = questions_for([Article(id="named", title="named", published=day, path="named.txt", text=text)])
    found = {(q.question, q.answer) for q in bank.questions}
    assert not [f for f in found if f[1] == "1000"], found
    assert ("How many Kestrel Bank customers had moved their savings?", "4,200") in found  # a noun after a name


def test_a_ratio_is_not_asked_as_a_count() -> None:
    """ "for every registered boat, there are about 1.5 unregistered boats": 1.5 boats is no count,
    only a figure per boat."""
    text = (
        'Harbour Board chairman Tomas Reed said fishing was recovering. "However, some reckon that for every '
        'registered fishing boat, there are about 1.5 unregistered boats," he said on Sunday. The fleet has 340 '
        "registered boats."
    )
    day = dt.date(2025, 3, 4)
    bank = questions_for([Article(id="ratio", title="ratio", published=day, path="ratio.txt", text=text)])
    found = {(q.question, q.answer) for q in bank.questions}
    assert all("for every" in q for q, a in found if a == "1.5"), found  # asked per boat, or not at all
    assert ("How many registered boats does the fleet have?", "340") in found


def test_one_of_two_alternative_figures_is_not_asked_alone() -> None:
    """ "either 30 percent or 18 percent, depending on the scenario": neither figure is the answer on its
    own, while a figure stated outright beside it still is."""
    text = (
        "Harvests will shrink sharply, the study found. By 2040, wheat yields would fall by either 30 percent "
        "or by 18 percent, depending on the scenario. Rice yields would fall 12 percent by 2040, the authors said."
    )
    day = dt.date(2025, 3, 4)
    bank = questions_for([Article(id="either", title="either", published=day, path="either.txt", text=text)])
    answers = {q.answer for q in bank.questions}
    assert not answers & {"30 percent", "18 percent"}, answers
    assert "12 percent" in answers


def test_a_ranking_among_holders_is_no_second_post() -> None:
    text = (
        "The three unions have written a letter to Attorney General Sir Alan Marsh, the government's most senior "
        "legal official. Marsh said on Monday he would reply within a week."
    )
    day = dt.date(2025, 3, 4)
    bank = questions_for([Article(id="rank", title="rank", published=day, path="rank.txt", text=text)])
    found = {(q.question, q.answer) for q in bank.questions}
    assert ("In 2025, what post did Alan Marsh hold?", "Attorney General") in found
    assert not [q for q, a in found if "most senior" in q or "most senior" in a], found
